#include "contactfilterbar.h"

#include "stagepalette.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "storage/storageerror.h"
#include "storage/tagrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace kizuna {

namespace {

enum class Need
{
    Any,
    NoFollowUp,
    GuessedReading,
};

QComboBox *comboBox(const QString &objectName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

// Replaces the names after the first ("all") entry, keeping the chosen one if it remains;
// true when the choice had to change.
bool refill(QComboBox *box, const QStringList &names)
{
    const QString chosen = box->currentIndex() > 0 ? box->currentText() : QString();
    const QSignalBlocker quiet(box);
    while (box->count() > 1)
        box->removeItem(1);
    for (const QString &name : names)
        box->addItem(name, name);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
    return box->currentIndex() == 0 && !chosen.isEmpty();
}

} // namespace

ContactFilterBar::ContactFilterBar(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    m_stage = comboBox(QStringLiteral("stageFilter"), this);
    m_stage->addItem(tr("All stages"));
    for (const Stage stage : allStages())
        m_stage->addItem(StagePalette::label(stage), static_cast<int>(stage));
    m_tag = comboBox(QStringLiteral("tagFilter"), this);
    m_tag->addItem(tr("All tags"));
    m_source = comboBox(QStringLiteral("sourceFilter"), this);
    m_source->addItem(tr("All sources"));
    m_need = comboBox(QStringLiteral("needFilter"), this);
    m_need->addItem(tr("Everyone"), static_cast<int>(Need::Any));
    m_need->addItem(tr("No follow-up planned"), static_cast<int>(Need::NoFollowUp));
    m_need->addItem(tr("Reading to confirm"), static_cast<int>(Need::GuessedReading));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto addLabelled = [&](const QString &text, QComboBox *box) {
        auto *label = new QLabel(text, this);
        label->setBuddy(box);
        layout->addWidget(label);
        layout->addWidget(box);
    };
    addLabelled(tr("S&tage:"), m_stage);
    addLabelled(tr("T&ag:"), m_tag);
    addLabelled(tr("Sour&ce:"), m_source);
    addLabelled(tr("S&how:"), m_need);

    for (QComboBox *box : {m_stage, m_tag, m_source, m_need})
        connect(box, &QComboBox::currentIndexChanged, this, &ContactFilterBar::changed);
    refreshChoices();
}

void ContactFilterBar::refreshChoices()
{
    try {
        const QStringList tags = TagRepository(m_db).names();
        QStringList sources;
        for (const Source &source : SourceRepository(m_db).definitions())
            sources.append(source.name);
        const bool tagGone = refill(m_tag, tags);
        const bool sourceGone = refill(m_source, sources);
        if (tagGone || sourceGone)
            emit changed();
    } catch (const StorageError &) {
        // The list keeps its old choices; the list view reports the database's trouble.
    }
}

ContactListQuery ContactFilterBar::filters() const
{
    ContactListQuery query;
    const QVariant stage = m_stage->currentData();
    if (stage.isValid())
        query.stage = static_cast<Stage>(stage.toInt());
    query.tag = m_tag->currentData().toString();
    query.source = m_source->currentData().toString();
    const auto need = static_cast<Need>(m_need->currentData().toInt());
    query.withoutOpenFollowUp = need == Need::NoFollowUp;
    query.readingGuessedOnly = need == Need::GuessedReading;
    return query;
}

} // namespace kizuna
