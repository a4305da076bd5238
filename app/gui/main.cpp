// kizuna: the desktop application.
#include "contacts/contactservice.h"
#include "dailybackup.h"
#include "databaseopener.h"
#include "mainwindow.h"
#include "recentdatabases.h"
#include "sessionrequest.h"
#include "settingsdialog.h"
#include "startupprobe.h"
#include "storage/database.h"
#include "text/mecabreadingguesser.h"
#include "uitranslation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kizuna"));
    QCoreApplication::setApplicationName(QStringLiteral("kizuna"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIZUNA_VERSION));
}

// The icon theme's, when Kizuna is installed and the theme has one; the compiled-in icon when it
// runs from the build tree.
QIcon applicationIcon()
{
    QIcon embedded;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        embedded.addFile(QStringLiteral(":/icons/%1x%1/apps/" KIZUNA_APP_ID ".png").arg(size),
                         QSize(size, size));
    return QIcon::fromTheme(QStringLiteral(KIZUNA_APP_ID), embedded);
}

void declareOptions(QCommandLineParser &parser, const QCommandLineOption &db,
                    const QCommandLineOption &lang)
{
    parser.setApplicationDescription(
        QStringLiteral("Kizuna: lead management for small businesses"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(db);
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("A CSV or vCard file of business cards to import."),
                                 QStringLiteral("[file]"));
}

// --help and --version must work in a terminal without a display, where QApplication
// cannot start.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v" || arg == "-?" ||
            arg == "--help-all")
            return true;
    }
    return false;
}

// One window on one database until the user quits or asks for another; nothing when the
// database cannot be opened or the user cancelled (the user was told why).
std::optional<kizuna::SessionRequest> runSession(kizuna::DatabaseOpener &opener,
                                                 const QString &path, const QString &importFile,
                                                 kizuna::StartupProbe &probe)
{
    const std::unique_ptr<kizuna::Database> database = opener.open(path);
    if (!database)
        return std::nullopt;
    // Its own words for it: a file's absolute path, a server's address without a password.
    const QString opened = database->path();
    kizuna::RecentDatabases::remember(opened);
    const kizuna::MecabReadingGuesser guesser;
    kizuna::ContactService service(*database, guesser.isAvailable() ? &guesser : nullptr);
    kizuna::MainWindow window(service, opened);
    probe.watch(&window);
    // The daily backup, once the window has painted, on a thread of its own; one that fails
    // must not keep the user from working, so the status bar says so and the app goes on.
    // Declared after the window, so it is destroyed first: quitting waits for the copy.
    kizuna::DailyBackup backup(opened, QDate::currentDate(), &window);
    QObject::connect(&backup, &kizuna::DailyBackup::failed, &backup, [](const QString &message) {
        std::fprintf(stderr, "kizuna: %s\n", qPrintable(message));
    });
    window.show();
    if (!importFile.isEmpty())
        window.openImportWizard(importFile);
    QApplication::exec();
    return window.sessionRequest();
}

} // namespace

int main(int argc, char *argv[])
{
    kizuna::StartupProbe probe;
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Database file (default: the app's data folder), or a team server's address "
                       "postgresql://USER@HOST:PORT/DBNAME."),
        QStringLiteral("PATH|ADDRESS"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("User interface language: ja or en."),
                                        QStringLiteral("LANG"));
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QCommandLineParser parser;
        declareOptions(parser, dbOption, langOption);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Kizuna"));
    // Wayland matches the window to the desktop entry, and so to its icon, by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral(KIZUNA_APP_ID));
    QApplication::setWindowIcon(applicationIcon());

    QCommandLineParser parser;
    declareOptions(parser, dbOption, langOption);
    parser.process(app);

    // --lang wins over the choice made in Settings, which wins over the system's language.
    const QString language =
        parser.isSet(langOption)
            ? parser.value(langOption)
            : QSettings().value(kizuna::SettingsDialog::kLanguageKey).toString();
    if (!kizuna::UiTranslation::isSupported(language)) {
        std::fprintf(stderr, "kizuna: --lang must be ja or en\n");
        return 2;
    }
    kizuna::UiTranslation::install(app, language);

    QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : kizuna::Database::defaultPath();
    // A file named on the command line ("Open with Kizuna") goes to the import wizard.
    QString importFile =
        parser.positionalArguments().isEmpty()
            ? QString()
            : QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    // New, Open, Connect and Restore close the window and its database; the loop opens what
    // was asked for in their place. When that cannot be opened (or the user cancels the
    // password), the one before comes back, so the user is where they were.
    kizuna::DatabaseOpener opener;
    QString previous;
    for (;;) {
        const std::optional<kizuna::SessionRequest> request =
            runSession(opener, path, importFile, probe);
        importFile.clear();
        if (!request) {
            if (previous.isEmpty() || previous == path)
                return 1;
            path = previous;
            continue;
        }
        previous = path;
        if (request->kind == kizuna::SessionRequest::Kind::Quit)
            return 0;
        if (request->kind == kizuna::SessionRequest::Kind::Restore)
            kizuna::DatabaseOpener::restore(request->path, request->backup);
        path = request->path;
    }
}
