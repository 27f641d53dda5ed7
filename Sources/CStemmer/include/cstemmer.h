// CStemmer: a small C API over the system's Snowball stemmers (libstemmer 2.x).
//
// The machine image ships `libstemmer.so.0d` without headers and without the `libstemmer.so`
// development link, so this bridge loads the library at run time with dlopen(3) and declares the
// four Snowball entry points it needs itself (their signatures follow Snowball's published
// `include/libstemmer.h`: sb_stemmer_new, sb_stemmer_stem, sb_stemmer_length, sb_stemmer_delete).
//
// Thread safety: loading the library is done once, guarded by pthread_once, and is safe from any
// thread. A `cstemmer` handle is NOT thread-safe: Snowball keeps its working buffer inside the
// stemmer object, so one handle must be used by one thread at a time (a stemmer per thread, or a
// lock around every call). The Swift wrapper `Stemmer` takes a lock.
//
// Text is UTF-8 bytes; lengths count bytes.
#ifndef CSTEMMER_H
#define CSTEMMER_H

#ifdef __cplusplus
extern "C" {
#endif

/// An open Snowball stemmer for one language (opaque).
typedef struct cstemmer cstemmer;

/// Whether libstemmer could be loaded. Loads it on first call (thread-safe).
/// Returns 1 when the library and its four entry points are available, 0 otherwise.
int cstemmer_available(void);

/// Why loading failed (dlerror's text), or NULL when the library is loaded.
const char *cstemmer_load_error(void);

/// Opens a stemmer for a Snowball algorithm name ("dutch", "french", "english", …) working on UTF-8.
/// Returns NULL when the library is unavailable or Snowball has no such algorithm.
cstemmer *cstemmer_new(const char *algorithm);

/// Closes a stemmer. Accepts NULL.
void cstemmer_free(cstemmer *stemmer);

/// Stems one word (UTF-8, `length` bytes; Snowball expects lower-case input).
/// Copies the stem into `out` when it fits in `capacity` bytes (no terminating NUL is written).
/// Returns the stem's length in bytes (when larger than `capacity`, call again with a larger buffer),
/// or -1 when Snowball ran out of memory.
/// Not thread-safe for one handle (see above).
int cstemmer_stem(cstemmer *stemmer, const char *word, int length, char *out, int capacity);

#ifdef __cplusplus
}
#endif

#endif
