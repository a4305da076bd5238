// kizuna-screenshots: the pictures of the README and the user guide, taken from the real
// windows on the demo data. docs/screenshots.sh runs it under Xvfb for each language.
#include "agendamodel.h"
#include "agendaview.h"
#include "companiesview.h"
#include "companylistmodel.h"
#include "contactdetailview.h"
#include "contacteditordialog.h"
#include "contactlistmodel.h"
#include "contactpane.h"
#include "contacts/contactservice.h"
#include "darkpalette.h"
#include "demo/demoloader.h"
#include "funnelview.h"
#include "importpageid.h"
#include "importpolicypage.h"
#include "importsview.h"
#include "importwizard.h"
#include "io/fileerror.h"
#include "mainwindow.h"
#include "reportpreview.h"
#include "settingsdialog.h"
#include "sourcesview.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "text/mecabreadingguesser.h"
#include "uitranslation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <stdexcept>

namespace {

// A fixed day and seed: the same demo, the same agenda and the same funnel on every run, so
// the pictures change only when the windows do.
const QDate kToday(2026, 11, 24);
constexpr quint32 kDemoSeed = 1;
constexpr int kDemoContacts = 300;
constexpr QSize kWindowSize(1400, 860);
// Database::defaultPath() for a user named yamada; see the Settings dialog below.
constexpr char kShownDatabasePath[] = "/home/yamada/.local/share/Kizuna/kizuna/kizuna.sqlite";
// Long enough for layouts, fonts and the first page of rows to settle on a slow machine.
constexpr int kSettleMs = 400;

// Runs the event loop for `ms`, so that what was shown is laid out and painted.
void settle(int ms = kSettleMs)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until `done` holds; a minute is more than any step of the demo takes.
void waitUntil(const std::function<bool()> &done, const char *what)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.hasExpired(60000))
            throw std::runtime_error(std::string(what) + " did not end within a minute");
        settle(50);
    }
}

// Where the pictures go and which ones are taken: NAME-LANG.png, or NAME-SET-LANG.png for
// the dark and the 200% sets; `only`, when not empty, names the pictures wanted.
struct Album
{
    QDir folder;
    QString language;
    QString set;
    QStringList only;

    bool wants(const QString &name) const { return only.isEmpty() || only.contains(name); }
    QString fileName(const QString &name) const
    {
        return set.isEmpty() ? QStringLiteral("%1-%2.png").arg(name, language)
                             : QStringLiteral("%1-%2-%3.png").arg(name, set, language);
    }
};

// Saves the widget under its name in the album, once what was just shown has been painted.
void photograph(QWidget &widget, const Album &album, const QString &name)
{
    if (!album.wants(name))
        return;
    settle();
    const QString path = album.folder.filePath(album.fileName(name));
    if (!widget.grab().save(path))
        throw std::runtime_error("cannot write " + path.toStdString());
    std::printf("%s\n", qPrintable(QDir::toNativeSeparators(path)));
}

void showPage(kizuna::MainWindow &window, QWidget *page)
{
    window.pageList()->setCurrentRow(window.pageStack()->indexOf(page));
}

// Among the rows on screen, the lead with the highest score: the fullest card.
void showRichestContact(kizuna::MainWindow &window)
{
    const kizuna::ContactListModel &model = *window.contactsModel();
    const int visible = std::min(model.rowCount(), 20);
    int best = -1;
    for (int row = 0; row < visible; ++row) {
        if (best < 0 || model.contactAt(row).score > model.contactAt(best).score)
            best = row;
    }
    if (best < 0)
        throw std::runtime_error("the demo has no contacts");
    window.showContact(model.contactAt(best).id);
}

