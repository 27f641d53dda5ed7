// A small C API over libxml2's streaming reader (xmlTextReader) and writer (xmlTextWriter).
// libxml2's headers stay inside cxml.c: they include system ICU headers, which clash with Foundation's
// ICU when Swift imports both.
//
// Safety: the reader never loads a DTD, never resolves entities and never touches the network
// (XML_PARSE_NONET without XML_PARSE_NOENT / XML_PARSE_DTDLOAD). Entity references other than the five
// predefined ones and character references come back as CXML_NODE_ENTITY_REFERENCE nodes, which the
// Swift layer rejects.
#ifndef CXML_H
#define CXML_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cxml_reader cxml_reader;

/// Node types, as libxml2's xmlReaderTypes.
enum {
    CXML_NODE_ELEMENT = 1, CXML_NODE_ATTRIBUTE = 2, CXML_NODE_TEXT = 3, CXML_NODE_CDATA = 4,
    CXML_NODE_ENTITY_REFERENCE = 5, CXML_NODE_PROCESSING_INSTRUCTION = 7, CXML_NODE_COMMENT = 8,
    CXML_NODE_DOCUMENT_TYPE = 10, CXML_NODE_WHITESPACE = 13, CXML_NODE_SIGNIFICANT_WHITESPACE = 14,
    CXML_NODE_END_ELEMENT = 15
};

/// Opens a reader over `length` bytes at `bytes` (copied: the caller may free them). `url` names the
/// document in messages. The encoding is detected from the BOM and the XML declaration (UTF-8, UTF-16).
cxml_reader *cxml_reader_open(const char *bytes, int32_t length, const char *url);
/// Opens a reader that streams the file at `path` (constant memory).
cxml_reader *cxml_reader_open_file(const char *path);
void cxml_reader_free(cxml_reader *reader);

/// Advances to the next node: 1 a node, 0 end of document, -1 error (see cxml_reader_error_*).
int cxml_reader_read(cxml_reader *reader);
int cxml_reader_node_type(cxml_reader *reader);
/// Qualified name of the node (`xml:lang`, `tu`). Valid until the next call on the reader.
const char *cxml_reader_name(cxml_reader *reader);
/// Local name and namespace URI (NULL when none). Valid until the next call on the reader.
const char *cxml_reader_local_name(cxml_reader *reader);
const char *cxml_reader_namespace(cxml_reader *reader);
/// Text value of a text, CDATA, whitespace, comment or attribute node. Valid until the next call.
const char *cxml_reader_value(cxml_reader *reader);
/// 1 when the current element is empty (`<ph/>`), else 0.
int cxml_reader_is_empty(cxml_reader *reader);
int cxml_reader_depth(cxml_reader *reader);
int cxml_reader_attribute_count(cxml_reader *reader);
/// Moves to attribute `index` (then name/value describe it): 1 on success.
int cxml_reader_move_to_attribute(cxml_reader *reader, int index);
int cxml_reader_move_to_element(cxml_reader *reader);
/// 1-based line of the current node (as recorded when the node was built; the parser may have read
/// ahead), and the parser's 1-based column (bytes) when it is still on that line, else 0 (unknown).
int cxml_reader_line(cxml_reader *reader);
int cxml_reader_column(cxml_reader *reader);
/// The first error seen (message without trailing newline, 1-based line and column), or NULL / 0.
const char *cxml_reader_error_message(cxml_reader *reader);
int cxml_reader_error_line(cxml_reader *reader);
int cxml_reader_error_column(cxml_reader *reader);

/// What the first error means, when libxml2's state tells: the document ends inside an element
/// (CXML_ERROR_TRUNCATED), it has no root element (CXML_ERROR_EMPTY), or something follows the root
/// element (CXML_ERROR_EXTRA_CONTENT); CXML_ERROR_OTHER for every other error, or none.
enum { CXML_ERROR_OTHER = 0, CXML_ERROR_TRUNCATED = 1, CXML_ERROR_EMPTY = 2, CXML_ERROR_EXTRA_CONTENT = 3 };
int cxml_reader_error_kind(cxml_reader *reader);
/// For CXML_ERROR_TRUNCATED the elements still open, outermost first, separated by spaces (`tmx body tu`);
/// for CXML_ERROR_EXTRA_CONTENT the root element's name; else NULL.
const char *cxml_reader_error_elements(cxml_reader *reader);

typedef struct cxml_writer cxml_writer;

/// A writer into memory, UTF-8, with `<?xml version="1.0" encoding="UTF-8"?>`. `indent` != 0 indents
/// element-only content (mixed content is never re-indented).
cxml_writer *cxml_writer_new(int indent);
int cxml_writer_start_element(cxml_writer *w, const char *name);
int cxml_writer_attribute(cxml_writer *w, const char *name, const char *value);
/// Writes text, escaping `<`, `&`, `>` (and in attributes quotes) as XML 1.0 requires.
int cxml_writer_text(cxml_writer *w, const char *text);
int cxml_writer_end_element(cxml_writer *w);
/// Writes a `<!DOCTYPE name SYSTEM "system_id">` declaration; call before the root element.
int cxml_writer_doctype(cxml_writer *w, const char *name, const char *system_id);
int cxml_writer_comment(cxml_writer *w, const char *text);
/// Flushes the writer and moves the bytes written so far (since the last take) into a buffer owned by the
/// writer, valid until the next call on the writer; the writer's own buffer is emptied. For streaming
/// large documents to a file in constant memory.
const char *cxml_writer_take(cxml_writer *w, int32_t *length);
/// Closes all open elements and returns the document bytes (owned by the writer, valid until free).
const char *cxml_writer_finish(cxml_writer *w, int32_t *length);
void cxml_writer_free(cxml_writer *w);

#ifdef __cplusplus
}
#endif
#endif
