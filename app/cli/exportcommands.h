#pragma once

#include <QStringList>

namespace kizuna::cli {

class CliContext;

/// `export csv|vcard FILE [--encoding utf-8|cp932] [--no-formula-guard] [--stage S]
/// [--tag T] [--source S] [--search TEXT]`
int runExport(CliContext &context, const QStringList &arguments);

} // namespace kizuna::cli
