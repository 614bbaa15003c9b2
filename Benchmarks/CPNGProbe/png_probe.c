#include "CPNGProbe.h"

#include <cairo/cairo.h>
#include <png.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct tb_probe_image {
    cairo_surface_t *surface;   /* ARGB32, owns the pixels */
    unsigned char *out;         /* reused output buffer */
    size_t out_length, out_capacity;
    unsigned char *rows;        /* reused conversion buffer for libpng */
};

typedef struct {
    const unsigned char *bytes;
    size_t length, offset;
} reader;

static cairo_status_t read_bytes(void *closure, unsigned char *data, unsigned int length) {
    reader *r = closure;
    if (r->offset + length > r->length) return CAIRO_STATUS_READ_ERROR;
    memcpy(data, r->bytes + r->offset, length);
    r->offset += length;
    return CAIRO_STATUS_SUCCESS;
}

static int append(tb_probe_image *image, const unsigned char *data, size_t length) {
    if (image->out_length + length > image->out_capacity) {
        size_t capacity = image->out_capacity ? image->out_capacity : 1 << 20;
        while (capacity < image->out_length + length) capacity *= 2;
        unsigned char *grown = realloc(image->out, capacity);
        if (!grown) return 0;
        image->out = grown;
        image->out_capacity = capacity;
    }
    memcpy(image->out + image->out_length, data, length);
    image->out_length += length;
    return 1;
}

static cairo_status_t write_cairo(void *closure, const unsigned char *data, unsigned int length) {
    return append(closure, data, length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

tb_probe_image *tb_probe_decode_png(const unsigned char *bytes, size_t length) {
    reader r = {bytes, length, 0};
    cairo_surface_t *decoded = cairo_image_surface_create_from_png_stream(read_bytes, &r);
    if (cairo_surface_status(decoded) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(decoded);
        return NULL;
    }
    int width = cairo_image_surface_get_width(decoded), height = cairo_image_surface_get_height(decoded);
    /* Always hold ARGB32, as ImageRenderer's surface is. */
    cairo_surface_t *surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
    cairo_t *cr = cairo_create(surface);
    cairo_set_source_surface(cr, decoded, 0, 0);
    cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE);
    cairo_paint(cr);
    cairo_destroy(cr);
    cairo_surface_destroy(decoded);
    cairo_surface_flush(surface);
    tb_probe_image *image = calloc(1, sizeof *image);
    if (!image) { cairo_surface_destroy(surface); return NULL; }
    image->surface = surface;
    image->rows = malloc((size_t)width * 4 * (size_t)height);
    return image;
}

void tb_probe_free(tb_probe_image *image) {
    if (!image) return;
    cairo_surface_destroy(image->surface);
    free(image->out);
    free(image->rows);
    free(image);
}

int tb_probe_width(const tb_probe_image *image) { return cairo_image_surface_get_width(image->surface); }
int tb_probe_height(const tb_probe_image *image) { return cairo_image_surface_get_height(image->surface); }

long tb_probe_encode_cairo(tb_probe_image *image, int rgb24) {
    image->out_length = 0;
    cairo_surface_t *surface = image->surface;
    cairo_surface_t *alias = NULL;
    if (rgb24) {
        alias = cairo_image_surface_create_for_data(
            cairo_image_surface_get_data(surface), CAIRO_FORMAT_RGB24,
            cairo_image_surface_get_width(surface), cairo_image_surface_get_height(surface),
            cairo_image_surface_get_stride(surface));
        surface = alias;
    }
    cairo_status_t status = cairo_surface_write_to_png_stream(surface, write_cairo, image);
    if (alias) cairo_surface_destroy(alias);
    return status == CAIRO_STATUS_SUCCESS ? (long)image->out_length : -1;
}

static void write_png(png_structp png, png_bytep data, png_size_t length) {
    if (!append(png_get_io_ptr(png), data, length)) png_error(png, "out of memory");
}

static void flush_png(png_structp png) { (void)png; }

long tb_probe_encode_libpng(tb_probe_image *image, int channels, int level, int filters, int strategy) {
    image->out_length = 0;
    if (channels != 3 && channels != 4) return -1;
    int width = cairo_image_surface_get_width(image->surface);
    int height = cairo_image_surface_get_height(image->surface);
    int stride = cairo_image_surface_get_stride(image->surface);
    const unsigned char *pixels = cairo_image_surface_get_data(image->surface);
    size_t row_bytes = (size_t)width * (size_t)channels;

    /* ARGB32 (native-endian, premultiplied) -> RGB or straight RGBA. */
    for (int y = 0; y < height; y++) {
        const uint32_t *in = (const uint32_t *)(pixels + (size_t)y * (size_t)stride);
        unsigned char *out = image->rows + (size_t)y * row_bytes;
        for (int x = 0; x < width; x++) {
            uint32_t p = in[x];
            unsigned a = p >> 24, r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
            if (channels == 4 && a != 0 && a != 255) {
                r = (r * 255 + a / 2) / a; g = (g * 255 + a / 2) / a; b = (b * 255 + a / 2) / a;
            }
            *out++ = (unsigned char)r; *out++ = (unsigned char)g; *out++ = (unsigned char)b;
            if (channels == 4) *out++ = (unsigned char)a;
        }
    }

    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    if (!png) return -1;
    png_infop info = png_create_info_struct(png);
    png_bytep *row_pointers = NULL;
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, info ? &info : NULL);
        free(row_pointers);
        return -1;
    }
    png_set_write_fn(png, image, write_png, flush_png);
    png_set_compression_level(png, level);
    png_set_compression_strategy(png, strategy);
    if (filters >= 0) png_set_filter(png, PNG_FILTER_TYPE_BASE, filters);
    png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8,
                 channels == 4 ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    png_write_info(png, info);
    row_pointers = malloc(sizeof(png_bytep) * (size_t)height);
    for (int y = 0; y < height; y++) row_pointers[y] = image->rows + (size_t)y * row_bytes;
    png_write_image(png, row_pointers);
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    free(row_pointers);
    return (long)image->out_length;
}
