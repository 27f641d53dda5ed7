/* CStemmer: seed header, replaced by the bridge's API. */
#ifndef CStemmer_SEED_H
#define CStemmer_SEED_H
#endif
