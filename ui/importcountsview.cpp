#include "importcountsview.h"

#include "import/contactimporter.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace kizuna {

ImportCountsView::ImportCountsView(QWidget *parent)
    : QWidget(parent)
{
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_created = addCount(QStringLiteral("created"), tr("New contacts:"));
    m_merged = addCount(QStringLiteral("merged"), tr("Merged into stored contacts:"));
    m_skipped = addCount(QStringLiteral("skipped"), tr("Skipped:"));
    m_rejected = addCount(QStringLiteral("rejected"), tr("Rejected (cannot be read as a card):"));
    // The numbers stay beside their words, not at the far edge of the page.
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addLayout(m_form);
    row->addStretch(1);
    setSummary(std::nullopt);
}

QLabel *ImportCountsView::addCount(const QString &name, const QString &label)
{
    auto *count = new QLabel(this);
    count->setObjectName(name);
    count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    count->setMinimumWidth(count->fontMetrics().horizontalAdvance(QStringLiteral("0,000,000")));
    QFont bold = count->font();
    bold.setBold(true);
    count->setFont(bold);
    m_form->addRow(label, count);
    return count;
}

void ImportCountsView::addDetailRow(const QString &label, QWidget *field)
{
    if (m_details == 0) {
        auto *gap = new QVBoxLayout;
        gap->addSpacing(8);
        m_form->insertRow(0, gap);
    }
    m_form->insertRow(m_details++, label, field);
}

void ImportCountsView::setSummary(const std::optional<ImportSummary> &summary)
{
    const QLocale locale;
    const auto show = [&](QLabel *label, qint64 ImportSummary::*count) {
        label->setText(summary ? locale.toString((*summary).*count) : QStringLiteral("—"));
    };
    show(m_created, &ImportSummary::created);
    show(m_merged, &ImportSummary::merged);
    show(m_skipped, &ImportSummary::skipped);
    show(m_rejected, &ImportSummary::rejected);
}

QString ImportCountsView::countText(const QString &which) const
{
    const auto *label = findChild<QLabel *>(which, Qt::FindDirectChildrenOnly);
    return label ? label->text() : QString();
}

} // namespace kizuna
