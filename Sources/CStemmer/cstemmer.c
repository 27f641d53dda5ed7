// CStemmer: run-time binding to the system's libstemmer (see include/cstemmer.h for the contract).
#define _GNU_SOURCE
#include "cstemmer.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

// Our own prototypes of Snowball's libstemmer API (the image has no libstemmer.h). Snowball's
// sb_symbol is an unsigned char; the stemmer struct is opaque.
struct sb_stemmer;
typedef unsigned char sb_symbol;
typedef struct sb_stemmer *(*sb_new_fn)(const char *algorithm, const char *charenc);
typedef void (*sb_delete_fn)(struct sb_stemmer *stemmer);
typedef const sb_symbol *(*sb_stem_fn)(struct sb_stemmer *stemmer, const sb_symbol *word, int size);
typedef int (*sb_length_fn)(struct sb_stemmer *stemmer);

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static sb_new_fn sb_new;
static sb_delete_fn sb_delete;
static sb_stem_fn sb_stem;
static sb_length_fn sb_length;
static char load_error[512];
static int loaded;

struct cstemmer {
    struct sb_stemmer *inner;
};

static void load_library(void) {
    // Try the runtime name first (what the image has), then the development link.
    const char *names[] = {"libstemmer.so.0d", "libstemmer.so.0", "libstemmer.so"};
    void *handle = NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && handle == NULL; i++) {
        handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    }
    if (handle == NULL) {
        const char *e = dlerror();
        strncpy(load_error, e ? e : "libstemmer.so.0d not found", sizeof load_error - 1);
        return;
    }
    sb_new = (sb_new_fn)dlsym(handle, "sb_stemmer_new");
    sb_delete = (sb_delete_fn)dlsym(handle, "sb_stemmer_delete");
    sb_stem = (sb_stem_fn)dlsym(handle, "sb_stemmer_stem");
    sb_length = (sb_length_fn)dlsym(handle, "sb_stemmer_length");
    if (!sb_new || !sb_delete || !sb_stem || !sb_length) {
        strncpy(load_error, "libstemmer lacks one of sb_stemmer_new/_stem/_length/_delete", sizeof load_error - 1);
        return;
    }
    loaded = 1;
}

int cstemmer_available(void) {
    pthread_once(&load_once, load_library);
    return loaded;
}

const char *cstemmer_load_error(void) {
    pthread_once(&load_once, load_library);
    return loaded ? NULL : load_error;
}

cstemmer *cstemmer_new(const char *algorithm) {
    if (!cstemmer_available() || algorithm == NULL) return NULL;
    struct sb_stemmer *inner = sb_new(algorithm, "UTF_8");
    if (inner == NULL) return NULL;
    cstemmer *s = malloc(sizeof *s);
    if (s == NULL) {
        sb_delete(inner);
        return NULL;
    }
    s->inner = inner;
    return s;
}

void cstemmer_free(cstemmer *stemmer) {
    if (stemmer == NULL) return;
    sb_delete(stemmer->inner);
    free(stemmer);
}

int cstemmer_stem(cstemmer *stemmer, const char *word, int length, char *out, int capacity) {
    if (stemmer == NULL || word == NULL || length < 0) return -1;
    const sb_symbol *stem = sb_stem(stemmer->inner, (const sb_symbol *)word, length);
    if (stem == NULL) return -1;
    int n = sb_length(stemmer->inner);
    if (n <= capacity && out != NULL) memcpy(out, stem, (size_t)n);
    return n;
}
