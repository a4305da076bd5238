// kizuna: the desktop application.
#include "contacts/contactservice.h"
#include "mainwindow.h"
#include "storage/backupservice.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "text/coretranslation.h"
#include "text/mecabreadingguesser.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

// Japanese users are the first audience: a Japanese system gets the Japanese UI, and
// --lang overrides the system either way.
void installTranslations(QApplication &app, const QString &language)
{
    const bool japanese = language.isEmpty() ? QLocale::system().language() == QLocale::Japanese
                                             : language.startsWith(QStringLiteral("ja"));
    QLocale::setDefault(japanese ? QLocale(QLocale::Japanese, QLocale::Japan)
                                 : QLocale(QLocale::English, QLocale::UnitedStates));
    if (!japanese)
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/kizuna_ja.qm")))
        QCoreApplication::installTranslator(own);
    kizuna::CoreTranslation::install(QLocale());
}

void reportFatal(const QString &message)
{
    std::fprintf(stderr, "kizuna: %s\n", qPrintable(message));
    // A modal box would wait forever for a click that cannot come without a screen.
    if (QGuiApplication::platformName() != QStringLiteral("offscreen") &&
        QGuiApplication::platformName() != QStringLiteral("minimal"))
        QMessageBox::critical(nullptr, QStringLiteral("Kizuna"), message);
}

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

} // namespace

int main(int argc, char *argv[])
{
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Database file (default: the app's data folder)."),
        QStringLiteral("PATH"));
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

    const QString language = parser.value(langOption);
    if (!language.isEmpty() && !language.startsWith(QStringLiteral("ja")) &&
        !language.startsWith(QStringLiteral("en"))) {
        std::fprintf(stderr, "kizuna: --lang must be ja or en\n");
        return 2;
    }
    installTranslations(app, language);

    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : kizuna::Database::defaultPath();
    std::unique_ptr<kizuna::Database> database;
    try {
        database = std::make_unique<kizuna::Database>(path);
    } catch (const kizuna::StorageError &error) {
        const bool damaged = error.kind() == kizuna::StorageError::Kind::Corrupt ||
                             error.kind() == kizuna::StorageError::Kind::NotADatabase;
        reportFatal(damaged ? error.message() + QStringLiteral("\n\n") +
                                  kizuna::BackupService::restoreAdvice(path)
                            : error.message());
        return 1;
    }
    try {
        // The daily backup, before anything is edited; one that fails must not keep the
        // user from working, so it is reported and the app goes on.
        kizuna::BackupService(*database).backUpIfDue(QDate::currentDate());
    } catch (const kizuna::StorageError &error) {
        std::fprintf(stderr, "kizuna: %s\n", qPrintable(error.message()));
    }
    const kizuna::MecabReadingGuesser guesser;
    kizuna::ContactService service(*database, guesser.isAvailable() ? &guesser : nullptr);

    kizuna::MainWindow window(service, path);
    window.show();
    return QApplication::exec();
}
