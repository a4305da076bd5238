#include "companyname.h"

#include "text/textnormalizer.h"

#include <QStringList>

namespace kizuna {

namespace {

// Japanese legal forms as they stand after NFKC (㈱ has become "(株)").
const QStringList &japaneseForms()
{
    static const QStringList forms{
        QStringLiteral("株式会社"),
        QStringLiteral("有限会社"),
        QStringLiteral("合同会社"),
        QStringLiteral("合資会社"),
        QStringLiteral("合名会社"),
        QStringLiteral("(株)"),
        QStringLiteral("(有)"),
        QStringLiteral("(同)"),
        QStringLiteral("(資)"),
        QStringLiteral("(名)"),
        QStringLiteral("一般社団法人"),
        QStringLiteral("一般財団法人"),
        QStringLiteral("特定非営利活動法人"),
    };
    return forms;
}

// English forms, compared as whole words without their dots and commas.
bool isEnglishForm(const QString &word)
{
    static const QStringList forms{
        QStringLiteral("inc"),         QStringLiteral("incorporated"), QStringLiteral("co"),
        QStringLiteral("ltd"),         QStringLiteral("limited"),      QStringLiteral("corp"),
        QStringLiteral("corporation"), QStringLiteral("llc"),          QStringLiteral("kk"),
        QStringLiteral("gk"),          QStringLiteral("plc"),          QStringLiteral("gmbh"),
    };
    return forms.contains(word);
}

} // namespace

QString companyMatchKey(const QString &name)
{
    QString text = TextNormalizer::fold(name);
    for (const QString &form : japaneseForms())
        text.remove(form);
    QStringList kept;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString bare = word;
        bare.remove(QLatin1Char('.')).remove(QLatin1Char(','));
        if (!isEnglishForm(bare))
            kept.append(word);
    }
    return TextNormalizer::searchForm(kept.join(QLatin1Char(' ')));
}

} // namespace kizuna
