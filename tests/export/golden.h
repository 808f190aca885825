#pragma once

#include <QByteArray>
#include <QString>

// Golden files under tests/export/golden/. With SSLREC_UPDATE_GOLDEN=1 in
// the environment the golden is rewritten from the actual output instead.
namespace sslrec::testdata {

/// Empty when \a actual equals golden/<name>; else a message naming the
/// first differing line. The actual output is kept next to the test binary
/// (<name>.actual) for a diff.
QString goldenMismatch(const QByteArray &actual, const QString &name);

} // namespace sslrec::testdata
