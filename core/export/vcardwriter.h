#pragma once

#include <QString>

class QIODevice;

namespace kizuna {

struct Contact;

/// Writes contacts as vCard 4.0 (RFC 6350), UTF-8, lines folded at 75 octets without
/// cutting a character, with the readings as SORT-AS and X-PHONETIC-* so phones and
/// address books that know either keep the 50音 order.
class VcardWriter final
{
public:
    explicit VcardWriter(QIODevice *device);
    void write(const Contact &contact);
    static QString escaped(const QString &text);

private:
    void line(const QString &text);
    QIODevice *m_device;
};

} // namespace kizuna
