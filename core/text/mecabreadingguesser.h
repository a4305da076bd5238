#pragma once

#include "readingguesser.h"

#include <QString>

#include <memory>

namespace kizuna {

/// ReadingGuesser over MeCab with the IPA dictionary (Debian: mecab-ipadic-utf8).
///
/// Old character forms are folded first (髙→高) because the dictionary only knows the common
/// ones. Not thread-safe: use one instance per thread.
class MecabReadingGuesser final : public ReadingGuesser
{
public:
    MecabReadingGuesser();
    ~MecabReadingGuesser() override;
    MecabReadingGuesser(const MecabReadingGuesser &) = delete;
    MecabReadingGuesser &operator=(const MecabReadingGuesser &) = delete;

    /// False when MeCab or its dictionary could not be loaded; guess() then returns "".
    bool isAvailable() const;
    /// Why MeCab is unavailable, for the log; empty when it is available.
    QString errorString() const;

    QString guess(const QString &text) const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kizuna
