#include "duplicatefinder.h"

#include "contactservice.h"
#include "domain/personname.h"
#include "import/contactmerger.h"
#include "nurture/scorekeeper.h"
#include "storage/activityrepository.h"
#include "storage/contacthistoryrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/followuprepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSet>

namespace kizuna {

DuplicateFinder::DuplicateFinder(Database &db, ContactService &contacts)
    : m_db(db)
    , m_contacts(contacts)
{}

QList<DuplicateGroup> DuplicateFinder::find() const
{
    QList<DuplicateGroup> groups;
    // A pair already shown under a stronger key is not shown again under a weaker one.
    QSet<QList<qint64>> seen;
    for (const auto &[key, ids] : m_contacts.repository().sharedMatchKeys()) {
        if (seen.contains(ids))
            continue;
        seen.insert(ids);
        groups.append({MatchKey::kindKey(key.kind), key.key, ids});
    }
    return groups;
}

void DuplicateFinder::merge(qint64 keepId, qint64 otherId)
{
    if (keepId == otherId)
        throw ValidationError(QStringLiteral("id"),
                              QCoreApplication::translate(
                                  "DuplicateFinder", "a contact cannot be merged into itself"));
    const Contact keep = m_contacts.get(keepId);
    const Contact other = m_contacts.get(otherId);
    const MergeResult result = ContactMerger::merge(keep, other);
    Contact merged = m_contacts.prepareChange(result.contact, keep);
    merged.id = keepId;
    // The stage that went further along the pipeline is the one that is true now.
    if (other.stage != Stage::Lost && (keep.stage == Stage::Lost || other.stage > keep.stage))
        merged.stage = other.stage;

    ContactRepository &contacts = m_contacts.repository();
    ContactHistoryRepository history(m_db);
    Transaction transaction(m_db);
    contacts.update(merged);
    for (const FieldChange &change : result.replaced)
        history.add({0, keepId, change.field, change.oldValue, change.newValue, {}, 0});
    // The merge itself is on the record (and the timeline), whether or not values clashed.
    history.add({0,
                 keepId,
                 ContactHistoryRepository::kMergedFrom,
                 displayName(other, NameOrder::FamilyFirst),
                 QString::number(otherId),
                 {},
                 0});
    // One person, one timeline: the duplicate's follow-ups, touches and deals come along.
    FollowUpRepository(m_db).reassign(otherId, keepId);
    ActivityRepository(m_db).reassign(otherId, keepId);
    DealRepository(m_db).reassign(otherId, keepId);
    if (merged.stage != keep.stage)
        contacts.stages().change(
            keepId, merged.stage, m_contacts.today(),
            QCoreApplication::translate("DuplicateFinder", "merged with duplicate %1")
                .arg(otherId));
    contacts.setInTrash(otherId, true);
    ScoreKeeper(m_db).recompute(keepId, m_contacts.today());
    transaction.commit();
}

} // namespace kizuna
