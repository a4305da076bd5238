#pragma once

#include <catch2/catch.hpp>

#include <QString>

// Lets Catch print QStrings in failure messages instead of "{?}".
namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
