#ifndef TRADEBRIEF_CZLIB_SHIM_H
#define TRADEBRIEF_CZLIB_SHIM_H
#include <zlib.h>

/* deflateInit2 is a macro, which Swift cannot call: a raw deflate stream
   (no zlib header or trailer), 32 KB window, default memory and strategy. */
static inline int tradebrief_deflate_init_raw(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
}
#endif
