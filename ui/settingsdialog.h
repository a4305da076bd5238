#pragma once

#include "nurture/nurturesettings.h"

#include <QDate>
#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace kizuna {

class Database;

/// Preferences: the language of the window (kept per user, applied at the next start), the
/// database file and its backups, how often each stage is followed up, which days are
/// working days, when details are due for review, and the lead score's weights (kept in the
/// database, so every window and the CLI follow the same rules).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// The QSettings key of the chosen language: "ja", "en", or empty for the system's.
    static const QString kLanguageKey;

    SettingsDialog(Database &db, const QString &databasePath, const QDate &today,
                   QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QSpinBox *cadenceBox(Stage stage) const { return m_cadence.value(stage); }
    QSpinBox *weightBox(const QString &key) const { return m_weights.value(key); }
    QCheckBox *skipWeekendsBox() const { return m_skipWeekends; }
    QSpinBox *keepBox() const { return m_keep; }

    /// The settings as the fields show them.
    NurtureSettings settings() const;

    void accept() override;

signals:
    /// The user asked to open another database from here.
    void openDatabaseRequested();

private:
    QWidget *buildGeneralPage(const QString &databasePath);
    QWidget *buildFollowUpPage();
    QWidget *buildScorePage();
    void showSettings(const NurtureSettings &settings);

    Database &m_db;
    QDate m_today;
    NurtureSettings m_loaded;
    QComboBox *m_language = nullptr;
    QSpinBox *m_keep = nullptr;
    QMap<Stage, QSpinBox *> m_cadence;
    QCheckBox *m_skipWeekends = nullptr;
    QCheckBox *m_skipHolidays = nullptr;
    QSpinBox *m_reviewMonths = nullptr;
    QMap<QString, QSpinBox *> m_weights;
    QLabel *m_problem = nullptr;
};

} // namespace kizuna
