#include "settingsdialog.h"

#include "nurture/nurturesettingsservice.h"
#include "stagepalette.h"
#include "storage/backupservice.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "themecolours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace kizuna {

const QString SettingsDialog::kLanguageKey = QStringLiteral("ui/language");

namespace {

struct WeightField
{
    const char *key;
    const char *label;
    int min;
};

// In the order the score's explanation lists them (docs/NURTURING.md).
constexpr WeightField kWeightFields[] = {
    {"score.title_executive",
     QT_TRANSLATE_NOOP("kizuna::SettingsDialog", "Title: executive (代表取締役, 社長, CEO)"), 0},
    {"score.title_senior",
     QT_TRANSLATE_NOOP("kizuna::SettingsDialog", "Title: senior (部長, 支店長, Director)"), 0},
    {"score.title_manager",
     QT_TRANSLATE_NOOP("kizuna::SettingsDialog", "Title: manager (課長, 店長, Manager)"), 0},
    {"score.has_company", QT_TRANSLATE_NOOP("kizuna::SettingsDialog", "Has a company"), 0},
    {"score.reachable_email", QT_TRANSLATE_NOOP("kizuna::SettingsDialog", "Reachable by e-mail"),
     0},
    {"score.reachable_phone", QT_TRANSLATE_NOOP("kizuna::SettingsDialog", "Reachable by phone"), 0},
    {"score.inbound_30_days",
     QT_TRANSLATE_NOOP("kizuna::SettingsDialog", "Each touch they started, last 30 days"), 0},
    {"score.inbound_90_days",
     QT_TRANSLATE_NOOP("kizuna::SettingsDialog", "Each touch they started, 31–90 days ago"), 0},
    {"score.inbound_365_days",
     QT_TRANSLATE_NOOP("kizuna::SettingsDialog", "Each touch they started, 91–365 days ago"), 0},
    {"score.inbound_cap",
     QT_TRANSLATE_NOOP("kizuna::SettingsDialog", "At most, for touches they started"), 0},
    {"score.per_touch",
     QT_TRANSLATE_NOOP("kizuna::SettingsDialog", "Each touch either way, last year"), 0},
    {"score.touch_cap", QT_TRANSLATE_NOOP("kizuna::SettingsDialog", "At most, for all touches"), 0},
    {"score.stage_warm", QT_TRANSLATE_NOOP("kizuna::SettingsDialog", "Stage warm"), -100},
    {"score.stage_hot", QT_TRANSLATE_NOOP("kizuna::SettingsDialog", "Stage hot"), -100},
    {"score.stage_customer", QT_TRANSLATE_NOOP("kizuna::SettingsDialog", "Stage customer"), -100},
    {"score.stage_loyal", QT_TRANSLATE_NOOP("kizuna::SettingsDialog", "Stage loyal"), -100},
    {"score.stage_lost", QT_TRANSLATE_NOOP("kizuna::SettingsDialog", "Stage lost"), -100},
};

QLineEdit *pathField(const QString &path, QWidget *parent)
{
    auto *field = new QLineEdit(QDir::toNativeSeparators(path), parent);
    field->setReadOnly(true);
    field->setCursorPosition(0);
    // The whole path where the screen allows: the user is here to see where the file is.
    const QFontMetrics metrics = field->fontMetrics();
    field->setMinimumWidth(
        std::min(metrics.horizontalAdvance(field->text()) + 16, 60 * metrics.averageCharWidth()));
    return field;
}

} // namespace

SettingsDialog::SettingsDialog(Database &db, const QString &databasePath, const QDate &today,
                               QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_today(today)
{
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildGeneralPage(databasePath), tr("&General"));
    tabs->addTab(buildFollowUpPage(), tr("&Follow-ups"));
    tabs->addTab(buildScorePage(), tr("&Lead score"));

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    QPalette problem = m_problem->palette();
    problem.setColor(QPalette::WindowText, ThemeColours::negative(problem));
    m_problem->setPalette(problem);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *defaults = buttons->addButton(QDialogButtonBox::RestoreDefaults);
    connect(defaults, &QPushButton::clicked, this, [this] { showSettings(NurtureSettings{}); });
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    try {
        m_loaded = NurtureSettingsService(m_db, m_today).load();
        m_keep->setValue(BackupService(m_db).keepCount());
    } catch (const StorageError &error) {
        m_problem->setText(error.message());
        m_problem->show();
    }
    showSettings(m_loaded);
}

