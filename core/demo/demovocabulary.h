#pragma once

#include <QList>
#include <QString>

namespace kizuna {

/// The words demo business cards are made of: names with their readings, company name
/// parts, places with their area codes. Built once, shared, read-only.
struct DemoVocabulary
{
    struct Name
    {
        QString kanji;
        QString kana;
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
    QStringList titles;
    QStringList tags;
    QStringList notes;
    QStringList buildings;
    QList<Place> places;

    static const DemoVocabulary &instance();
};

} // namespace kizuna
