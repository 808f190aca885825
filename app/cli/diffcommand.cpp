#include "diffcommand.h"

#include "cli.h"
#include "clioutput.h"

namespace sslrec::cli {

int runDiffCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    // TODO(#6): implement.
    error(QStringLiteral("'diff' is not implemented yet in this build."));
    return ExitUsage;
}

} // namespace sslrec::cli
