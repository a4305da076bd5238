#pragma once

#include "domain/source.h"

#include "checkeddialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace kizuna {

class OptionalDateField;
class SourceRepository;

/// Adds or edits a lead source: name, kind, cost, the days it ran and notes.
class SourceDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    /// `source.id` 0 adds a new source. `sources` must outlive the dialog.
    SourceDialog(SourceRepository &sources, const Source &source, QWidget *parent = nullptr);

    /// The source as the fields describe it.
    Source source() const;
    QString problem() const override;
    /// The id of the stored source after accept().
    qint64 savedId() const { return m_savedId; }

    QLineEdit *nameField() const { return m_name; }
    QComboBox *kindField() const { return m_kind; }
    QLineEdit *costField() const { return m_cost; }
    OptionalDateField *startField() const { return m_start; }
    OptionalDateField *endField() const { return m_end; }

private:
    void save() override;
    std::optional<qint64> cost() const;

    SourceRepository &m_sources;
    Source m_original;
    qint64 m_savedId = 0;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_cost = nullptr;
    OptionalDateField *m_start = nullptr;
    OptionalDateField *m_end = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace kizuna
