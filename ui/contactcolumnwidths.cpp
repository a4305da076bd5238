#include "contactcolumnwidths.h"

#include "contactlistmodel.h"
#include "stagepalette.h"

#include <QTableView>

#include <algorithm>
#include <utility>

namespace kizuna {

void ContactColumnWidths::apply(QTableView &table)
{
    const QFontMetrics metrics = table.fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 8;
    QString longestStage =
        table.model()->headerData(ContactListModel::StageColumn, Qt::Horizontal).toString();
    for (const Stage stage : allStages()) {
        if (StagePalette::label(stage).size() > longestStage.size())
            longestStage = StagePalette::label(stage);
    }
    const QList<std::pair<int, QString>> samples{
        {ContactListModel::NameColumn, QStringLiteral("長谷川 由美子")},
        {ContactListModel::ReadingColumn, QStringLiteral("はせがわ ゆみこ")},
        {ContactListModel::CompanyColumn, QStringLiteral("株式会社ひかり電子工業")},
        {ContactListModel::TitleColumn, QStringLiteral("代表取締役社長")},
        {ContactListModel::StageColumn, longestStage},
        {ContactListModel::EmailColumn, QStringLiteral("taro.yamada@example.co.jp")},
        {ContactListModel::PhoneColumn, QStringLiteral("090-1234-5678")},
        {ContactListModel::ScoreColumn, QStringLiteral("100")},
        {ContactListModel::NextFollowUpColumn, QStringLiteral("2026/12/28")},
        {ContactListModel::LastTouchColumn, QStringLiteral("2026/12/28")},
        {ContactListModel::SourceColumn, QStringLiteral("東京ビッグサイト展示会")},
    };
    // A heading is never cut either: it also holds the sort arrow.
    const int arrow = 2 * metrics.height();
    for (const auto &[column, sample] : samples) {
        const QString heading =
            table.model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        table.setColumnWidth(column, std::max(metrics.horizontalAdvance(sample),
                                              metrics.horizontalAdvance(heading) + arrow) +
                                         padding);
    }
}

} // namespace kizuna
