// CHTML: a small C API over libxml2's HTML parser (htmlReadMemory), so that Swift can build its own light
// DOM of an HTML page. libxml2's headers stay inside chtml.c: they pull in system ICU headers
// (<unicode/ucnv.h>), which clash with Foundation's own ICU when Swift imports both.
//
// Ownership: a chtml_document owns its whole tree. Every node pointer and every `const char *` returned
// by a getter points into that tree and stays valid until chtml_free(); nothing needs freeing apart from
// the document itself and the strings returned by chtml_attribute_value() (free those with chtml_string_free()).
// All strings are UTF-8 and NUL-terminated.
#ifndef CHTML_H
#define CHTML_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A parsed HTML document (opaque).
typedef struct chtml_document chtml_document;
/// A node of a parsed document (opaque): an element, a run of text, a comment, …
typedef struct chtml_node chtml_node;
/// An attribute of an element node (opaque).
typedef struct chtml_attribute chtml_attribute;

/// Node types, with libxml2's xmlElementType values for the ones Swift needs to tell apart.
typedef enum {
    CHTML_OTHER = 0,     // document type, processing instruction, entity reference, …
    CHTML_ELEMENT = 1,
    CHTML_TEXT = 3,
    CHTML_CDATA = 4,
    CHTML_COMMENT = 8
} chtml_node_type;

/// Parses `length` bytes of HTML from memory with libxml2's HTML parser (htmlReadMemory) and the
/// options HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER |
/// HTML_PARSE_IGNORE_ENC: no network access, no messages on stderr, recovery from malformed markup, and
/// the bytes are always read as UTF-8 (a `<meta charset>` inside the page cannot switch the encoding; the
/// caller has already decoded the file). Character and entity references (`&nbsp;`, `&eacute;`, `&#233;`)
/// come out as characters. Element and attribute names come out in lower case.
/// `url` names the input for libxml2 (may be NULL). Returns NULL when libxml2 cannot build a document
/// (for example for empty input).
/// When libxml2 halted before the end of the input (an error it does not recover from, such as elements
/// nested more than 256 deep, its default limit), the document holds only what was read before:
/// `*stopped_line` is then the 1-based line where it stopped and `stopped_message` (`message_size` bytes,
/// NUL-terminated, its first line only) libxml2's message; otherwise `*stopped_line` is 0. Either pointer
/// may be NULL.
chtml_document *chtml_parse(const char *bytes, size_t length, const char *url,
                            long *stopped_line, char *stopped_message, size_t message_size);

/// Frees a document and its whole tree.
void chtml_free(chtml_document *document);

/// The root element (normally <html>), or NULL for a document without elements.
const chtml_node *chtml_root(const chtml_document *document);

/// The node's type.
chtml_node_type chtml_type(const chtml_node *node);

/// The element's name (lower case, for example "p"), or NULL for nodes that are not elements.
const char *chtml_name(const chtml_node *node);

/// The content of a text, CDATA or comment node, or NULL for other nodes.
const char *chtml_content(const chtml_node *node);

/// The first child of a node, or NULL.
const chtml_node *chtml_first_child(const chtml_node *node);

/// The next sibling of a node, or NULL.
const chtml_node *chtml_next_sibling(const chtml_node *node);

/// The 1-based line of the input where libxml2 saw the node start (0 when unknown). Lines above 65535
/// are reported as libxml2 knows them (it keeps the exact line for text nodes through xmlGetLineNo).
long chtml_line(const chtml_node *node);

/// The first attribute of an element, or NULL (also for nodes that are not elements).
const chtml_attribute *chtml_first_attribute(const chtml_node *node);

/// The next attribute, or NULL.
const chtml_attribute *chtml_next_attribute(const chtml_attribute *attribute);

/// The attribute's name (lower case).
const char *chtml_attribute_name(const chtml_attribute *attribute);

/// The attribute's value with references resolved, as a newly allocated string (free it with
/// chtml_string_free), or NULL for an attribute without a value.
char *chtml_attribute_value(const chtml_attribute *attribute);

/// Frees a string returned by chtml_attribute_value.
void chtml_string_free(char *string);

/// The version of libxml2 the bridge runs against, for example "20914".
const char *chtml_libxml_version(void);

#ifdef __cplusplus
}
#endif
#endif
