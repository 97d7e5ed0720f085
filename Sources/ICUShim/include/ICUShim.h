// A minimal C surface over ICU's break iterators. It exposes no ICU types,
// so Swift modules that import Foundation (which bundles its own ICU headers)
// can use it without type clashes.
#ifndef WHOSAID_ICU_SHIM_H
#define WHOSAID_ICU_SHIM_H

#include <stdint.h>

typedef struct WSBreakIterator WSBreakIterator;

typedef enum {
    WSBreakWord = 0,
    WSBreakSentence = 1,
} WSBreakKind;

/// Sentinel returned by ws_break_next when the text is exhausted (UBRK_DONE).
#define WS_BREAK_DONE (-1)

/// Opens a break iterator for a locale such as "en_US@ss=standard".
/// On failure returns NULL and sets *error to a positive ICU error code.
WSBreakIterator *ws_break_open(WSBreakKind kind, const char *locale, int32_t *error);

/// Clones an iterator; cheap, and the thread-safe way to get one per task.
WSBreakIterator *ws_break_clone(const WSBreakIterator *iterator, int32_t *error);

/// Points the iterator at UTF-16 text. ICU does not copy the text: the caller
/// keeps the buffer alive and unchanged while the iterator uses it.
void ws_break_set_text(WSBreakIterator *iterator, const uint16_t *text, int32_t length, int32_t *error);

int32_t ws_break_first(WSBreakIterator *iterator);
int32_t ws_break_next(WSBreakIterator *iterator);
/// Moves to the first boundary after offset (UTF-16 units).
int32_t ws_break_following(WSBreakIterator *iterator, int32_t offset);

/// The rule status of the boundary last returned (word: none/number/letter/kana/ideo ranges).
int32_t ws_break_rule_status(const WSBreakIterator *iterator);

void ws_break_close(WSBreakIterator *iterator);

/// ICU's name for an error code, e.g. "U_ILLEGAL_ARGUMENT_ERROR".
const char *ws_error_name(int32_t error);

#endif
