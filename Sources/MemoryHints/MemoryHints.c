// Everything lives in include/MemoryHints.h as static inline functions, so
// Swift can inline them; SwiftPM needs one source file to build the target.
#include "MemoryHints.h"
