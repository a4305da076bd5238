#include "mecabreadingguesser.h"

#include "textnormalizer.h"

#include <QStringList>

#include <mecab.h>

namespace kizuna {

namespace {

// IPA dictionary features: 品詞,細分類1,細分類2,細分類3,活用型,活用形,原形,読み,発音.
constexpr int kReadingField = 7;

} // namespace

struct MecabReadingGuesser::Private
{
    mecab_t *tagger = nullptr;
    QString error;
};

MecabReadingGuesser::MecabReadingGuesser()
    : d(std::make_unique<Private>())
{
    // An empty argument string reads the system mecabrc, which names the installed dictionary.
    d->tagger = mecab_new2("");
    if (!d->tagger) {
        d->error = QString::fromUtf8(mecab_strerror(nullptr));
        if (d->error.isEmpty())
            d->error = QStringLiteral("MeCab could not load its dictionary (mecab-ipadic-utf8)");
    }
}

MecabReadingGuesser::~MecabReadingGuesser()
{
    if (d->tagger)
        mecab_destroy(d->tagger);
}

bool MecabReadingGuesser::isAvailable() const
{
    return d->tagger != nullptr;
}

QString MecabReadingGuesser::errorString() const
{
    return d->error;
}

QString MecabReadingGuesser::guess(const QString &text) const
{
    const QString input =
        TextNormalizer::foldOldForms(text.normalized(QString::NormalizationForm_KC)).simplified();
    if (input.isEmpty())
        return {};
    if (TextNormalizer::isKanaOnly(input))
        return TextNormalizer::toHiragana(input).remove(QLatin1Char(' '));
    if (!d->tagger)
        return {};

    const QByteArray utf8 = input.toUtf8();
    const mecab_node_t *node = mecab_sparse_tonode(d->tagger, utf8.constData());
    if (!node)
        return {};
    QString reading;
    for (; node; node = node->next) {
        if (node->stat == MECAB_BOS_NODE || node->stat == MECAB_EOS_NODE)
            continue;
        const QString surface = QString::fromUtf8(node->surface, node->length);
        if (surface.trimmed().isEmpty())
            continue;
        if (TextNormalizer::isKanaOnly(surface)) {
            reading += TextNormalizer::toHiragana(surface);
            continue;
        }
        // An unknown word has no reading field: a partial reading would be worse than none,
        // because it would look confirmed-ready to the user.
        const QStringList fields = QString::fromUtf8(node->feature).split(QLatin1Char(','));
        if (node->stat == MECAB_UNK_NODE || fields.size() <= kReadingField ||
            fields.at(kReadingField) == QLatin1String("*"))
            return {};
        const QString part = fields.at(kReadingField);
        if (!TextNormalizer::isKanaOnly(part))
            return {};
        reading += TextNormalizer::toHiragana(part);
    }
    return reading;
}

} // namespace kizuna
