#include "timelinerepository.h"

#include "contacthistoryrepository.h"
#include "database.h"
#include "domain/activity.h"
#include "domain/deal.h"
#include "domain/stage.h"
#include "sqldialect.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QVariant>

#include <algorithm>

namespace kizuna {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Timeline", text);
}

QSqlQuery run(const Database &db, const QString &sql, qint64 contactId, const QVariant &extra = {})
{
    QSqlQuery q = db.prepare(sql);
    q.addBindValue(contactId);
    if (extra.isValid())
        q.addBindValue(extra);
    db.exec(q);
    return q;
}

QDateTime startOf(const QDate &day)
{
    return QDateTime(day, QTime(0, 0));
}

} // namespace

TimelineRepository::TimelineRepository(const Database &db)
    : m_db(db)
{}

void TimelineRepository::addActivities(QList<TimelineEntry> &entries, qint64 contactId) const
{
    QSqlQuery q = run(m_db,
                      QStringLiteral("SELECT id, occurred_at, channel, direction, summary, outcome "
                                     "FROM activities WHERE contact_id = ?"),
                      contactId);
    while (q.next()) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Activity;
        e.refId = q.value(0).toLongLong();
        e.at = sql::toLocalDateTime(q.value(1));
        e.channel = q.value(2).toString();
        e.direction = q.value(3).toString();
        e.summary = q.value(4).toString();
        e.outcome = q.value(5).toString();
        entries.append(e);
    }
}

void TimelineRepository::addStageChanges(QList<TimelineEntry> &entries, qint64 contactId) const
{
    QSqlQuery q =
        run(m_db,
            QStringLiteral("SELECT id, changed_on, from_stage, to_stage, note, recorded_at "
                           "FROM stage_changes WHERE contact_id = ?"),
            contactId);
    while (q.next()) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::StageChange;
        e.refId = q.value(0).toLongLong();
        // A change recorded on its own day is placed at the moment it was recorded, so the
        // steps of one day keep their order; one dated back sits at the start of its day.
        const QDate day = sql::toDate(q.value(1));
        const QDateTime recorded = sql::toDateTime(q.value(5)).toLocalTime();
        e.at = recorded.date() == day ? recorded : startOf(day);
        e.summary = q.value(2).isNull()
                        ? tr("entered the funnel as %1").arg(q.value(3).toString())
                        : tr("stage %1 → %2").arg(q.value(2).toString(), q.value(3).toString());
        const QString note = q.value(4).toString();
        if (!note.isEmpty())
            e.summary += QStringLiteral(": ") + note;
        entries.append(e);
    }
}

void TimelineRepository::addImports(QList<TimelineEntry> &entries, qint64 contactId) const
{
    QSqlQuery q = run(m_db,
                      QStringLiteral("SELECT b.id, b.imported_at, b.file, l.action, b.undone_at "
                                     "FROM import_batch_contacts l JOIN import_batches b ON "
                                     "b.id = l.batch_id WHERE l.contact_id = ?"),
                      contactId);
    while (q.next()) {
        TimelineEntry e;
        const bool created = q.value(3).toString() == QLatin1String("created");
        e.kind = created ? TimelineEntry::Kind::Import : TimelineEntry::Kind::Merge;
        e.refId = q.value(0).toLongLong();
        e.at = sql::toDateTime(q.value(1)).toLocalTime();
        const QString file = QFileInfo(q.value(2).toString()).fileName();
        e.summary = created ? tr("imported from %1 (import %2)").arg(file).arg(e.refId)
                            : tr("details merged from %1 (import %2)").arg(file).arg(e.refId);
        entries.append(e);
    }
}

void TimelineRepository::addMerges(QList<TimelineEntry> &entries, qint64 contactId) const
{
    // Duplicate merges (imports are covered above): the merge's own entry names the
    // duplicate; the values it replaced come with it.
    QSqlQuery q =
        run(m_db,
            QStringLiteral("SELECT id, changed_at, old_value, "
                           "(SELECT %1 FROM contact_history r "
                           " WHERE r.contact_id = h.contact_id AND r.batch_id IS NULL "
                           " AND r.changed_at = h.changed_at AND r.field <> h.field) "
                           "FROM contact_history h WHERE contact_id = ? AND "
                           "batch_id IS NULL AND field = ?")
                .arg(sqldialect::joined(m_db, QStringLiteral("r.field"), QStringLiteral("', '"))),
            contactId, ContactHistoryRepository::kMergedFrom);
    while (q.next()) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Merge;
        e.refId = q.value(0).toLongLong();
        e.at = sql::toDateTime(q.value(1)).toLocalTime();
        const QString replaced = q.value(3).toString();
        e.summary = replaced.isEmpty()
                        ? tr("merged with the duplicate %1").arg(q.value(2).toString())
                        : tr("merged with the duplicate %1; earlier values of %2 kept in the "
                             "history")
                              .arg(q.value(2).toString(), replaced);
        entries.append(e);
    }
}

void TimelineRepository::addDeals(QList<TimelineEntry> &entries, qint64 contactId) const
{
    QSqlQuery q = run(m_db,
                      QStringLiteral("SELECT id, title, amount, currency, status, created_on, "
                                     "closed_on FROM deals WHERE contact_id = ?"),
                      contactId);
    const QLocale locale;
    while (q.next()) {
        const QString amount =
            locale.toString(q.value(2).toLongLong()) + QLatin1Char(' ') + q.value(3).toString();
        TimelineEntry opened;
        opened.kind = TimelineEntry::Kind::Deal;
        opened.refId = q.value(0).toLongLong();
        opened.at = startOf(sql::toDate(q.value(5)));
        opened.summary = tr("deal opened: %1 (%2)").arg(q.value(1).toString(), amount);
        entries.append(opened);
        const QString status = q.value(4).toString();
        if (status == QLatin1String("open") || q.value(6).isNull())
            continue;
        TimelineEntry closed = opened;
        closed.at = startOf(sql::toDate(q.value(6)));
        closed.summary =
            (status == QLatin1String("won") ? tr("deal won: %1 (%2)") : tr("deal lost: %1 (%2)"))
                .arg(q.value(1).toString(), amount);
        entries.append(closed);
    }
}

QList<TimelineEntry> TimelineRepository::forContact(qint64 contactId) const
{
    QList<TimelineEntry> entries;
    addActivities(entries, contactId);
    addStageChanges(entries, contactId);
    addImports(entries, contactId);
    addMerges(entries, contactId);
    addDeals(entries, contactId);
    // Newest first; on the same moment, the order the kinds were read in is kept.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.at > b.at; });
    return entries;
}

} // namespace kizuna
