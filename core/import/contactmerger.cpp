#include "contactmerger.h"

namespace kizuna {

namespace {

void mergeText(MergeResult &result, const char *field, QString &stored, const QString &card)
{
    if (card.isEmpty() || card == stored)
        return;
    if (!stored.isEmpty())
        result.replaced.append({QString::fromLatin1(field), stored, card});
    stored = card;
    result.changed = true;
}

} // namespace

MergeResult ContactMerger::merge(const Contact &stored, const Contact &card)
{
    MergeResult r;
    r.contact = stored;
    Contact &c = r.contact;
    mergeText(r, "family_name", c.familyName, card.familyName);
    mergeText(r, "given_name", c.givenName, card.givenName);
    // A reading the user typed or confirmed outranks one a card carries or a guess.
    if (c.readingGuessed || (c.familyKana.isEmpty() && c.givenKana.isEmpty())) {
        if (!card.familyKana.isEmpty() && !card.readingGuessed) {
            mergeText(r, "family_kana", c.familyKana, card.familyKana);
            mergeText(r, "given_kana", c.givenKana, card.givenKana);
            c.readingGuessed = false;
        }
    }
    mergeText(r, "company", c.company, card.company);
    mergeText(r, "department", c.department, card.department);
    mergeText(r, "title", c.title, card.title);
    // A second address is a second way to reach them, not a conflict.
    if (!card.email.isEmpty() && card.email.compare(c.email, Qt::CaseInsensitive) != 0) {
        if (c.email.isEmpty()) {
            c.email = card.email;
            r.changed = true;
        } else if (c.email2.isEmpty()) {
            c.email2 = card.email;
            r.changed = true;
        } else if (card.email.compare(c.email2, Qt::CaseInsensitive) != 0) {
            mergeText(r, "email", c.email, card.email);
        }
    }
    mergeText(r, "phone_work", c.phoneWork, card.phoneWork);
    mergeText(r, "phone_direct", c.phoneDirect, card.phoneDirect);
    mergeText(r, "phone_mobile", c.phoneMobile, card.phoneMobile);
    mergeText(r, "fax", c.fax, card.fax);
    mergeText(r, "postal_code", c.postalCode, card.postalCode);
    mergeText(r, "address", c.address, card.address);
    mergeText(r, "url", c.url, card.url);
    if (!card.notes.isEmpty() && !c.notes.contains(card.notes)) {
        c.notes = c.notes.isEmpty() ? card.notes : c.notes + QLatin1Char('\n') + card.notes;
        r.changed = true;
    }
    if (c.source.isEmpty() && !card.source.isEmpty()) {
        c.source = card.source;
        r.changed = true;
    }
    for (const QString &tag : card.tags) {
        if (!c.tags.contains(tag, Qt::CaseInsensitive)) {
            c.tags.append(tag);
            r.changed = true;
        }
    }
    // The first meeting is the one that counts for the funnel.
    if (card.cardExchangedOn.isValid() &&
        (!c.cardExchangedOn.isValid() || card.cardExchangedOn < c.cardExchangedOn)) {
        c.cardExchangedOn = card.cardExchangedOn;
        r.changed = true;
    }
    return r;
}

} // namespace kizuna
