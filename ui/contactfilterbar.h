#pragma once

#include "storage/contactlistquery.h"

#include <QWidget>

class QComboBox;

namespace kizuna {

class Database;

/// The filters above the contact list: stage, tag, lead source, and the contacts that need
/// something (no follow-up planned, a reading to confirm). Only the choices are held here;
/// the filtering happens in SQL (ContactListQuery).
class ContactFilterBar final : public QWidget
{
    Q_OBJECT

public:
    ContactFilterBar(Database &db, QWidget *parent = nullptr);

    /// The filters chosen, as a query without search text.
    ContactListQuery filters() const;
    /// Reads the tag and source names again (after an import or an edit), keeping the
    /// choices that still exist.
    void refreshChoices();

    QComboBox *stageBox() const { return m_stage; }
    QComboBox *tagBox() const { return m_tag; }
    QComboBox *sourceBox() const { return m_source; }
    QComboBox *needBox() const { return m_need; }

signals:
    void changed();

private:
    Database &m_db;
    QComboBox *m_stage = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_need = nullptr;
};

} // namespace kizuna
