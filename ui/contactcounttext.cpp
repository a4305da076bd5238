#include "contactcounttext.h"

#include "contactlistmodel.h"

#include <QCoreApplication>

namespace kizuna {

// Translated in the window's context (kizuna::MainWindow): the status bar's words.
QString contactCountText(const ContactListModel &model)
{
    const qint64 total = model.totalCount();
    const qint64 matches = model.matchCount();
    const auto people = [](qint64 n) {
        const int count = static_cast<int>(n);
        return QCoreApplication::translate("kizuna::MainWindow", "%n contact(s)", nullptr, count);
    };
    QString text;
    // While the worker counts (the matches, or everyone at the start), say what is known.
    if (model.isCounting())
        text = model.isFiltered() && model.isTotalKnown()
                   ? QCoreApplication::translate("kizuna::MainWindow", "%1 or more of %2 contacts")
                         .arg(matches)
                         .arg(total)
                   : QCoreApplication::translate("kizuna::MainWindow", "%1 or more contacts")
                         .arg(matches);
    else if (!model.isTotalKnown())
        text = people(matches);
    else if (model.isFiltered())
        text = QCoreApplication::translate("kizuna::MainWindow", "%1 of %2 contacts")
                   .arg(matches)
                   .arg(total);
    else
        text = people(total);
    if (model.isSorting()) {
        //: The list shows reading order while a long list is sorted by the chosen column
        text = QCoreApplication::translate("kizuna::MainWindow", "%1 (sorting…)").arg(text);
    }
    return text;
}

} // namespace kizuna
