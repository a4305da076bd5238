#pragma once

#include <QCoreApplication>
#include <QtGlobal>

class QWidget;

namespace kizuna {

class ContactService;

/// Undoing an import, from the wizard's last page or the Imports page: the user is asked
/// first with what will happen, and a batch that cannot be undone says why.
class ImportUndo final
{
    Q_DECLARE_TR_FUNCTIONS(kizuna::ImportUndo)

public:
    /// True when the batch was undone; false when the user declined or it failed (shown).
    static bool askAndUndo(QWidget *parent, ContactService &service, qint64 batchId, qint64 created,
                           qint64 merged);
};

} // namespace kizuna
