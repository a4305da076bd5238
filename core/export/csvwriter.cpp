#include "csvwriter.h"

#include <QIODevice>
#include <QStringDecoder>

namespace kizuna {

CsvWriter::CsvWriter(QIODevice *device, Encoding encoding, bool guardFormulas)
    : m_device(device)
    , m_encoding(encoding)
    , m_guardFormulas(guardFormulas)
    , m_encoder(encoding == Encoding::Cp932 ? "CP932" : "UTF-8")
{
    if (m_encoding == Encoding::Utf8)
        m_device->write("\xEF\xBB\xBF"); // Excel reads UTF-8 only with its mark
}

QString CsvWriter::guarded(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
        first == u'\r' || first == u'\n')
        return QLatin1Char('\'') + cell;
    return cell;
}

void CsvWriter::writeRow(const QStringList &fields)
{
    ++m_row;
    QByteArray line;
    for (int column = 0; column < fields.size(); ++column) {
        QString cell = m_guardFormulas ? guarded(fields.at(column)) : fields.at(column);
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        const QByteArray bytes = m_encoder(cell);
        if (m_encoding == Encoding::Cp932 && !cell.isEmpty()) {
            // The encoder substitutes what CP932 lacks without an error: compare the round trip.
            QStringDecoder back("CP932");
            if (QString(back(bytes)) != cell)
                m_warnings.append({m_row, column, fields.at(column)});
        }
        if (column > 0)
            line.append(',');
        line.append('"');
        line.append(bytes);
        line.append('"');
    }
    line.append("\r\n");
    m_device->write(line);
}

} // namespace kizuna
