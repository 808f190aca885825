#pragma once

#include <QStringList>

namespace sslrec::cli {

/// `sslrec-cli scan ...`: arguments after the subcommand name.
int runScanCommand(const QStringList &arguments);

} // namespace sslrec::cli
