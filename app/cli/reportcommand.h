#pragma once

#include <QStringList>

namespace sslrec::cli {

/// `sslrec-cli report ...`: arguments after the subcommand name.
int runReportCommand(const QStringList &arguments);

} // namespace sslrec::cli
