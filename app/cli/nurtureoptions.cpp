#include "nurtureoptions.h"

#include <QCoreApplication>

namespace kizuna::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NurtureOptions", text);
}

template<typename T>
T required(const std::optional<T> &value, const QString &what, const QString &text,
           const QString &choices)
{
    if (!value)
        throw UsageError{tr("\"%1\" is not a %2; use %3").arg(text, what, choices)};
    return *value;
}

} // namespace

Stage parseStage(const QString &text)
{
    return required(stageFromKey(text), tr("stage"), text,
                    QStringLiteral("cold, warm, hot, customer, loyal or lost"));
}

Channel parseChannel(const QString &text)
{
    return required(channelFromKey(text), tr("channel"), text,
                    QStringLiteral("phone, email, visit, letter, social, event or other"));
}

Direction parseDirection(const QString &text)
{
    // "in" and "out" are what people type.
    if (text == QLatin1String("in"))
        return Direction::Inbound;
    if (text == QLatin1String("out"))
        return Direction::Outbound;
    return required(directionFromKey(text), tr("direction"), text,
                    QStringLiteral("inbound (in) or outbound (out)"));
}

Outcome parseOutcome(const QString &text)
{
    return required(outcomeFromKey(text), tr("outcome"), text,
                    outcomeKeys().join(QStringLiteral(", ")));
}

FollowUpStatus parseFollowUpStatus(const QString &text)
{
    return required(followUpStatusFromKey(text), tr("status"), text,
                    QStringLiteral("open, done or skipped"));
}

QTime parseTimeOption(const QString &option, const QString &text)
{
    const QTime time = QTime::fromString(text, QStringLiteral("H:mm"));
    if (!time.isValid())
        throw UsageError{tr("--%1: \"%2\" is not a time (HH:MM)").arg(option, text)};
    return time;
}

int parseCount(const QString &option, const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0)
        throw UsageError{tr("--%1 must be a positive number, not \"%2\"").arg(option, text)};
    return value;
}

qint64 contactOption(const CommandLine &line)
{
    if (!line.isSet(QStringLiteral("contact")))
        return 0;
    bool ok = false;
    const qint64 id = line.value(QStringLiteral("contact")).toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{tr("--contact must be a contact id")};
    return id;
}

QString ownerOption()
{
    return QStringLiteral("owner");
}

QStringList ownerFlags()
{
    return {QStringLiteral("mine"), QStringLiteral("everyone")};
}

OwnerFilter ownerFilterFrom(const CommandLine &line, const QString &me)
{
    const int chosen = int(line.isSet(ownerOption())) + int(line.isSet(QStringLiteral("mine"))) +
                       int(line.isSet(QStringLiteral("everyone")));
    if (chosen > 1)
        throw UsageError{tr("choose one of --owner USER, --mine and --everyone")};
    if (line.isSet(ownerOption())) {
        const QString user = line.value(ownerOption()).trimmed();
        if (user.isEmpty())
            throw UsageError{tr("--owner needs a user name")};
        return OwnerFilter::of(user);
    }
    if (line.isSet(QStringLiteral("everyone")))
        return OwnerFilter::everyone();
    return OwnerFilter::mine(me);
}

} // namespace kizuna::cli
