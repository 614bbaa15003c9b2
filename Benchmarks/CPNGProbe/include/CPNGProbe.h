#ifndef CPNGPROBE_H
#define CPNGPROBE_H

#include <stddef.h>

/// Pixels decoded from a PNG into a Cairo ARGB32 image surface, kept so that
/// PNG *encoding* alone can be timed on exactly the pixels tradebrief drew.
typedef struct tb_probe_image tb_probe_image;

/// Decodes PNG bytes (as made by Cairo); NULL on failure.
tb_probe_image *tb_probe_decode_png(const unsigned char *bytes, size_t length);
/// Frees an image from tb_probe_decode_png.
void tb_probe_free(tb_probe_image *image);
/// Width and height in pixels.
int tb_probe_width(const tb_probe_image *image);
int tb_probe_height(const tb_probe_image *image);

/// Encodes with cairo_surface_write_to_png_stream, as ImageRenderer does
/// (ARGB32 -> 8-bit RGBA, zlib's default level 6, libpng's adaptive filters).
/// rgb24 != 0 first reinterprets the same pixels as CAIRO_FORMAT_RGB24 (no
/// copy), so Cairo writes 8-bit RGB. Returns the PNG's size in bytes, or -1.
long tb_probe_encode_cairo(tb_probe_image *image, int rgb24);

/// Encodes with libpng directly: channels 3 (RGB, alpha dropped: for opaque
/// pages) or 4 (RGBA, un-premultiplied like Cairo); zlib level 0...9;
/// filters: -1 for libpng's default (adaptive, all five), otherwise a
/// PNG_FILTER_* mask (0x08 = none, 0x10 = sub, 0x20 = up, 0x18 = none|sub).
/// strategy: zlib strategy (0 default, 1 filtered, 2 huffman only, 3 rle).
/// Returns the PNG's size in bytes, or -1.
long tb_probe_encode_libpng(tb_probe_image *image, int channels, int level, int filters, int strategy);

#endif
