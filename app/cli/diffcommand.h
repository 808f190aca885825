#pragma once

#include <QStringList>

namespace sslrec::cli {

/// `sslrec-cli diff ...`: arguments after the subcommand name.
int runDiffCommand(const QStringList &arguments);

} // namespace sslrec::cli
