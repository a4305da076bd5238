#pragma once

namespace kizuna {

/// The import wizard's pages, in the order they come (QWizard page ids).
enum ImportPageId : int
{
    ImportFilePageId = 0,
    ImportPreviewPageId,
    ImportMappingPageId,
    ImportPolicyPageId,
    ImportProgressPageId,
    ImportResultPageId,
};

} // namespace kizuna
