#pragma once

#include <QStringList>

namespace sslrec::cli {

/// Exit codes of sslrec-cli, documented in --help and in sslrec-cli(1).
enum ExitCode {
    ExitOk = 0,             ///< done; for scan: every origin got a verdict
    ExitFailure = 1,        ///< the command ran and failed (I/O error, damaged file, ...)
    ExitUsage = 2,          ///< bad arguments, or a command not available in this build
    ExitPartial = 3,        ///< scan finished but some origins could not be judged
    ExitChanged = 4,        ///< diff: the two scans differ
    ExitInterrupted = 130,  ///< stopped by SIGINT/SIGTERM (the scan file stays resumable)
};

/// Parses the command line (arguments()[0] is the program) and runs one
/// subcommand; returns the process exit code.
int run(const QStringList &arguments);

} // namespace sslrec::cli
