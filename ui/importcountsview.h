#pragma once

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;

namespace kizuna {

struct ImportSummary;

/// What an import did with the rows of a file (new contacts, merges, skipped, rejected) as a
/// compact form: the trial run's counts on the policy page, the import's on the last page.
class ImportCountsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ImportCountsView(QWidget *parent = nullptr);

    /// The counts of `summary`, or dashes while there are none.
    void setSummary(const std::optional<ImportSummary> &summary);
    /// The count shown for "created", "merged", "skipped" or "rejected".
    QString countText(const QString &which) const;
    /// Adds a row about the file above the counts, set apart from them.
    void addDetailRow(const QString &label, QWidget *field);

private:
    QLabel *addCount(const QString &name, const QString &label);

    QFormLayout *m_form = nullptr;
    int m_details = 0;
    QLabel *m_created = nullptr;
    QLabel *m_merged = nullptr;
    QLabel *m_skipped = nullptr;
    QLabel *m_rejected = nullptr;
};

} // namespace kizuna
