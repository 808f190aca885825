#include "comparecommand.h"

#include "cli.h"
#include "clioutput.h"

namespace sslrec::cli {

int runCompareCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    // TODO(#5): implement.
    error(QStringLiteral("'compare' is not implemented yet in this build."));
    return ExitUsage;
}

} // namespace sslrec::cli
