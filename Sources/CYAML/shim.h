#ifndef TRADEBRIEF_CYAML_SHIM_H
#define TRADEBRIEF_CYAML_SHIM_H
#include <yaml.h>
#endif
