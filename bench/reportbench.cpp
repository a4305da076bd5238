// The call sheet at the size of a busy month: 1,000 open follow-ups for 1,000 generated
// contacts (each with a last touch) over four working weeks, about 40 A4 pages. Times reading
// the agenda, laying out the document and writing the PDF, the way `report followups` does.
// Target: 3 s.
#include "benchdatabase.h"
#include "resulttable.h"

#include "contacts/contactservice.h"
#include "demo/demodatagenerator.h"
#include "report/callsheetreport.h"
#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/followuprepository.h"
#include "storage/transaction.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace kizuna;

namespace {

// Twenty working days from the Monday after benchToday(), the follow-ups spread evenly.
QList<QDate> workingDays(const QDate &from, int count)
{
    QList<QDate> days;
    for (QDate d = from; days.size() < count; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5)
            days.append(d);
    }
    return days;
}

void writeFollowUps(Database &db, qint64 count, const QList<QDate> &days)
{
    Transaction transaction(db);
    FollowUpRepository followUps(db);
    ActivityRepository activities(db);
    for (qint64 i = 0; i < count; ++i) {
        Activity touch;
        touch.contactId = i + 1;
        touch.occurredAt = QDateTime(bench::benchToday().addDays(-(i % 60)), QTime(14, 0));
        touch.channel = Channel::Phone;
        touch.summary = QStringLiteral("資料送付の件でお電話、来週改めて連絡");
        activities.add(touch);
        FollowUp f;
        f.contactId = i + 1;
        f.dueOn = days.at(i % days.size());
        f.dueAt = QTime(9 + static_cast<int>(i % 8), 0);
        f.channel = i % 3 == 0 ? Channel::Visit : Channel::Phone;
        f.purpose = QStringLiteral("新製品のご案内とお見積りの確認");
        followUps.add(f);
    }
    transaction.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kizuna call sheet benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("follow-ups"), QStringLiteral("Follow-ups on the sheet."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Write the PDF to this file."),
                      QStringLiteral("FILE")});
    parser.process(app);
    const qint64 count = parser.value(QStringLiteral("follow-ups")).toLongLong();

    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("report.sqlite")));
    ContactService service(db, nullptr);
    service.setToday(bench::benchToday());
    bench::ensureContacts(service, count);
    const QList<QDate> days = workingDays(bench::benchToday().addDays(6), 20);
    writeFollowUps(db, count, days);

    const QString path = parser.isSet(QStringLiteral("keep"))
                             ? parser.value(QStringLiteral("keep"))
                             : dir.filePath(QStringLiteral("sheet.pdf"));
    const CallSheetReport report(db, QLocale(QLocale::Japanese, QLocale::Japan));
    QElapsedTimer timer;
    timer.start();
    const int pages = report.write(path, days.first(), days.last(), bench::benchToday());
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    std::printf("call sheet: %lld follow-ups, %d pages, %.0f KiB, %.2f s (target 3 s)\n", count,
                pages, static_cast<double>(QFileInfo(path).size()) / 1024.0, seconds);
    bench::ResultTable(QStringLiteral("report"))
        .add(QStringLiteral("call sheet of %1 follow-ups to PDF (%2 pages)").arg(count).arg(pages),
             bench::ResultTable::seconds(seconds), QStringLiteral("<= 3 s"), {}, seconds <= 3);
    return seconds <= 3 ? 0 : 3;
}