QWidget *SettingsDialog::buildGeneralPage(const QString &databasePath)
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("As the system (%1)").arg(QLocale::system().nativeLanguageName()),
                        QString());
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const int current = m_language->findData(QSettings().value(kLanguageKey).toString());
    m_language->setCurrentIndex(std::max(0, current));
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language shows from the next start."), page);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);

    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(pathField(databasePath, page), 1);
    auto *openOther = new QPushButton(tr("Open &Another…"), page);
    connect(openOther, &QPushButton::clicked, this, [this] {
        reject();
        emit openDatabaseRequested();
    });
    databaseRow->addWidget(openOther);
    form->addRow(tr("Database file:"), databaseRow);

    const QString backups = BackupService::folderFor(databasePath);
    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(pathField(backups, page), 1);
    auto *openFolder = new QPushButton(tr("Show &Folder"), page);
    connect(openFolder, &QPushButton::clicked, this, [backups] {
        QDir().mkpath(backups);
        QDesktopServices::openUrl(QUrl::fromLocalFile(backups));
    });
    backupRow->addWidget(openFolder);
    form->addRow(tr("Backup folder:"), backupRow);

    m_keep = new QSpinBox(page);
    m_keep->setObjectName(QStringLiteral("keepBackups"));
    m_keep->setRange(1, 365);
    m_keep->setSuffix(tr(" backups"));
    form->addRow(tr("&Keep the last:"), m_keep);
    auto *backupNote =
        new QLabel(tr("Kizuna backs the database up once a day when it starts, and whenever "
                      "you choose File › Back Up Now."),
                   page);
    backupNote->setWordWrap(true);
    form->addRow(QString(), backupNote);
    return page;
}

QWidget *SettingsDialog::buildFollowUpPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *cadences = new QGroupBox(tr("Days from the last touch to the next follow-up"), page);
    auto *form = new QFormLayout(cadences);
    for (const Stage stage : allStages()) {
        auto *days = new QSpinBox(cadences);
        days->setObjectName(QStringLiteral("cadence_") + stageKey(stage));
        days->setRange(0, 3650);
        days->setSuffix(tr(" days"));
        days->setSpecialValueText(tr("no follow-up"));
        m_cadence.insert(stage, days);
        form->addRow(StagePalette::label(stage) + QLatin1Char(':'), days);
    }
    layout->addWidget(cadences);

    auto *calendar = new QGroupBox(tr("Working days"), page);
    auto *calendarLayout = new QVBoxLayout(calendar);
    m_skipWeekends = new QCheckBox(tr("Move follow-ups off &Saturdays and Sundays"), calendar);
    m_skipHolidays = new QCheckBox(tr("Move follow-ups off Japanese public &holidays"), calendar);
    calendarLayout->addWidget(m_skipWeekends);
    calendarLayout->addWidget(m_skipHolidays);
    layout->addWidget(calendar);

    auto *review = new QFormLayout;
    m_reviewMonths = new QSpinBox(page);
    m_reviewMonths->setRange(1, 120);
    m_reviewMonths->setSuffix(tr(" months"));
    review->addRow(tr("&Review details not checked for:"), m_reviewMonths);
    layout->addLayout(review);
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::buildScorePage()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *form = new QFormLayout(page);
    auto *intro = new QLabel(tr("Points each piece of evidence adds to a lead's score (0 to "
                                "100). Changes apply to every score when you press OK."),
                             page);
    intro->setWordWrap(true);
    form->addRow(intro);
    for (const WeightField &field : kWeightFields) {
        auto *points = new QSpinBox(page);
        const QString key = QString::fromLatin1(field.key);
        points->setObjectName(key);
        points->setRange(field.min, 100);
        m_weights.insert(key, points);
        form->addRow(tr(field.label) + QLatin1Char(':'), points);
    }
    scroll->setWidget(page);
    return scroll;
}

void SettingsDialog::showSettings(const NurtureSettings &settings)
{
    for (auto it = m_cadence.cbegin(); it != m_cadence.cend(); ++it)
        it.value()->setValue(settings.cadenceFor(it.key()));
    m_skipWeekends->setChecked(settings.skipWeekends);
    m_skipHolidays->setChecked(settings.skipHolidays);
    m_reviewMonths->setValue(settings.reviewAgeMonths);
    const QMap<QString, QString> values = settings.toMap();
    for (auto it = m_weights.cbegin(); it != m_weights.cend(); ++it)
        it.value()->setValue(values.value(it.key()).toInt());
}

NurtureSettings SettingsDialog::settings() const
{
    NurtureSettings result = m_loaded;
    for (auto it = m_cadence.cbegin(); it != m_cadence.cend(); ++it)
        result.cadenceDays[it.key()] = it.value()->value();
    result.skipWeekends = m_skipWeekends->isChecked();
    result.skipHolidays = m_skipHolidays->isChecked();
    result.reviewAgeMonths = m_reviewMonths->value();
    for (auto it = m_weights.cbegin(); it != m_weights.cend(); ++it)
        result.set(it.key(), QString::number(it.value()->value()));
    return result;
}

void SettingsDialog::accept()
{
    try {
        NurtureSettingsService(m_db, m_today).save(settings());
        BackupService(m_db).setKeepCount(m_keep->value());
    } catch (const ValidationError &error) {
        m_problem->setText(error.message());
        m_problem->show();
        return;
    } catch (const StorageError &error) {
        m_problem->setText(error.message());
        m_problem->show();
        return;
    }
    QSettings().setValue(kLanguageKey, m_language->currentData().toString());
    QDialog::accept();
}

} // namespace kizuna
