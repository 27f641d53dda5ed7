// The only file that sees the system's ICU headers. See include/cicu.h for the contract.
#include "cicu.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>
#include <unicode/uclean.h>

static int32_t fail(UErrorCode status) { return -(int32_t)status; }

// ---- Break iterators, reused per thread ----
//
// Opening a break iterator loads and instantiates ICU's rules for the locale (tens of microseconds);
// setting a new text on an open one costs next to nothing. Each thread therefore keeps the iterators it
// opened, by kind and locale id, in a small cache that is freed when the thread ends. A break iterator is
// not thread-safe, and no iterator is ever seen by two threads: the cache is thread-local.

#define CICU_BREAK_SLOTS 8
#define CICU_LOCALE_MAX 64

typedef struct {
    int kind;
    char locale[CICU_LOCALE_MAX];
    UBreakIterator *iterator;
} cicu_break_slot;

typedef struct {
    cicu_break_slot slots[CICU_BREAK_SLOTS];
    int count;
    int victim;   // the next slot to reuse when all are taken (round robin)
} cicu_break_cache;

static pthread_key_t cicu_break_key;
static pthread_once_t cicu_break_once = PTHREAD_ONCE_INIT;
static int cicu_break_key_ok = 0;

static void cicu_break_cache_free(void *p) {
    cicu_break_cache *cache = (cicu_break_cache *)p;
    if (cache == NULL) return;
    for (int i = 0; i < cache->count; i++) ubrk_close(cache->slots[i].iterator);
    free(cache);
}

static void cicu_break_make_key(void) {
    cicu_break_key_ok = pthread_key_create(&cicu_break_key, cicu_break_cache_free) == 0;
}

/// The calling thread's iterator for (kind, locale), opened on first use. `*owned` is set when the
/// iterator could not be cached (no thread-local storage, a locale id longer than the slot): the caller
/// closes it after use.
static UBreakIterator *cicu_break_iterator(cicu_break_kind kind, const char *locale, int *owned, UErrorCode *status) {
    *owned = 0;
    pthread_once(&cicu_break_once, cicu_break_make_key);
    cicu_break_cache *cache = NULL;
    size_t length = strlen(locale);
    if (cicu_break_key_ok && length < CICU_LOCALE_MAX) {
        cache = (cicu_break_cache *)pthread_getspecific(cicu_break_key);
        if (cache == NULL) {
            cache = (cicu_break_cache *)calloc(1, sizeof(cicu_break_cache));
            if (cache != NULL && pthread_setspecific(cicu_break_key, cache) != 0) { free(cache); cache = NULL; }
        }
    }
    if (cache != NULL) {
        for (int i = 0; i < cache->count; i++) {
            cicu_break_slot *slot = &cache->slots[i];
            if (slot->kind == (int)kind && strcmp(slot->locale, locale) == 0) return slot->iterator;
        }
    }
    UBreakIterator *it = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, status);
    if (U_FAILURE(*status)) return NULL;
    if (cache == NULL) { *owned = 1; return it; }
    cicu_break_slot *slot;
    if (cache->count < CICU_BREAK_SLOTS) {
        slot = &cache->slots[cache->count++];
    } else {
        slot = &cache->slots[cache->victim];
        cache->victim = (cache->victim + 1) % CICU_BREAK_SLOTS;
        ubrk_close(slot->iterator);
    }
    slot->kind = (int)kind;
    memcpy(slot->locale, locale, length + 1);
    slot->iterator = it;
    return it;
}

/* Walks an iterator whose text is set: writes up to `capacity` boundaries (UTF-16 offsets, the text's
   start excluded) and, when `statuses` is not NULL, each boundary's rule status (word statuses reduced to
   the cicu_word_status classes). Returns the number of boundaries, which may exceed `capacity`. */
static int32_t collect_boundaries(UBreakIterator *it, cicu_break_kind kind,
                                  int32_t *boundaries, int32_t *statuses, int32_t capacity) {
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
    return count;
}

int32_t cicu_boundaries(cicu_break_kind kind, const char *locale,
                        const uint16_t *text, int32_t length,
                        int32_t *boundaries, int32_t *statuses, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int owned = 0;
    UBreakIterator *it = cicu_break_iterator(kind, locale, &owned, &status);
    if (it == NULL) return fail(U_FAILURE(status) ? status : U_MEMORY_ALLOCATION_ERROR);
    ubrk_setText(it, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) {
        if (owned) ubrk_close(it);
        return fail(status);
    }
    int32_t count = collect_boundaries(it, kind, boundaries, statuses, capacity);
    if (owned) {
        ubrk_close(it);
    } else {
        // Let go of the caller's buffer: the cached iterator must not point into freed memory.
        static const UChar empty[1] = {0};
        UErrorCode ignored = U_ZERO_ERROR;
        ubrk_setText(it, empty, 0, &ignored);
    }
    return count;
}

int32_t cicu_boundaries_uncached(cicu_break_kind kind, const char *locale,
                        const uint16_t *text, int32_t length,
                        int32_t *boundaries, int32_t *statuses, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open((UBreakIteratorType)kind, locale, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return fail(status);
    int32_t count = collect_boundaries(it, kind, boundaries, statuses, capacity);
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

// ---- Binary properties ----

int cicu_has_binary_property(int32_t c, cicu_binary_property property) {
    return u_hasBinaryProperty((UChar32)c, (UProperty)property) ? 1 : 0;
}
