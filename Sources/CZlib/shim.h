#ifndef TRADEBRIEF_CZLIB_SHIM_H
#define TRADEBRIEF_CZLIB_SHIM_H
#include <zlib.h>
#endif
