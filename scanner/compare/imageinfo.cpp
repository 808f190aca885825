#include "compare/imageinfo.h"

namespace sslrec {

namespace {

unsigned byteAt(QByteArrayView b, qsizetype i) { return static_cast<unsigned char>(b[i]); }
unsigned be16(QByteArrayView b, qsizetype i) { return byteAt(b, i) << 8 | byteAt(b, i + 1); }
unsigned le16(QByteArrayView b, qsizetype i) { return byteAt(b, i) | byteAt(b, i + 1) << 8; }
unsigned be32(QByteArrayView b, qsizetype i) { return be16(b, i) << 16 | be16(b, i + 2); }
unsigned le24(QByteArrayView b, qsizetype i) { return le16(b, i) | byteAt(b, i + 2) << 16; }

void jpegSize(QByteArrayView b, ImageInfo *info)
{
    qsizetype i = 2;
    while (i + 9 < b.size()) {
        if (byteAt(b, i) != 0xFF) {
            ++i;
            continue;
        }
        const unsigned marker = byteAt(b, i + 1);
        if (marker == 0xFF || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD9)) {
            i += 2;
            continue;
        }
        const bool startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (startOfFrame) {
            info->height = int(be16(b, i + 5));
            info->width = int(be16(b, i + 7));
            return;
        }
        i += 2 + be16(b, i + 2);
    }
}

} // namespace

ImageInfo ImageInfo::sniff(QByteArrayView b)
{
    ImageInfo info;
    if (b.size() >= 24 && b.startsWith("\x89PNG\r\n\x1a\n")) {
        info.type = QStringLiteral("png");
        info.width = int(be32(b, 16));
        info.height = int(be32(b, 20));
    } else if (b.size() >= 10 && (b.startsWith("GIF87a") || b.startsWith("GIF89a"))) {
        info.type = QStringLiteral("gif");
        info.width = int(le16(b, 6));
        info.height = int(le16(b, 8));
    } else if (b.size() >= 4 && b.startsWith("\xFF\xD8\xFF")) {
        info.type = QStringLiteral("jpeg");
        jpegSize(b, &info);
    } else if (b.size() >= 30 && b.startsWith("RIFF") && b.sliced(8, 4) == "WEBP") {
        info.type = QStringLiteral("webp");
        const QByteArrayView chunk = b.sliced(12, 4);
        if (chunk == "VP8 ") {
            info.width = int(le16(b, 26) & 0x3FFF);
            info.height = int(le16(b, 28) & 0x3FFF);
        } else if (chunk == "VP8L") {
            const unsigned bits = byteAt(b, 21) | byteAt(b, 22) << 8 | byteAt(b, 23) << 16 | byteAt(b, 24) << 24;
            info.width = int((bits & 0x3FFF) + 1);
            info.height = int(((bits >> 14) & 0x3FFF) + 1);
        } else if (chunk == "VP8X") {
            info.width = int(le24(b, 24) + 1);
            info.height = int(le24(b, 27) + 1);
        }
    } else if (b.size() >= 26 && b.startsWith("BM")) {
        info.type = QStringLiteral("bmp");
        info.width = int(le16(b, 18));
        info.height = int(le16(b, 22));
    } else if (b.size() >= 8 && b.startsWith(QByteArrayView("\x00\x00\x01\x00", 4))) {
        info.type = QStringLiteral("ico");
        info.width = byteAt(b, 6) ? int(byteAt(b, 6)) : 256;
        info.height = byteAt(b, 7) ? int(byteAt(b, 7)) : 256;
    }
    return info;
}

} // namespace sslrec
