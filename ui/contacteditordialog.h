#pragma once

#include "domain/contact.h"

#include "checkeddialog.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kizuna {

class ContactService;
class OptionalDateField;

/// Adds a contact or edits one: every field of the card, checked by core's rules as it is
/// typed. An edit is saved as the user's changes over what is stored at that moment, so a
/// change made meanwhile in another window or program survives; one to the same field is
/// shown, nothing is overwritten, and Reload brings the stored values in beside the user's
/// other changes.
class ContactEditorDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    /// `contact.id` 0 adds a new contact; otherwise `contact` is the person as read from the
    /// database just now (the base the edit is saved against). `service` must outlive the
    /// dialog.
    ContactEditorDialog(ContactService &service, const Contact &contact, QWidget *parent = nullptr);

    /// The contact as the fields describe it.
    Contact contact() const;
    QString problem() const override;
    void accept() override;
    /// Reads the stored contact again after a conflict: the fields changed elsewhere show
    /// the stored values, the user's other changes stay in the fields.
    void reload();
    /// After a reload, puts the user's value back into the field `key` (a conflict the user
    /// settles for their own value).
    void useMine(const QString &key);

    /// The id of the stored contact after accept().
    qint64 savedId() const { return m_after.id; }
    /// The stored contact just before the save (for an edit) and just after it: the change
    /// an undo takes back.
    const Contact &before() const { return m_before; }
    const Contact &after() const { return m_after; }

    /// The line edit of a text field, by its key ("family_name", "email", "postal_code", …;
    /// see kContactTextFields); null for notes and unknown keys.
    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    QPlainTextEdit *notesField() const { return m_notes; }
    QComboBox *sourceField() const { return m_source; }
    QComboBox *stageField() const { return m_stage; }
    QComboBox *ownerField() const { return m_owner; }
    QLineEdit *tagsField() const { return m_tags; }
    OptionalDateField *cardExchangedField() const { return m_cardExchanged; }
    QLabel *guessedMarker() const { return m_guessed; }
    QCheckBox *readingRightBox() const { return m_readingRight; }
    QPushButton *reloadButton() const { return m_reload; }

private:
    void save() override;
    QLineEdit *addField(const char *key, const QString &placeholder = {});
    QWidget *pair(QWidget *first, QWidget *second);
    void setValues(const Contact &contact);
    /// A field's value as the reload message shows it.
    QString valueText(const QString &key, const Contact &contact) const;
    /// Lists the fields reloaded over the user's values, each with a link to use theirs.
    void showUnsettled();
    bool readingTouched() const;
    void showGuessed();
    /// The labels of the fields, by key, joined for a sentence.
    QString labelsOf(const QStringList &keys) const;

    ContactService &m_service;
    Contact m_base;
    Contact m_before;
    Contact m_after;
    QStringList m_conflicts;
    /// What the user had typed when they reloaded, and the fields whose stored value they
    /// have not yet chosen over it.
    Contact m_mine;
    QStringList m_unsettled;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QString> m_labels;
    QPlainTextEdit *m_notes = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_tags = nullptr;
    OptionalDateField *m_cardExchanged = nullptr;
    QLabel *m_guessed = nullptr;
    QCheckBox *m_readingRight = nullptr;
    QPushButton *m_reload = nullptr;
    QLabel *m_reloaded = nullptr;
};

} // namespace kizuna
