#pragma once

#include <QStringList>

namespace sslrec::cli {

/// `sslrec-cli compare ...`: arguments after the subcommand name.
int runCompareCommand(const QStringList &arguments);

} // namespace sslrec::cli
