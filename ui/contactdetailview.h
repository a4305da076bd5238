#pragma once

#include "domain/contact.h"
#include "domain/personname.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QGridLayout;
class QHBoxLayout;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace kizuna {

/// The business card of the selected contact: name and reading over tabs, the first of
/// which (Overview) holds company, ways to reach them, where they came from and where they
/// stand. Its buttons ask for an edit, a confirmation of a guessed reading and, in one click
/// on the stage, a move to another stage; the window does them. The contact pane adds its
/// sections, tabs and buttons.
class ContactDetailView final : public QWidget
{
    Q_OBJECT

public:
    explicit ContactDetailView(NameOrder order, QWidget *parent = nullptr);

    /// Shows the contact, or the hint to select one when empty.
    void setContact(const std::optional<Contact> &contact);

    /// The text shown for a field, by its object name (for tests and accessibility).
    QString fieldText(const QString &field) const;

    /// The contact shown; 0 for none.
    qint64 contactId() const { return m_contactId; }
    QPushButton *editButton() const { return m_editButton; }
    QPushButton *confirmReadingButton() const { return m_confirmReading; }
    QComboBox *stageCombo() const { return m_stage; }
    /// Overview first; the pane adds the others.
    QTabWidget *tabs() const { return m_tabs; }

    /// Adds a section with a heading under the fields of the Overview tab; returns the
    /// heading, which the caller may word again.
    QLabel *addSection(const QString &title, QWidget *body);
    /// Adds a button to the row beside Edit.
    void addButton(QPushButton *button);

signals:
    void editRequested(qint64 contactId);
    void confirmReadingRequested(qint64 contactId);
    void stageRequested(qint64 contactId, Stage stage);
    /// After setContact(): the contact now shown, 0 for none. What else shows them reads.
    void contactShown(qint64 contactId);

private:
    /// "added by …; last changed by …" for the card, empty when nobody is known.
    static QString authorshipText(const Contact &contact);
    void showStage(Stage stage);
    void addRow(const QString &label, QWidget *value, Qt::Alignment alignment = {});

    QLabel *addField(const QString &objectName, const QString &label);

    NameOrder m_order;
    QLabel *m_name = nullptr;
    QLabel *m_reading = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_card = nullptr;
    QGridLayout *m_form = nullptr;
    QTabWidget *m_tabs = nullptr;
    QVBoxLayout *m_sections = nullptr; ///< under the fields on the Overview tab
    QHBoxLayout *m_buttons = nullptr;
    QHash<QWidget *, QLabel *> m_rowLabels; ///< the name beside each value
    QComboBox *m_stage = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_confirmReading = nullptr;
    qint64 m_contactId = 0;
};

} // namespace kizuna
