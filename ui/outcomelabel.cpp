#include "outcomelabel.h"

#include <QCoreApplication>

namespace kizuna {

QString OutcomeLabel::text(Outcome outcome)
{
    switch (outcome) {
    case Outcome::None:
        return QCoreApplication::translate("Outcome", "No particular outcome");
    case Outcome::Reached:
        return QCoreApplication::translate("Outcome", "Reached");
    case Outcome::NoAnswer:
        return QCoreApplication::translate("Outcome", "No answer");
    case Outcome::LeftMessage:
        return QCoreApplication::translate("Outcome", "Left a message");
    case Outcome::Interested:
        return QCoreApplication::translate("Outcome", "Interested");
    case Outcome::NotInterested:
        return QCoreApplication::translate("Outcome", "Not interested");
    case Outcome::MeetingBooked:
        return QCoreApplication::translate("Outcome", "Meeting booked");
    case Outcome::Bounced:
        return QCoreApplication::translate("Outcome", "E-mail bounced");
    }
    return {};
}

QList<Outcome> OutcomeLabel::choices()
{
    return {Outcome::Reached,    Outcome::NoAnswer,      Outcome::LeftMessage,
            Outcome::Interested, Outcome::NotInterested, Outcome::MeetingBooked,
            Outcome::Bounced,    Outcome::None};
}

} // namespace kizuna
