#include "importsession.h"

namespace kizuna {

ImportOptions ImportSession::options(bool dryRun) const
{
    ImportOptions o;
    o.encoding = encoding;
    o.delimiter = delimiter;
    // The mapping shown on the mapping page is the one imported, changed or not.
    if (!isVcard)
        o.mapping = mapping;
    o.onDuplicate = onDuplicate;
    o.dryRun = dryRun;
    if (!dryRun)
        o.rejectFile = rejectFile;
    return o;
}

} // namespace kizuna
