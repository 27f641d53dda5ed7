// A small C API over the system's ICU 72. ICU's own headers stay inside cicu.c: Foundation on Linux
// ships its own ICU, whose headers clash with the system's when Swift imports both, and ICU's renaming
// macros (ubrk_open -> ubrk_open_72) cannot be imported by Swift.
//
// All text is UTF-16 (uint16_t code units); all offsets and lengths count UTF-16 code units.
// Functions that fill a caller's buffer return the number of items the full result needs; when that is
// larger than `capacity`, the buffer holds a prefix and the caller calls again with a larger buffer.
// A negative return value is an ICU error code (negated UErrorCode > 0).
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Kinds of boundary analysis, as in ICU's UBreakIteratorType.
typedef enum {
    CICU_BREAK_CHARACTER = 0,
    CICU_BREAK_WORD = 1,
    CICU_BREAK_LINE = 2,
    CICU_BREAK_SENTENCE = 3
} cicu_break_kind;

/// Word-boundary rule status classes (ICU UWordBreak ranges), reported per boundary.
typedef enum {
    CICU_WORD_NONE = 0,    // spaces, punctuation
    CICU_WORD_NUMBER = 1,
    CICU_WORD_LETTER = 2,
    CICU_WORD_KANA = 3,
    CICU_WORD_IDEO = 4
} cicu_word_status;

/// Computes the boundaries of `text` for `locale` (an ICU locale id such as "nl@ss=standard").
/// `boundaries` receives every boundary offset after 0, in increasing order (the last is `length`).
/// `statuses`, when not NULL, receives per boundary the rule status class (cicu_word_status for word
/// breaks; ICU's raw rule status for sentence breaks: 0..99 terminator, 100..199 separator).
/// Returns the number of boundaries, or a negative ICU error code.
/// The break iterator is opened once per thread, kind and locale and reused (ICU's `ubrk_setText`): the
/// calling thread's cache holds up to 8 iterators and is freed when the thread ends. Thread-safe.
int32_t cicu_boundaries(cicu_break_kind kind, const char *locale,
                        const uint16_t *text, int32_t length,
                        int32_t *boundaries, int32_t *statuses, int32_t capacity);

/// As cicu_boundaries, with an iterator opened for this call and closed after it (`ubrk_open` per call):
/// the same boundaries, slower; kept to check the reused iterators against.
int32_t cicu_boundaries_uncached(cicu_break_kind kind, const char *locale,
                                 const uint16_t *text, int32_t length,
                                 int32_t *boundaries, int32_t *statuses, int32_t capacity);

/// Unicode normalization forms.
typedef enum { CICU_NFC = 0, CICU_NFD = 1, CICU_NFKC = 2, CICU_NFKD = 3, CICU_NFKC_CASEFOLD = 4 } cicu_norm_form;

/// Normalizes `text` into `out`. Returns the output length in UTF-16 code units, or a negative error.
int32_t cicu_normalize(cicu_norm_form form, const uint16_t *text, int32_t length,
                       uint16_t *out, int32_t capacity);

/// Full Unicode case folding (default mapping). Returns the output length or a negative error.
int32_t cicu_fold_case(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity);

/// Lower-cases `text` by the rules of `locale`. Returns the output length or a negative error.
int32_t cicu_to_lower(const char *locale, const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity);

/// Upper-cases `text` by the rules of `locale`. Returns the output length or a negative error.
int32_t cicu_to_upper(const char *locale, const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity);

/// Applies the ICU transform `transform_id` (for example "Any-Latin; Latin-ASCII") to `text`.
/// Returns the output length or a negative error (an unknown transform id is an error).
int32_t cicu_transliterate(const char *transform_id, const uint16_t *text, int32_t length,
                           uint16_t *out, int32_t capacity);

/// Unicode binary properties that `cicu_has_binary_property` answers (the values of ICU's UProperty).
typedef enum {
    CICU_EMOJI_PRESENTATION = 58,
    CICU_EMOJI_MODIFIER = 59,
    CICU_EMOJI_COMPONENT = 61,
    CICU_REGIONAL_INDICATOR = 62,
    CICU_EXTENDED_PICTOGRAPHIC = 64
} cicu_binary_property;

/// Whether the code point `c` has the binary property `property` (ICU's `u_hasBinaryProperty`, UTS #51).
int cicu_has_binary_property(int32_t c, cicu_binary_property property);

/// Name of an ICU error code (the positive UErrorCode), for messages.
const char *cicu_error_name(int32_t code);

/// The ICU version this bridge was linked against, for example "72.1".
const char *cicu_version(void);

#ifdef __cplusplus
}
#endif
#endif