// The funnel is counted on a worker when its page is first shown; the picture waits for it.
void showFunnel(kizuna::MainWindow &window)
{
    QEventLoop loop;
    bool shown = false;
    QObject::connect(window.funnelView(), &kizuna::FunnelView::funnelShown, &loop, [&] {
        shown = true;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    showPage(window, window.funnelView());
    loop.exec();
    if (!shown)
        throw std::runtime_error("the funnel was not counted within a minute: " +
                                 window.funnelView()->summaryText().toStdString());
}

// An Eight export under a name like a user's download; the wizard and the Imports page show
// the file's name.
QString copyOfEightExport(const QTemporaryDir &work)
{
    const QString copy = work.filePath(QStringLiteral("eight-meishi.csv"));
    if (!QFile::copy(QStringLiteral(KIZUNA_SAMPLE_CARDS), copy))
        throw std::runtime_error("cannot copy " KIZUNA_SAMPLE_CARDS);
    return copy;
}

void photographWindow(kizuna::ContactService &service, const QString &path,
                      const QTemporaryDir &work, const Album &album)
{
    const auto take = [&album](QWidget &widget, const QString &name) {
        photograph(widget, album, name);
    };
    kizuna::MainWindow window(service, path);
    window.resize(kWindowSize);
    window.show();
    settle();
    // More people than a page: the status bar's count comes from the worker.
    waitUntil([&window] { return !window.contactsModel()->isCounting(); }, "the contact count");

    showRichestContact(window);
    take(window, QStringLiteral("contacts"));
    {
        // The card's other tabs, on the pane beside the list.
        kizuna::ContactPane &pane = *window.contactPane();
        QTabWidget &tabs = *pane.detailView()->tabs();
        const QStringList names{QStringLiteral("contact-follow-ups"),
                                QStringLiteral("contact-deals"),
                                QStringLiteral("contact-timeline")};
        for (int tab = 1; tab < tabs.count() && tab <= names.size(); ++tab) {
            tabs.setCurrentIndex(tab);
            take(pane, names.at(tab - 1));
        }
        tabs.setCurrentIndex(0);
    }
    {
        // The editor on the same person, as Edit… on the card opens it (modal there).
        kizuna::ContactEditorDialog editor(service, service.get(window.selectedContactId()),
                                           &window);
        editor.show();
        take(editor, QStringLiteral("contact-editor"));
        editor.reject();
    }

    // Overdue folded, as a user folds it once looked at: today's calls on top.
    kizuna::AgendaView *agenda = window.agendaView();
    showPage(window, agenda);
    agenda->treeView()->collapse(
        agenda->model()->sectionIndex(kizuna::AgendaModel::OverdueSection));
    agenda->selectFirst(kizuna::AgendaModel::TodaySection);
    take(window, QStringLiteral("agenda"));

    showFunnel(window);
    take(window, QStringLiteral("funnel"));

    showPage(window, window.sourcesView());
    take(window, QStringLiteral("sources"));

    // The accounts that brought in the most, the first one's page open on its people.
    kizuna::CompaniesView *companies = window.companiesView();
    showPage(window, companies);
    companies->companiesTable()->sortByColumn(kizuna::CompanyListModel::RevenueColumn,
                                              Qt::DescendingOrder);
    companies->companiesTable()->selectRow(0);
    settle();
    take(window, QStringLiteral("companies"));

    // A first import, as a user goes through it: an Eight export's columns, what to do with
    // people already stored (with the trial run's counts), and what came of it. The Imports
    // page then lists it.
    kizuna::ImportWizard *wizard = window.openImportWizard(copyOfEightExport(work));
    settle();
    wizard->next(); // from the preview to the columns
    take(*wizard, QStringLiteral("import-wizard"));
    wizard->next();
    waitUntil([wizard] { return wizard->policyPage()->trial().has_value(); }, "the trial run");
    take(*wizard, QStringLiteral("import-duplicates"));
    wizard->next();
    waitUntil([wizard] { return wizard->currentId() == kizuna::ImportResultPageId; }, "the import");
    take(*wizard, QStringLiteral("import-result"));
    wizard->accept(); // deletes it

    showPage(window, window.importsView());
    take(window, QStringLiteral("imports"));

    // The dialog names the file and its backup folder; a reader should see where the app
    // keeps them by default, not this program's temporary folder. The path is only shown.
    kizuna::SettingsDialog settings(service.database(), QString::fromUtf8(kShownDatabasePath),
                                    service.today(), &window);
    settings.show();
    take(settings, QStringLiteral("settings"));
    settings.reject();

    // The agenda's Print: the call sheet of the coming week, shown without blocking.
    QPrinter printer(QPrinter::HighResolution);
    kizuna::ReportPreview::setUp(printer);
    const auto preview = kizuna::ReportPreview::dialog(
        printer, &window, QCoreApplication::translate("kizuna::AgendaView", "Call sheet"),
        [agenda](QPrinter &target) {
            return agenda->printCallSheet(target, kToday, kToday.addDays(6));
        });
    preview->show();
    take(*preview, QStringLiteral("print-preview"));
    preview->reject();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kizuna"));
    QCoreApplication::setApplicationName(QStringLiteral("kizuna-screenshots"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Kizuna"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Saves PNG screenshots of Kizuna's windows on the demo data."));
    parser.addHelpOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Language of the windows: ja or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Folder the PNG files are written to."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption setOption(
        QStringLiteral("set"),
        QStringLiteral("dark: the windows in a dark Fusion palette; 200: at 200% scale (run "
                       "with QT_SCALE_FACTOR=2). The set's name goes into the file names."),
        QStringLiteral("SET"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"), QStringLiteral("Comma-separated names of the pictures to save."),
        QStringLiteral("NAMES"));
    parser.addOption(langOption);
    parser.addOption(outOption);
    parser.addOption(setOption);
    parser.addOption(onlyOption);
    parser.process(app);
    const QString language = parser.value(langOption);
    if (language != QLatin1String("ja") && language != QLatin1String("en")) {
        std::fprintf(stderr, "kizuna-screenshots: --lang must be ja or en\n");
        return 2;
    }
    if (!parser.isSet(outOption) || !QDir().mkpath(parser.value(outOption))) {
        std::fprintf(stderr, "kizuna-screenshots: --out must name a folder it can create\n");
        return 2;
    }

    const QString set = parser.value(setOption);
    if (set == QLatin1String("dark")) {
        // What a dark desktop theme hands Qt; offscreen and under Xvfb nothing does.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(kizuna::DarkPalette::fusion());
    } else if (set == QLatin1String("200")) {
        if (app.devicePixelRatio() != 2.0) {
            std::fprintf(stderr, "kizuna-screenshots: --set 200 needs QT_SCALE_FACTOR=2\n");
            return 2;
        }
    } else if (!set.isEmpty()) {
        std::fprintf(stderr, "kizuna-screenshots: --set must be dark or 200\n");
        return 2;
    }
    const Album album{QDir(parser.value(outOption)), language, set,
                      parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts)};

    QTemporaryDir work(QDir::temp().filePath(QStringLiteral("kizuna-screenshots-XXXXXX")));
    if (!work.isValid()) {
        std::fprintf(stderr, "kizuna-screenshots: no temporary folder\n");
        return 1;
    }
    // The user's own settings (window layout, last page, language) are neither read nor
    // changed; the language is the one asked for, as if chosen in Settings.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, work.path());
    QSettings().setValue(kizuna::SettingsDialog::kLanguageKey, language);
    kizuna::UiTranslation::install(app, language);

    try {
        const QString path = work.filePath(QStringLiteral("kizuna.sqlite"));
        kizuna::Database database(path);
        const kizuna::MecabReadingGuesser guesser;
        kizuna::ContactService service(database, guesser.isAvailable() ? &guesser : nullptr);
        service.setToday(kToday);
        kizuna::DemoLoader(database, service, kDemoSeed, kToday).load(kDemoContacts);
        photographWindow(service, path, work, album);
    } catch (const kizuna::StorageError &error) {
        std::fprintf(stderr, "kizuna-screenshots: %s\n", qPrintable(error.message()));
        return 1;
    } catch (const kizuna::FileError &error) {
        std::fprintf(stderr, "kizuna-screenshots: %s\n", qPrintable(error.message()));
        return 1;
    } catch (const std::runtime_error &failure) {
        std::fprintf(stderr, "kizuna-screenshots: %s\n", failure.what());
        return 1;
    }
    return 0;
}
