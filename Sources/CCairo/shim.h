#ifndef TRADEBRIEF_CCAIRO_SHIM_H
#define TRADEBRIEF_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#endif
