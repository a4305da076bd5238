#pragma once

#include <QLocale>
#include <QString>

class QObject;

namespace kizuna {

/// The window's language: the default locale (dates, money, the name order) and the
/// catalogues of Qt, the UI and core's reports, so that the app and the programs that show
/// its windows (the screenshots) speak the same language the same way.
class UiTranslation final
{
public:
    /// Whether `language` is one the UI speaks: "ja…", "en…", or empty for the system's.
    static bool isSupported(const QString &language);
    /// Japanese for "ja…", English for any other language named, and for none the system's
    /// when it is Japanese, else English: Japanese users are the first audience.
    static QLocale localeFor(const QString &language);
    /// Sets the default locale for `language` and installs its catalogues on the running
    /// application; they are removed when `owner` (the application, in the app) is deleted.
    /// Core's report words, once installed, stay for the life of the application.
    static void install(QObject &owner, const QString &language);
};

} // namespace kizuna
