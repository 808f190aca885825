#include "reportcommand.h"

#include "cli.h"
#include "clioutput.h"

namespace sslrec::cli {

int runReportCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    // TODO(#6): implement.
    error(QStringLiteral("'report' is not implemented yet in this build."));
    return ExitUsage;
}

} // namespace sslrec::cli
