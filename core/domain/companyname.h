#pragma once

#include <QString>

namespace kizuna {

/// The key under which two spellings of one firm meet: legal forms (株式会社, (株), ㈱, 有限会社,
/// 合同会社, Inc., Co., Ltd., ...) removed wherever they stand, then folded like search text.
/// "㈱ひかり電子", "株式会社ひかり電子" and "ひかり電子 株式会社" share one key.
QString companyMatchKey(const QString &name);

} // namespace kizuna
