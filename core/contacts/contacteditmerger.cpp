#include "contacteditmerger.h"

#include "domain/contacttextfields.h"

namespace kizuna {

namespace {

template<typename Value>
void mergeField(EditMerge &result, const char *key, const Value &base, const Value &edited,
                const Value &stored, Value &target)
{
    if (edited == base)
        return; // not the user's change: what is stored stands
    if (stored != base && stored != edited)
        result.conflicts.append(QString::fromLatin1(key));
    else
        target = edited;
}

QStringList mergedTags(const QStringList &base, const QStringList &edited,
                       const QStringList &stored)
{
    QStringList tags;
    for (const QString &tag : stored) {
        if (edited.contains(tag) || !base.contains(tag))
            tags.append(tag);
    }
    for (const QString &tag : edited) {
        if (!base.contains(tag) && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

} // namespace

EditMerge ContactEditMerger::merge(const Contact &base, const Contact &edited,
                                   const Contact &stored)
{
    EditMerge result{stored, {}};
    Contact &c = result.contact;
    for (const ContactTextField &field : kContactTextFields)
        mergeField(result, field.key, base.*field.member, edited.*field.member,
                   stored.*field.member, c.*field.member);
    mergeField(result, "source", base.source, edited.source, stored.source, c.source);
    mergeField(result, "owner", base.owner, edited.owner, stored.owner, c.owner);
    mergeField(result, "stage", base.stage, edited.stage, stored.stage, c.stage);
    mergeField(result, "card_exchanged_on", base.cardExchangedOn, edited.cardExchangedOn,
               stored.cardExchangedOn, c.cardExchangedOn);
    // A reading the user typed is a confirmed one, whoever guessed before.
    if (edited.readingGuessed != base.readingGuessed)
        c.readingGuessed = edited.readingGuessed;
    c.tags = mergedTags(base.tags, edited.tags, stored.tags);
    return result;
}

void ContactEditMerger::takeField(const QString &key, const Contact &from, Contact &to)
{
    for (const ContactTextField &field : kContactTextFields) {
        if (key == QLatin1String(field.key)) {
            to.*field.member = from.*field.member;
            return;
        }
    }
    if (key == QLatin1String("source"))
        to.source = from.source;
    else if (key == QLatin1String("owner"))
        to.owner = from.owner;
    else if (key == QLatin1String("stage"))
        to.stage = from.stage;
    else if (key == QLatin1String("card_exchanged_on"))
        to.cardExchangedOn = from.cardExchangedOn;
}

} // namespace kizuna
