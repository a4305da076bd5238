#include "commandline.h"

#include <QCoreApplication>

namespace kizuna::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}
} // namespace

CommandLine::CommandLine(const QStringList &arguments, const QStringList &valued,
                         const QStringList &flags)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!arg.startsWith(QStringLiteral("--")) || arg == QStringLiteral("--")) {
            m_positionals.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString inlineValue;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        const bool hasInline = eq >= 0;
        if (hasInline) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flags.contains(name) && !hasInline) {
            m_flags.append(name);
        } else if (valued.contains(name)) {
            if (hasInline) {
                m_values[name].append(inlineValue);
            } else if (i + 1 < arguments.size()) {
                m_values[name].append(arguments.at(++i));
            } else {
                throw UsageError{tr("--%1 needs a value").arg(name)};
            }
        } else {
            throw UsageError{tr("unknown option --%1").arg(name)};
        }
    }
}

bool CommandLine::isSet(const QString &name) const
{
    return m_flags.contains(name) || m_values.contains(name);
}

QString CommandLine::value(const QString &name, const QString &fallback) const
{
    const auto it = m_values.constFind(name);
    return it == m_values.cend() || it->isEmpty() ? fallback : it->last();
}

QStringList CommandLine::values(const QString &name) const
{
    return m_values.value(name);
}

QString CommandLine::positional(int index, const QString &what) const
{
    if (index >= m_positionals.size())
        throw UsageError{tr("missing %1").arg(what)};
    return m_positionals.at(index);
}

qint64 CommandLine::id(int index, const QString &what) const
{
    bool ok = false;
    const qint64 value = positional(index, what).toLongLong(&ok);
    if (!ok || value <= 0)
        throw UsageError{
            tr("%1 must be a positive number, not \"%2\"").arg(what, m_positionals.at(index))};
    return value;
}

void CommandLine::expectPositionals(int count) const
{
    if (m_positionals.size() > count)
        throw UsageError{tr("unexpected argument \"%1\"").arg(m_positionals.at(count))};
    if (m_positionals.size() < count)
        throw UsageError{tr("missing argument")};
}

} // namespace kizuna::cli
