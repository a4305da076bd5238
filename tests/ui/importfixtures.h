#pragma once

#include <QString>

namespace kizuna {
class ImportWizard;
}

namespace kizuna::test {

/// The Eight export in CP932 that the core's import tests read: six rows, two people (one
/// twice), three rows that cannot be cards.
QString eightCp932File();

/// Writes a UTF-8 CSV file of `rows` different people (name, e-mail, company) at `path`, big
/// enough for an import to be caught half-way; fails the test when it cannot be written.
void writeManyCards(const QString &path, int rows);

/// From the preview of a CSV file, goes through the columns and the duplicate policy to the
/// import, and waits until it has read some rows (`permille` of the file, at least one step).
void startImportAndWait(ImportWizard &wizard, int permille = 1);

} // namespace kizuna::test
