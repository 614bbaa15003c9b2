#ifndef TRADEBRIEF_CHYPHEN_SHIM_H
#define TRADEBRIEF_CHYPHEN_SHIM_H
/* libhyphen (Debian: libhyphen-dev), the hyphenation library of LibreOffice.
   It ships no pkg-config file: the header is in /usr/include and the library
   is linked by name. */
#include <hyphen.h>
#endif
