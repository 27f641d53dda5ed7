#!/usr/bin/env python3
"""Compares two Taalgrens SQLite memories column for column, to show that a change to the import (or to
the tokenizer) stores exactly what it stored before.

    scripts/compare-memories.py A.tm B.tm

Compared: the schema (every `sqlite_master` entry but GRDB's own table), every row of `unit` (all columns
but `created` and `changed`, which hold the time of the import unless the file gave one), `variant`
(every column: content, plain, folded, sentence starts, context, text hash, token count, key ids, status),
`term` (id, language, key), `article`, and the `meta` keys other than `uuid`, `created` and
`generation` (a memory's identity, its creation time and its count of write transactions). Rows are
read in primary-key order from both files at once, so memory stays flat at a million units.

Prints one line per table with its row count, and the first differences; exits with status 1 when any
table differs, 2 on bad arguments.
"""
import sqlite3
import sys

TABLES = {
    # table: (columns, order)
    "unit": ("pk, id, article, scope, origin_article, origin_block, origin_position, status, confidence, "
             "properties, notes, content_hash", "pk"),
    "variant": ("id, unit, locale, language, content, plain, folded, sentence_starts, previous, next, "
                "text_hash, token_count, key_ids, status", "id"),
    "term": ("id, language, key", "id"),
    "article": ("id, source", "id"),
    "meta": ("key, value", "key"),
}
META_SKIPPED = ("uuid", "created", "generation")


def schema(db):
    return sorted(db.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name != 'grdb_migrations' "
        "AND name NOT LIKE 'sqlite_autoindex_grdb%'"))


def rows(db, table):
    columns, order = TABLES[table]
    where = ""
    if table == "meta":
        where = " WHERE key NOT IN (%s)" % ",".join("'%s'" % k for k in META_SKIPPED)
    return db.execute("SELECT %s FROM %s%s ORDER BY %s" % (columns, table, where, order))


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    a = sqlite3.connect("file:%s?mode=ro" % argv[1], uri=True)
    b = sqlite3.connect("file:%s?mode=ro" % argv[2], uri=True)
    differing = False
    sa, sb = schema(a), schema(b)
    if sa != sb:
        differing = True
        only_a = [x[:2] for x in sa if x not in sb]
        only_b = [x[:2] for x in sb if x not in sa]
        print("schema: DIFFERS (only in the first: %s; only in the second: %s)" % (only_a, only_b))
    else:
        print("schema: identical (%d entries)" % len(sa))
    for table in TABLES:
        ra, rb = rows(a, table), rows(b, table)
        count, shown, diffs = 0, 0, 0
        while True:
            x, y = ra.fetchone(), rb.fetchone()
            if x is None and y is None:
                break
            count += 1
            if x != y:
                diffs += 1
                if shown < 5:
                    shown += 1
                    print("  %s row %d: %r\n  %s      vs %r" % (table, count, x, " " * len(table), y))
        if diffs:
            differing = True
            print("%s: %d rows, %d DIFFER" % (table, count, diffs))
        else:
            print("%s: %d rows, identical" % (table, count))
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
