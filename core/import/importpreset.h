#pragma once

#include "contactfield.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kizuna {

/// Which field each column of a file goes to.
struct ColumnMapping
{
    QList<ContactField> fields; ///< one per header column
    QString presetName;         ///< the preset it came from, or "custom"

    bool maps(ContactField field) const { return fields.contains(field); }
};

/// The exports Kizuna knows by their header row: business-card apps (Eight, Sansan,
/// CamCard), address books (Google Contacts, Outlook, Thunderbird) and a generic preset that
/// maps by header synonyms in Japanese and English.
///
/// Headers are compared after NFKC, case folding and trimming (some Windows exports end
/// Japanese headers with a space).
class ImportPreset final
{
public:
    /// "eight", "sansan", "camcard", "google", "outlook", "thunderbird", "generic".
    static QStringList names();
    /// The preset whose signature columns the header carries; "generic" otherwise.
    static QString detect(const QStringList &header);
    /// The mapping of `header` under the named preset; empty name or "auto" detects.
    /// Unknown names give an empty presetName.
    static ColumnMapping mapping(const QString &presetName, const QStringList &header);
    /// Header text in the form presets compare.
    static QString headerKey(const QString &header);
};

} // namespace kizuna
