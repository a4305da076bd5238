#pragma once

#include <QStringList>

namespace kizuna::cli {

class CliContext;

/// `demo [--count N] [--seed S]`: fills an empty database with realistic demo data.
int runDemo(CliContext &context, const QStringList &arguments);

} // namespace kizuna::cli
