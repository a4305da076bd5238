#include "namesplitter.h"

#include "text/textnormalizer.h"

#include <QStringList>

namespace kizuna {

namespace {

// Common family names of two or more characters, longest first where one starts another
// (佐々木 before 佐々), for names written without a space.
const QStringList &knownFamilyNames()
{
    static const QStringList names = [] {
        QStringList list =
            QString::fromUtf8("佐々木 長谷川 五十嵐 東海林 佐藤 鈴木 高橋 髙橋 田中 伊藤 渡辺 "
                              "渡邊 渡邉 山本 中村 小林 加藤 吉田 山田 山口 松本 井上 木村 斎藤 "
                              "齋藤 斉藤 清水 山崎 山﨑 池田 橋本 阿部 石川 山下 中島 石井 小川 "
                              "前田 岡田 藤田 後藤 近藤 村上 遠藤 青木 坂本 福田 太田 西村 藤井 "
                              "金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 "
                              "石田 森田 上田 内田 柴田 酒井 宮崎 横山 高木 安藤 宮本 大野 小島 "
                              "工藤 谷口 今井 高田 丸山 増田 杉山 村田 大塚 小山 平野 藤本 久保 "
                              "松井 千葉 岩崎 桜井 木下 野口 松尾 菊地 野村 新井 渡部 やまだ "
                              "さとう すずき たなか")
                .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        std::stable_sort(list.begin(), list.end(),
                         [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return list;
    }();
    return names;
}

bool isJapanese(const QString &text)
{
    for (const QChar c : text) {
        if (TextNormalizer::isKana(c))
            return true;
    }
    return TextNormalizer::containsKanji(text);
}

} // namespace

SplitName NameSplitter::split(const QString &fullName)
{
    // U+3000, the ideographic space, is how Japanese input methods separate the two names.
    QString name = fullName;
    name.replace(QChar(0x3000), QLatin1Char(' '));
    name = name.simplified();
    if (name.isEmpty())
        return {};

    const qsizetype comma = name.indexOf(QLatin1Char(','));
    if (comma > 0)
        return {name.left(comma).trimmed(), name.mid(comma + 1).trimmed()};

    const qsizetype space = name.indexOf(QLatin1Char(' '));
    if (isJapanese(name)) {
        if (space > 0)
            return {name.left(space), name.mid(space + 1)};
        for (const QString &family : knownFamilyNames()) {
            if (name.size() > family.size() && name.startsWith(family))
                return {family, name.mid(family.size())};
        }
        return {name, {}};
    }
    if (space < 0)
        return {name, {}};
    const qsizetype last = name.lastIndexOf(QLatin1Char(' '));
    return {name.mid(last + 1), name.left(last)};
}

} // namespace kizuna
