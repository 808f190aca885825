#pragma once

#include <QByteArrayView>
#include <QString>

namespace sslrec {

/// Image type and dimensions read from the first bytes of a body (PNG, GIF,
/// JPEG, WebP, BMP, ICO); no decoding, no QtGui.
class ImageInfo
{
public:
    QString type;   ///< "png", "gif", "jpeg", "webp", "bmp", "ico"; empty if not an image
    int width = 0;  ///< pixels, 0 when the header does not say
    int height = 0; ///< pixels, 0 when the header does not say

    static ImageInfo sniff(QByteArrayView bytes);
};

} // namespace sslrec
