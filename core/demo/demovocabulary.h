#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kizuna {

/// The words demo business cards are made of: names with their readings, company name
/// parts, places with their area codes. Built once, shared, read-only.
struct DemoVocabulary
{
    struct Name
    {
        QString kanji;
        QString kana;
        /// The old character form some families keep on their cards (髙橋 for 高橋); empty
        /// when there is none. Read the same as the common form.
        QString oldForm;
    };
    struct CompanyPart
    {
        QString kanji;
        QString romaji; ///< for the mail domain
    };
    struct Place
    {
        QString prefectureCity; ///< 東京都千代田区
        QString areaCode;       ///< 03, 052, ...
        QString postalPrefix;   ///< first three digits of the city's postal codes
        QStringList towns;
    };

    QList<Name> familyNames; ///< most common first: the generator favours the front
    QList<Name> maleGivenNames;
    QList<Name> femaleGivenNames;
    QList<CompanyPart> companyStems;
    QList<CompanyPart> companyTrades;
    QStringList departments;
    /// Board members: their cards name no department.
    QStringList executiveTitles;
    QStringList titles; ///< titles within a department; "" for staff without one
    /// Tags any card may carry; the channel tags below follow the lead source.
    QStringList tags;
    QString tradeShowTag;
    QString referralTag;
    QString seminarTag;
    QString customerTag; ///< only on customers
    QStringList notes;   ///< notes that fit any card
    QStringList customerNotes;
    /// Notes that speak of how the card was exchanged, indexed by SourceKind.
    QList<QStringList> channelNotes;
    QStringList buildings;
    QList<Place> places;

    static const DemoVocabulary &instance();
};

} // namespace kizuna
