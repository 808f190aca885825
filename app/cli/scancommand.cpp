#include "scancommand.h"

#include "cli.h"
#include "clioutput.h"

namespace sslrec::cli {

int runScanCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    // TODO(#3): implement.
    error(QStringLiteral("'scan' is not implemented yet in this build."));
    return ExitUsage;
}

} // namespace sslrec::cli
