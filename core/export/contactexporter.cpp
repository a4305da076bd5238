#include "contactexporter.h"

#include "vcardwriter.h"

#include "contacts/contactservice.h"
#include "io/fileerror.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace kizuna {

namespace {

constexpr int kPage = 500;

void open(QSaveFile &file)
{
    if (!file.open(QIODevice::WriteOnly))
        throw FileError(file.fileName(), 0,
                        QCoreApplication::translate("ContactExporter", "cannot write: %1")
                            .arg(file.errorString()));
}

void commit(QSaveFile &file)
{
    if (!file.commit())
        throw FileError(file.fileName(), 0,
                        QCoreApplication::translate("ContactExporter", "cannot write: %1")
                            .arg(file.errorString()));
}

QStringList rowOf(const Contact &c)
{
    return {c.familyName,
            c.givenName,
            c.familyKana,
            c.givenKana,
            c.company,
            c.department,
            c.title,
            c.email,
            c.email2,
            c.phoneWork,
            c.phoneDirect,
            c.phoneMobile,
            c.fax,
            c.postalCode,
            c.address,
            c.url,
            c.notes,
            c.tags.join(QStringLiteral(", ")),
            c.cardExchangedOn.isValid() ? c.cardExchangedOn.toString(Qt::ISODate) : QString(),
            c.source,
            stageKey(c.stage)};
}

} // namespace

ContactExporter::ContactExporter(ContactService &contacts)
    : m_contacts(contacts)
{}

QStringList ContactExporter::csvHeader()
{
    return QString::fromUtf8("姓,名,姓(ふりがな),名(ふりがな),会社名,部署,役職,メールアドレス,"
                             "メールアドレス2,会社電話,直通,携帯,FAX,郵便番号,住所,URL,メモ,タグ,"
                             "名刺交換日,獲得経路,段階")
        .split(QLatin1Char(','));
}

template<typename WriteOne>
qint64 ContactExporter::eachContact(ContactListQuery query, WriteOne write)
{
    query.limit = kPage;
    query.after.reset();
    qint64 count = 0;
    while (true) {
        const ContactPage page = m_contacts.page(query);
        for (const Contact &c : page.contacts) {
            write(c);
            ++count;
        }
        if (!page.next)
            return count;
        query.after = page.next;
    }
}

void ContactExporter::requireNamed(const ContactListQuery &query) const
{
    if (!query.ids)
        return;
    for (qint64 id : *query.ids) {
        const Contact contact = m_contacts.get(id); // NotFound for an erased one
        if (contact.deletedAt.isValid() != query.inTrash)
            throw StorageError(
                StorageError::Kind::NotFound, m_contacts.database().path(),
                contact.deletedAt.isValid()
                    ? QCoreApplication::translate("ContactExporter", "contact %1 is in the trash")
                          .arg(id)
                    : QCoreApplication::translate("ContactExporter",
                                                  "contact %1 is not in the trash")
                          .arg(id));
    }
}

ExportSummary ContactExporter::exportCsv(const QString &path, const ContactListQuery &query,
                                         CsvWriter::Encoding encoding, bool guardFormulas)
{
    requireNamed(query);
    QSaveFile file(path);
    open(file);
    CsvWriter writer(&file, encoding, guardFormulas);
    writer.writeRow(csvHeader());
    ExportSummary summary;
    summary.contacts =
        eachContact(query, [&writer](const Contact &c) { writer.writeRow(rowOf(c)); });
    summary.warnings = writer.warnings();
    commit(file);
    return summary;
}

ExportSummary ContactExporter::exportVcard(const QString &path, const ContactListQuery &query)
{
    requireNamed(query);
    QSaveFile file(path);
    open(file);
    VcardWriter writer(&file);
    ExportSummary summary;
    summary.contacts = eachContact(query, [&writer](const Contact &c) { writer.write(c); });
    commit(file);
    return summary;
}

} // namespace kizuna
