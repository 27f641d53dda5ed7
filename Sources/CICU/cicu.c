// The only file that sees the system's ICU headers. See include/cicu.h for the contract.
#include "cicu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>
#include <unicode/uclean.h>

static int32_t fail(UErrorCode status) { return -(int32_t)status; }

int32_t cicu_boundaries(cicu_break_kind kind, const char *locale,
                        const uint16_t *text, int32_t length,
                        int32_t *boundaries, int32_t *statuses, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open((UBreakIteratorType)kind, locale, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return fail(status);
    int32_t count = 0;
    int32_t pos = ubrk_first(it);
    while ((pos = ubrk_next(it)) != UBRK_DONE) {
        if (count < capacity) {
            boundaries[count] = pos;
            if (statuses != NULL) {
                int32_t rule = ubrk_getRuleStatus(it);
                if (kind == CICU_BREAK_WORD) {
                    if (rule < UBRK_WORD_NONE_LIMIT) statuses[count] = CICU_WORD_NONE;
                    else if (rule < UBRK_WORD_NUMBER_LIMIT) statuses[count] = CICU_WORD_NUMBER;
                    else if (rule < UBRK_WORD_LETTER_LIMIT) statuses[count] = CICU_WORD_LETTER;
                    else if (rule < UBRK_WORD_KANA_LIMIT) statuses[count] = CICU_WORD_KANA;
                    else statuses[count] = CICU_WORD_IDEO;
                } else {
                    statuses[count] = rule;
                }
            }
        }
        count++;
    }
    ubrk_close(it);
    return count;
}

int32_t cicu_normalize(cicu_norm_form form, const uint16_t *text, int32_t length,
                       uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = NULL;
    switch (form) {
    case CICU_NFC: n = unorm2_getNFCInstance(&status); break;
    case CICU_NFD: n = unorm2_getNFDInstance(&status); break;
    case CICU_NFKC: n = unorm2_getNFKCInstance(&status); break;
    case CICU_NFKD: n = unorm2_getNFKDInstance(&status); break;
    case CICU_NFKC_CASEFOLD: n = unorm2_getNFKCCasefoldInstance(&status); break;
    }
    if (U_FAILURE(status)) return fail(status);
    int32_t len = unorm2_normalize(n, (const UChar *)text, length, (UChar *)out, capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return len;
    if (U_FAILURE(status)) return fail(status);
    return len;
}

int32_t cicu_fold_case(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t len = u_strFoldCase((UChar *)out, capacity, (const UChar *)text, length, U_FOLD_CASE_DEFAULT, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return len;
    if (U_FAILURE(status)) return fail(status);
    return len;
}

int32_t cicu_to_lower(const char *locale, const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t len = u_strToLower((UChar *)out, capacity, (const UChar *)text, length, locale, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return len;
    if (U_FAILURE(status)) return fail(status);
    return len;
}

int32_t cicu_to_upper(const char *locale, const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t len = u_strToUpper((UChar *)out, capacity, (const UChar *)text, length, locale, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return len;
    if (U_FAILURE(status)) return fail(status);
    return len;
}

int32_t cicu_transliterate(const char *transform_id, const uint16_t *text, int32_t length,
                           uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UChar id[256];
    u_uastrncpy(id, transform_id, 255);
    id[255] = 0;
    UTransliterator *t = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status)) return fail(status);
    // utrans_transUChars works in place: copy into a buffer big enough for growth, retrying if needed.
    int32_t work = length * 4 + 16;
    UChar *buffer = (UChar *)malloc(sizeof(UChar) * (size_t)work);
    if (buffer == NULL) { utrans_close(t); return fail(U_MEMORY_ALLOCATION_ERROR); }
    for (;;) {
        memcpy(buffer, text, sizeof(UChar) * (size_t)length);
        int32_t textLength = length, limit = length;
        status = U_ZERO_ERROR;
        utrans_transUChars(t, buffer, &textLength, work, 0, &limit, &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            work = textLength + 16;
            UChar *bigger = (UChar *)realloc(buffer, sizeof(UChar) * (size_t)work);
            if (bigger == NULL) { free(buffer); utrans_close(t); return fail(U_MEMORY_ALLOCATION_ERROR); }
            buffer = bigger;
            continue;
        }
        if (U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING) {
            free(buffer); utrans_close(t); return fail(status);
        }
        int32_t copy = textLength < capacity ? textLength : capacity;
        memcpy(out, buffer, sizeof(UChar) * (size_t)copy);
        free(buffer);
        utrans_close(t);
        return textLength;
    }
}

const char *cicu_error_name(int32_t code) { return u_errorName((UErrorCode)code); }

const char *cicu_version(void) { return U_ICU_VERSION; }
