#pragma once

#include <QGuiApplication>

#include <memory>

namespace sslrec {

/// Selects Qt's offscreen platform unless QT_QPA_PLATFORM is already set,
/// so a QGuiApplication (needed for fonts and QTextDocument) starts without a
/// display. Call before constructing the QGuiApplication.
void useOffscreenPlatformUnlessSet();

/// useOffscreenPlatformUnlessSet(), then a QGuiApplication: what sslrec-cli
/// creates instead of its QCoreApplication when a PDF is asked for.
std::unique_ptr<QGuiApplication> createHeadlessGuiApplication(int &argc, char **argv);

} // namespace sslrec
