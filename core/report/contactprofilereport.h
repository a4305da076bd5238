#pragma once

#include "domain/contact.h"
#include "domain/deal.h"
#include "domain/followup.h"
#include "domain/stagechange.h"
#include "domain/timelineentry.h"
#include "reportwriter.h"

#include <QList>
#include <QLocale>

namespace kizuna {

class ContactService;
class Database;

/// One person on paper, for a visit: details, company, tags, the way through the stages,
/// open follow-ups, deals and the whole timeline.
class ContactProfileReport final
{
public:
    /// Everything the profile prints, read in one go.
    struct Profile
    {
        Contact contact;
        QList<StageChange> stageHistory; ///< oldest first
        QList<FollowUp> openFollowUps;   ///< in due order
        QList<Deal> deals;
        QList<TimelineEntry> timeline; ///< newest first
    };

    /// `contacts` must be a service over `db`; both must outlive the report.
    ContactProfileReport(Database &db, const ContactService &contacts, const QLocale &locale);

    /// Throws StorageError(NotFound) for an unknown id.
    Profile profile(qint64 contactId) const;
    QString html(const Profile &profile) const;
    ReportWriter::Heading heading(const Profile &profile, const QDate &printedOn) const;

    /// Reads, lays out and writes the profile; returns the number of pages. Throws
    /// StorageError (unknown contact) or FileError.
    int write(const QString &path, qint64 contactId, const QDate &printedOn) const;
    /// Paints the profile on a printer at ReportWriter::resolution(); returns the number of
    /// pages, 0 when the device could not be painted on.
    int print(QPagedPaintDevice &printer, qint64 contactId, const QDate &printedOn) const;

private:
    QString detailsHtml(const Contact &contact) const;
    QString stageHistoryHtml(const QList<StageChange> &history) const;
    QString followUpsHtml(const QList<FollowUp> &followUps) const;
    QString dealsHtml(const QList<Deal> &deals) const;
    QString timelineHtml(const QList<TimelineEntry> &timeline) const;

    Database &m_db;
    const ContactService &m_contacts;
    QLocale m_locale;
};

} // namespace kizuna
