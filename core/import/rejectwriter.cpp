#include "rejectwriter.h"

#include "contactimporter.h"
#include "io/fileerror.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace kizuna {

namespace {

QString quoted(const QString &field)
{
    QString out = field;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace

void RejectWriter::write(const QString &path, const QStringList &header, QChar delimiter,
                         const QList<RejectedRow> &rejects)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw FileError(path, 0,
                        QCoreApplication::translate("RejectWriter", "cannot write: %1")
                            .arg(file.errorString()));
    QString text = QString(QChar(0xFEFF));
    // Records without a header of their own (vCards) are written whole in one column.
    const bool whole = header.isEmpty();
    QStringList quotedHeader;
    for (const QString &h : header)
        quotedHeader.append(quoted(h));
    if (whole)
        quotedHeader.append(quoted(QCoreApplication::translate("RejectWriter", "Record")));
    quotedHeader.append(quoted(QCoreApplication::translate("RejectWriter", "Reason")));
    text += quotedHeader.join(delimiter) + QStringLiteral("\r\n");
    for (const RejectedRow &row : rejects) {
        const QString reason = QCoreApplication::translate("RejectWriter", "line %1: %2")
                                   .arg(row.line)
                                   .arg(row.reason);
        text += (whole ? quoted(row.raw) : row.raw) + delimiter + quoted(reason) +
                QStringLiteral("\r\n");
    }
    file.write(text.toUtf8());
    if (!file.commit())
        throw FileError(path, 0,
                        QCoreApplication::translate("RejectWriter", "cannot write: %1")
                            .arg(file.errorString()));
}

} // namespace kizuna
