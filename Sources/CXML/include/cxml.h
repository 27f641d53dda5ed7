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

/// libxml2's code (xmlParserErrors) and domain (xmlErrorDomain) of the first error, 0 when none, and the
/// code's parameters (xmlError.int1, str1, str2; NULL when absent), whose meaning depends on the code:
/// CXML_ERR_TAG_NAME_MISMATCH: str1 the open element, int1 the line it opened on (0 unknown), str2 the end
/// tag's name; CXML_ERR_TAG_NOT_FINISHED and CXML_ERR_GT_REQUIRED (an unclosed start tag): str1 the
/// element, int1 its line; CXML_ERR_UNDECLARED_ENTITY: str1 the entity; CXML_ERR_ATTRIBUTE_REDEFINED and
/// CXML_ERR_ATTRIBUTE_WITHOUT_VALUE: str1 the attribute; CXML_ERR_UNSUPPORTED_ENCODING: str1 the encoding;
/// CXML_ERR_UNKNOWN_VERSION: str1 the version; CXML_NS_ERR_UNDEFINED_NAMESPACE: str1 the prefix, str2 the
/// element; CXML_ERR_INVALID_CHAR: int1 the character (0 when unknown), or str1 `Bytes: 0x…` for bytes
/// that are not the document's encoding.
int cxml_reader_error_code(cxml_reader *reader);
int cxml_reader_error_domain(cxml_reader *reader);
int cxml_reader_error_int1(cxml_reader *reader);
const char *cxml_reader_error_str1(cxml_reader *reader);
const char *cxml_reader_error_str2(cxml_reader *reader);
/// At most CXML_ERROR_CONTEXT_BYTES bytes of input just before the parser's position at the first error
/// (may start inside a UTF-8 character); "" when unknown. Tells apart the constructs one code covers
/// (CXML_ERR_NAME_REQUIRED after `&`, after `<`, or among attributes).
enum { CXML_ERROR_CONTEXT_BYTES = 32 };
const char *cxml_reader_error_context(cxml_reader *reader);
/// 1 when the first error came while the parser had read nothing but the XML declaration.
int cxml_reader_error_in_declaration(cxml_reader *reader);

/// The libxml2 error domains and codes (xmlerror.h) the Swift layer words; cxml.c checks every value
/// against the installed libxml2 headers at compile time.
enum { CXML_DOMAIN_PARSER = 1, CXML_DOMAIN_NAMESPACE = 3 };
enum {
    CXML_ERR_DOCUMENT_EMPTY = 4, CXML_ERR_DOCUMENT_END = 5, CXML_ERR_INVALID_HEX_CHARREF = 6,
    CXML_ERR_INVALID_DEC_CHARREF = 7, CXML_ERR_INVALID_CHARREF = 8, CXML_ERR_INVALID_CHAR = 9,
    CXML_ERR_ENTITYREF_SEMICOL_MISSING = 23, CXML_ERR_UNDECLARED_ENTITY = 26, CXML_ERR_UNSUPPORTED_ENCODING = 32,
    CXML_ERR_STRING_NOT_STARTED = 33, CXML_ERR_STRING_NOT_CLOSED = 34, CXML_ERR_LT_IN_ATTRIBUTE = 38,
    CXML_ERR_ATTRIBUTE_NOT_STARTED = 39, CXML_ERR_ATTRIBUTE_NOT_FINISHED = 40, CXML_ERR_ATTRIBUTE_WITHOUT_VALUE = 41,
    CXML_ERR_ATTRIBUTE_REDEFINED = 42, CXML_ERR_COMMENT_NOT_FINISHED = 45, CXML_ERR_PI_NOT_STARTED = 46,
    CXML_ERR_PI_NOT_FINISHED = 47, CXML_ERR_XMLDECL_NOT_STARTED = 56, CXML_ERR_XMLDECL_NOT_FINISHED = 57,
    CXML_ERR_MISPLACED_CDATA_END = 62, CXML_ERR_CDATA_NOT_FINISHED = 63, CXML_ERR_RESERVED_XML_NAME = 64,
    CXML_ERR_SPACE_REQUIRED = 65, CXML_ERR_NAME_REQUIRED = 68, CXML_ERR_GT_REQUIRED = 73, CXML_ERR_LTSLASH_REQUIRED = 74,
    CXML_ERR_TAG_NAME_MISMATCH = 76, CXML_ERR_TAG_NOT_FINISHED = 77, CXML_ERR_ENCODING_NAME = 79,
    CXML_ERR_HYPHEN_IN_COMMENT = 80, CXML_ERR_INVALID_ENCODING = 81, CXML_ERR_ENTITY_LOOP = 89,
    CXML_ERR_VERSION_MISSING = 96, CXML_ERR_UNKNOWN_VERSION = 108, CXML_NS_ERR_UNDEFINED_NAMESPACE = 201
};

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
