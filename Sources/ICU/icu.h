// Never imported from Swift: this module only carries the system ICU's
// pkg-config flags to the ICUShim C target.
#include <unicode/ubrk.h>
