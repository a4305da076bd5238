#pragma once

#include "authorship.h"
#include "stage.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace kizuna {

/// One person met in business: the record behind a business card.
///
/// A plain value. Company, source and tags are carried by name so callers need not know ids;
/// the storage layer resolves them. Ids are 0 until the contact is stored.
struct Contact
{
    qint64 id = 0;

    QString familyName; ///< 姓
    QString givenName;  ///< 名
    QString familyKana; ///< reading of the family name, hiragana
    QString givenKana;  ///< reading of the given name, hiragana
    /// True while the readings were guessed (MeCab) rather than typed or imported, so the UI
    /// can ask the user to confirm them.
    bool readingGuessed = false;

    QString company; ///< company name as shown; empty for none
    QString department;
    QString title;
    QString email;  ///< main e-mail address
    QString email2; ///< a second address, often a private or old one
    QString phoneWork;
    QString phoneDirect;
    QString phoneMobile;
    QString fax;
    QString postalCode;
    QString address;
    QString url;
    QString notes;

    QString source; ///< name of the lead source; empty for unknown
    /// The user who looks after this lead (a login name, as Database::userName()); empty
    /// while nobody does.
    QString owner;
    Stage stage = Stage::Cold;
    QStringList tags;
    QDate cardExchangedOn; ///< null when unknown
    /// When the details were last known to be right (local time): edited, confirmed, or
    /// changed by an import. Details older than the review age are due for a check before
    /// the next call, and so are those with an e-mail that bounced after this moment.
    QDateTime detailsConfirmedAt;
    /// Lead score 0..100 as last computed (read-only here: LeadScorer computes it).
    int score = 0;

    QDateTime createdAt; ///< UTC, set by storage
    QDateTime updatedAt; ///< UTC, set by storage
    QDateTime deletedAt; ///< UTC; valid while the contact is in the trash
    Authorship authorship;
};

} // namespace kizuna
