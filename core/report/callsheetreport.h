#pragma once

#include "domain/agendaitem.h"
#include "domain/ownerfilter.h"
#include "reportwriter.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace kizuna {

class Database;

/// The follow-up call sheet: every open follow-up due in a period, day by day, with what a
/// caller needs at hand (name and reading, company, phones, e-mail, purpose, stage, score,
/// the last touch) and ruled space for notes. The sheet a user takes into the week.
class CallSheetReport final
{
public:
    CallSheetReport(const Database &db, const QLocale &locale);

    /// Only the follow-ups of these contacts (the people selected in the list, or named on
    /// the command line); the heading says how many were chosen. Every contact's when never
    /// set.
    void setContacts(const QList<qint64> &contactIds) { m_contactIds = contactIds; }
    /// Only the follow-ups `owner` keeps (everyone's when never set); chosen contacts show
    /// all of theirs. The heading says whose sheet it is.
    void setOwner(const OwnerFilter &owner) { m_owner = owner; }

    /// Every open follow-up due from `from` to `to` (inclusive), in due order: a sheet that
    /// left some out would lose a call, so there is no limit.
    QList<AgendaItem> items(const QDate &from, const QDate &to) const;

    /// The sheet's body as rich text for ReportWriter.
    QString html(const QList<AgendaItem> &items) const;
    ReportWriter::Heading heading(const QDate &from, const QDate &to, const QDate &printedOn) const;

    /// Reads, lays out and writes the sheet; returns the number of pages. Throws FileError
    /// or StorageError.
    int write(const QString &path, const QDate &from, const QDate &to,
              const QDate &printedOn) const;
    /// Reads and prints the sheet on a printer set up as ReportWriter::print() says; returns
    /// the number of pages, 0 when the printer could not be painted on. Throws StorageError.
    int print(QPagedPaintDevice &printer, const QDate &from, const QDate &to,
              const QDate &printedOn) const;

private:
    QString dayHtml(const QDate &day, const QList<AgendaItem> &items, qsizetype first,
                    qsizetype end) const;
    QString itemHtml(const AgendaItem &item) const;

    const Database &m_db;
    QLocale m_locale;
    std::optional<QList<qint64>> m_contactIds;
    OwnerFilter m_owner;
};

} // namespace kizuna
