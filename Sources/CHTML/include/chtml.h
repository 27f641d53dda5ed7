/* CHTML: seed header, replaced by the bridge's API. */
#ifndef CHTML_SEED_H
#define CHTML_SEED_H
#endif
