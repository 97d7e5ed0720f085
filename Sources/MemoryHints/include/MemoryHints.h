// Cache hints Swift has no spelling for. The tagger looks up ~50 features per
// token in tables larger than the L2 cache; asking for many cache lines at
// once lets their misses overlap instead of queueing one behind the other.
#ifndef WHOSAID_MEMORY_HINTS_H
#define WHOSAID_MEMORY_HINTS_H

/// Starts loading the cache line holding `address` for reading; never faults.
static inline void ws_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
