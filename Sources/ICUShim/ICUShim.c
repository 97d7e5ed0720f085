#include "ICUShim.h"
#include <unicode/ubrk.h>
#include <unicode/utypes.h>

WSBreakIterator *ws_break_open(WSBreakKind kind, const char *locale, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == WSBreakSentence ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *it = ubrk_open(type, locale, NULL, 0, &status);
    *error = (int32_t)status;
    if (U_FAILURE(status)) {
        if (it) ubrk_close(it);
        return NULL;
    }
    return (WSBreakIterator *)it;
}

WSBreakIterator *ws_break_clone(const WSBreakIterator *iterator, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_clone((const UBreakIterator *)iterator, &status);
    *error = (int32_t)status;
    if (U_FAILURE(status)) {
        if (it) ubrk_close(it);
        return NULL;
    }
    return (WSBreakIterator *)it;
}

void ws_break_set_text(WSBreakIterator *iterator, const uint16_t *text, int32_t length, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)iterator, (const UChar *)text, length, &status);
    *error = (int32_t)status;
}

int32_t ws_break_first(WSBreakIterator *iterator) { return ubrk_first((UBreakIterator *)iterator); }
int32_t ws_break_next(WSBreakIterator *iterator) { return ubrk_next((UBreakIterator *)iterator); }
int32_t ws_break_following(WSBreakIterator *iterator, int32_t offset) {
    return ubrk_following((UBreakIterator *)iterator, offset);
}
int32_t ws_break_rule_status(const WSBreakIterator *iterator) {
    return ubrk_getRuleStatus((UBreakIterator *)iterator);
}
void ws_break_close(WSBreakIterator *iterator) { ubrk_close((UBreakIterator *)iterator); }
const char *ws_error_name(int32_t error) { return u_errorName((UErrorCode)error); }
