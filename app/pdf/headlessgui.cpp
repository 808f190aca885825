#include "headlessgui.h"

namespace sslrec {

void useOffscreenPlatformUnlessSet()
{
    // The user's choice wins (e.g. a real display to debug fonts).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

std::unique_ptr<QGuiApplication> createHeadlessGuiApplication(int &argc, char **argv)
{
    useOffscreenPlatformUnlessSet();
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace sslrec
