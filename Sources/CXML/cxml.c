// The only file that sees libxml2's headers. See include/cxml.h for the contract.
#include "cxml.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>

struct cxml_reader {
    xmlTextReaderPtr reader;
    char *copy;  // the document bytes for memory readers: libxml2 does not copy them
    char *error;
    int error_line;
    int error_column;
    int error_kind;        // CXML_ERROR_*
    char *error_elements;  // open elements (truncated) or the root (extra content), space-separated
    int error_code;        // xmlError.code (xmlParserErrors), error_domain its xmlErrorDomain
    int error_domain;
    int error_int1;        // xmlError.int1, str1, str2: the code's parameters (copies)
    char *error_str1;
    char *error_str2;
    char error_context[CXML_ERROR_CONTEXT_BYTES + 1];  // the input bytes just before the parser's position
    int error_in_declaration;  // the parser had read nothing but (part of) the XML declaration
    long total_bytes;      // the input's size in bytes, or -1 when unknown
};

static const int READER_OPTIONS = XML_PARSE_NONET | XML_PARSE_NOXINCNODE | XML_PARSE_COMPACT;

// Whether the parser stopped at the end of the input: everything after its position is whitespace and
// nothing is left to read from the file.
static int at_end_of_input(struct cxml_reader *r, xmlParserCtxtPtr ctxt) {
    if (ctxt->input == NULL || ctxt->input->cur == NULL || ctxt->input->end == NULL) return 0;
    for (const xmlChar *p = ctxt->input->cur; p < ctxt->input->end; p++) {
        if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\n') return 0;
    }
    if (r->total_bytes < 0) return 1;
    long consumed = xmlByteConsumed(ctxt);
    return consumed < 0 || consumed + (long)(ctxt->input->end - ctxt->input->cur) >= r->total_bytes;
}

// Classifies the first error from the parser's state, so the Swift layer can say what is wrong in words:
// libxml2 reports a document that ends inside an element, and an empty one, as "Extra content at the end
// of the document" (XML_ERR_DOCUMENT_END) or as whatever construct the input stopped in.
static void classify(struct cxml_reader *r, xmlErrorPtr error) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)error->ctxt;
    if (ctxt == NULL || error->domain != XML_FROM_PARSER) return;
    int depth = ctxt->nameNr;
    xmlNodePtr root = ctxt->myDoc ? xmlDocGetRootElement(ctxt->myDoc) : NULL;
    const char *only = NULL;
    // Inside an element, "extra content" is the unparsable rest of a cut document (an incomplete tag,
    // half a UTF-8 character); any other error counts only when the parser stopped at the very end.
    if (depth > 0 && (error->code == XML_ERR_DOCUMENT_END
                      || (error->code != XML_ERR_TAG_NAME_MISMATCH && at_end_of_input(r, ctxt)))) {
        r->error_kind = CXML_ERROR_TRUNCATED;
    } else if (depth == 0 && root == NULL && (error->code == XML_ERR_DOCUMENT_END || error->code == XML_ERR_DOCUMENT_EMPTY)
               && at_end_of_input(r, ctxt)) {
        r->error_kind = CXML_ERROR_EMPTY;
        return;
    } else if (depth == 0 && root != NULL && error->code == XML_ERR_DOCUMENT_END) {
        r->error_kind = CXML_ERROR_EXTRA_CONTENT;
        only = (const char *)root->name;
    } else {
        return;
    }
    size_t length = 1;
    if (only) length += strlen(only);
    else for (int i = 0; i < depth; i++) length += strlen((const char *)ctxt->nameTab[i]) + 1;
    r->error_elements = (char *)calloc(length, 1);
    if (r->error_elements == NULL) return;
    if (only) { strcpy(r->error_elements, only); return; }
    for (int i = 0; i < depth; i++) {
        if (i > 0) strcat(r->error_elements, " ");
        strcat(r->error_elements, (const char *)ctxt->nameTab[i]);
    }
}

// The codes of cxml.h are libxml2's (xmlerror.h): the compiler checks each against the installed headers.
_Static_assert(CXML_DOMAIN_PARSER == XML_FROM_PARSER && CXML_DOMAIN_NAMESPACE == XML_FROM_NAMESPACE, "libxml2 domains");
_Static_assert(CXML_ERR_DOCUMENT_EMPTY == XML_ERR_DOCUMENT_EMPTY && CXML_ERR_DOCUMENT_END == XML_ERR_DOCUMENT_END
               && CXML_ERR_INVALID_HEX_CHARREF == XML_ERR_INVALID_HEX_CHARREF
               && CXML_ERR_INVALID_DEC_CHARREF == XML_ERR_INVALID_DEC_CHARREF
               && CXML_ERR_INVALID_CHARREF == XML_ERR_INVALID_CHARREF && CXML_ERR_INVALID_CHAR == XML_ERR_INVALID_CHAR
               && CXML_ERR_ENTITYREF_SEMICOL_MISSING == XML_ERR_ENTITYREF_SEMICOL_MISSING
               && CXML_ERR_UNDECLARED_ENTITY == XML_ERR_UNDECLARED_ENTITY
               && CXML_ERR_UNSUPPORTED_ENCODING == XML_ERR_UNSUPPORTED_ENCODING
               && CXML_ERR_STRING_NOT_STARTED == XML_ERR_STRING_NOT_STARTED
               && CXML_ERR_STRING_NOT_CLOSED == XML_ERR_STRING_NOT_CLOSED
               && CXML_ERR_LT_IN_ATTRIBUTE == XML_ERR_LT_IN_ATTRIBUTE
               && CXML_ERR_ATTRIBUTE_NOT_STARTED == XML_ERR_ATTRIBUTE_NOT_STARTED
               && CXML_ERR_ATTRIBUTE_NOT_FINISHED == XML_ERR_ATTRIBUTE_NOT_FINISHED
               && CXML_ERR_ATTRIBUTE_WITHOUT_VALUE == XML_ERR_ATTRIBUTE_WITHOUT_VALUE
               && CXML_ERR_ATTRIBUTE_REDEFINED == XML_ERR_ATTRIBUTE_REDEFINED
               && CXML_ERR_COMMENT_NOT_FINISHED == XML_ERR_COMMENT_NOT_FINISHED
               && CXML_ERR_PI_NOT_STARTED == XML_ERR_PI_NOT_STARTED && CXML_ERR_PI_NOT_FINISHED == XML_ERR_PI_NOT_FINISHED
               && CXML_ERR_XMLDECL_NOT_STARTED == XML_ERR_XMLDECL_NOT_STARTED
               && CXML_ERR_XMLDECL_NOT_FINISHED == XML_ERR_XMLDECL_NOT_FINISHED
               && CXML_ERR_MISPLACED_CDATA_END == XML_ERR_MISPLACED_CDATA_END
               && CXML_ERR_CDATA_NOT_FINISHED == XML_ERR_CDATA_NOT_FINISHED
               && CXML_ERR_RESERVED_XML_NAME == XML_ERR_RESERVED_XML_NAME && CXML_ERR_SPACE_REQUIRED == XML_ERR_SPACE_REQUIRED
               && CXML_ERR_NAME_REQUIRED == XML_ERR_NAME_REQUIRED && CXML_ERR_GT_REQUIRED == XML_ERR_GT_REQUIRED
               && CXML_ERR_LTSLASH_REQUIRED == XML_ERR_LTSLASH_REQUIRED
               && CXML_ERR_TAG_NAME_MISMATCH == XML_ERR_TAG_NAME_MISMATCH
               && CXML_ERR_TAG_NOT_FINISHED == XML_ERR_TAG_NOT_FINISHED && CXML_ERR_ENCODING_NAME == XML_ERR_ENCODING_NAME
               && CXML_ERR_HYPHEN_IN_COMMENT == XML_ERR_HYPHEN_IN_COMMENT
               && CXML_ERR_INVALID_ENCODING == XML_ERR_INVALID_ENCODING && CXML_ERR_ENTITY_LOOP == XML_ERR_ENTITY_LOOP
               && CXML_ERR_VERSION_MISSING == XML_ERR_VERSION_MISSING && CXML_ERR_UNKNOWN_VERSION == XML_ERR_UNKNOWN_VERSION
               && CXML_NS_ERR_UNDEFINED_NAMESPACE == XML_NS_ERR_UNDEFINED_NAMESPACE, "libxml2 error codes");

// Keeps what the error says beyond its message: the code and its parameters, the input just before the
// parser's position and whether the parser was still in the XML declaration (XML_PARSER_START).
static void keep_details(struct cxml_reader *r, xmlErrorPtr error) {
    r->error_code = error->code;
    r->error_domain = error->domain;
    r->error_int1 = error->int1;
    r->error_str1 = error->str1 ? strdup(error->str1) : NULL;
    r->error_str2 = error->str2 ? strdup(error->str2) : NULL;
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)error->ctxt;
    if (ctxt == NULL || (error->domain != XML_FROM_PARSER && error->domain != XML_FROM_NAMESPACE)) return;
    r->error_in_declaration = ctxt->instate == XML_PARSER_START;
    if (ctxt->input == NULL || ctxt->input->cur == NULL || ctxt->input->base == NULL) return;
    size_t available = (size_t)(ctxt->input->cur - ctxt->input->base);
    size_t n = available < CXML_ERROR_CONTEXT_BYTES ? available : CXML_ERROR_CONTEXT_BYTES;
    memcpy(r->error_context, ctxt->input->cur - n, n);
    r->error_context[n] = 0;
}

static void on_error(void *context, xmlErrorPtr error) {
    struct cxml_reader *r = (struct cxml_reader *)context;
    if (r->error != NULL || error == NULL) return;
    if (error->level < XML_ERR_ERROR) return;  // warnings are not failures
    const char *msg = error->message ? error->message : "malformed XML";
    size_t n = strlen(msg);
    while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' ')) n--;
    r->error = (char *)malloc(n + 1);
    if (r->error) { memcpy(r->error, msg, n); r->error[n] = 0; }
    r->error_line = error->line;
    r->error_column = error->int2;
    keep_details(r, error);
    classify(r, error);
}

static cxml_reader *wrap(xmlTextReaderPtr reader) {
    if (reader == NULL) return NULL;
    cxml_reader *r = (cxml_reader *)calloc(1, sizeof(cxml_reader));
    if (r == NULL) { xmlFreeTextReader(reader); return NULL; }
    r->reader = reader;
    r->total_bytes = -1;
    xmlTextReaderSetStructuredErrorHandler(reader, on_error, r);
    return r;
}

/* The labels the WHATWG Encoding Standard ("Legacy single-byte encodings", the windows-1252 row) reads as
   windows-1252, other than that name itself: ISO-8859-1 and US-ASCII under their aliases. */
static const char *const latin1_labels[] = {
    "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
    "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "x-cp1252", NULL,
};

/* An encoding to force instead of the declaration's, or NULL. Looks only at the first bytes and the XML
   declaration.
   - UTF-16 without a byte-order mark or declaration is named (utf16_without_mark).
   - A document whose first bytes are 8-bit (a UTF-8 byte-order mark, or "<?xml" in single bytes) cannot be
     UTF-16 whatever its declaration says, yet .NET-based exporters write encoding="utf-16" into UTF-8
     files: read those as UTF-8 (XML 1.0 Appendix F: the bytes, not the label, decide).
   - A declaration of ISO-8859-1 or US-ASCII (any alias in latin1_labels) is read as windows-1252, as the
     WHATWG Encoding Standard reads these labels: older Windows tools declare ISO-8859-1 and write the
     Windows code page, whose bytes 0x80-0x9F are the euro sign, curly quotes and dashes; under ISO-8859-1
     they would be C1 control characters, never meant in a text. Every other byte means the same in both. */
/* "UTF-16LE" or "UTF-16BE" for a document in UTF-16 with neither a byte-order mark nor an XML declaration,
   else NULL. XML 1.0 (4.3.3) requires the mark of such a document, and libxml2 detects UTF-16 without it
   only from "<?" (Appendix F.1), so a file whose declaration a script dropped and an editor re-saved as
   "Unicode" read as malformed UTF-8 (fifteenth trial, finding 12). The bytes tell it: the first 32 code
   units (or all of a shorter head) are ASCII with a zero high byte, and the first one that is not XML
   white space is "<". A single-byte or UTF-8 document never has a NUL there. */
static const char *utf16_without_mark(const unsigned char *head, size_t n) {
    size_t units = n / 2 < 32 ? n / 2 : 32;
    if (units < 2) return NULL;
    for (int little = 1; little >= 0; little--) {
        int ok = 1, seen_markup = 0;
        for (size_t i = 0; i < units && ok; i++) {
            unsigned char low = little ? head[2 * i] : head[2 * i + 1], high = little ? head[2 * i + 1] : head[2 * i];
            if (high != 0 || low == 0 || low >= 0x80) { ok = 0; break; }
            if (!seen_markup) {
                if (low == '<') seen_markup = 1;
                else if (low != ' ' && low != '\t' && low != '\r' && low != '\n') ok = 0;
            }
        }
        if (ok && seen_markup) return little ? "UTF-16LE" : "UTF-16BE";
    }
    return NULL;
}

static const char *encoding_override(const unsigned char *head, size_t n) {
    const char *utf16 = utf16_without_mark(head, n);
    if (utf16 != NULL) return utf16;
    size_t start = 0;
    if (n >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF) start = 3;
    if (n < start + 5 || memcmp(head + start, "<?xml", 5) != 0) return NULL;
    size_t end = n;
    for (size_t i = start; i + 1 < n; i++) {
        if (head[i] == '?' && head[i + 1] == '>') { end = i; break; }
    }
    for (size_t i = start; i + 6 <= end; i++) {
        if (strncasecmp((const char *)head + i, "utf-16", 6) == 0) return "UTF-8";
    }
    for (size_t i = start; i + 8 <= end; i++) {
        if (strncmp((const char *)head + i, "encoding", 8) != 0) continue;
        size_t j = i + 8;
        while (j < end && (head[j] == ' ' || head[j] == '\t' || head[j] == '\r' || head[j] == '\n')) j++;
        if (j >= end || head[j] != '=') return NULL;
        j++;
        while (j < end && (head[j] == ' ' || head[j] == '\t' || head[j] == '\r' || head[j] == '\n')) j++;
        if (j >= end || (head[j] != '"' && head[j] != '\'')) return NULL;
        unsigned char quote = head[j++];
        size_t value = j;
        while (j < end && head[j] != quote) j++;
        size_t length = j - value;
        for (const char *const *label = latin1_labels; *label != NULL; label++) {
            if (strlen(*label) == length && strncasecmp((const char *)head + value, *label, length) == 0) return "windows-1252";
        }
        return NULL;
    }
    return NULL;
}

/* Whether bytes hold one of the five bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D):
   a document with one cannot be read as windows-1252 (the converter stops there), so it stays ISO-8859-1. */
static int has_undefined_cp1252(const unsigned char *bytes, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char b = bytes[i];
        if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) return 1;
    }
    return 0;
}

/* The parser options for a forced encoding: libxml2 switches to the declaration's encoding when it reads
   it (all but UTF-16), so a forced windows-1252 also tells it to ignore the declaration. */
static int options_for(const char *encoding) {
    if (encoding != NULL && strcmp(encoding, "windows-1252") == 0) return READER_OPTIONS | XML_PARSE_IGNORE_ENC;
    return READER_OPTIONS;
}

cxml_reader *cxml_reader_open(const char *bytes, int32_t length, const char *url) {
    // xmlReaderForMemory does not copy: keep our own copy alive with the reader.
    char *copy = (char *)malloc(length > 0 ? (size_t)length : 1);
    if (copy == NULL) return NULL;
    if (length > 0) memcpy(copy, bytes, (size_t)length);
    const char *encoding = encoding_override((const unsigned char *)copy, length > 256 ? 256 : (size_t)(length > 0 ? length : 0));
    if (encoding != NULL && strcmp(encoding, "windows-1252") == 0 && has_undefined_cp1252((const unsigned char *)copy, (size_t)length)) encoding = NULL;
    cxml_reader *r = wrap(xmlReaderForMemory(copy, length, url, encoding, options_for(encoding)));
    if (r == NULL) { free(copy); return NULL; }
    r->copy = copy;
    r->total_bytes = length;
    return r;
}

cxml_reader *cxml_reader_open_file(const char *path) {
    unsigned char head[256];
    size_t n = 0;
    FILE *f = fopen(path, "rb");
    if (f != NULL) { n = fread(head, 1, sizeof head, f); fclose(f); }
    const char *encoding = encoding_override(head, n);
    if (encoding != NULL && strcmp(encoding, "windows-1252") == 0) {
        // One pass over the file for the bytes windows-1252 lacks (constant memory).
        FILE *scan = fopen(path, "rb");
        unsigned char chunk[65536];
        size_t got;
        while (scan != NULL && (got = fread(chunk, 1, sizeof chunk, scan)) > 0) {
            if (has_undefined_cp1252(chunk, got)) { encoding = NULL; break; }
        }
        if (scan != NULL) fclose(scan);
    }
    cxml_reader *r = wrap(xmlReaderForFile(path, encoding, options_for(encoding)));
    struct stat info;
    if (r != NULL && stat(path, &info) == 0 && S_ISREG(info.st_mode)) r->total_bytes = (long)info.st_size;
    return r;
}

void cxml_reader_free(cxml_reader *r) {
    if (r == NULL) return;
    xmlFreeTextReader(r->reader);
    free(r->copy);
    free(r->error);
    free(r->error_elements);
    free(r->error_str1);
    free(r->error_str2);
    free(r);
}

int cxml_reader_read(cxml_reader *r) {
    int rc = xmlTextReaderRead(r->reader);
    if (rc < 0 && r->error == NULL) {
        r->error = strdup("malformed XML");
        r->error_line = xmlTextReaderGetParserLineNumber(r->reader);
        r->error_column = xmlTextReaderGetParserColumnNumber(r->reader);
    }
    if (r->error != NULL) return -1;
    return rc;
}

int cxml_reader_node_type(cxml_reader *r) { return xmlTextReaderNodeType(r->reader); }
const char *cxml_reader_name(cxml_reader *r) { return (const char *)xmlTextReaderConstName(r->reader); }
const char *cxml_reader_local_name(cxml_reader *r) { return (const char *)xmlTextReaderConstLocalName(r->reader); }
const char *cxml_reader_namespace(cxml_reader *r) { return (const char *)xmlTextReaderConstNamespaceUri(r->reader); }
const char *cxml_reader_value(cxml_reader *r) { return (const char *)xmlTextReaderConstValue(r->reader); }
int cxml_reader_is_empty(cxml_reader *r) { return xmlTextReaderIsEmptyElement(r->reader) == 1; }
int cxml_reader_depth(cxml_reader *r) { return xmlTextReaderDepth(r->reader); }
int cxml_reader_attribute_count(cxml_reader *r) { return xmlTextReaderAttributeCount(r->reader); }
int cxml_reader_move_to_attribute(cxml_reader *r, int index) { return xmlTextReaderMoveToAttributeNo(r->reader, index) == 1; }
int cxml_reader_move_to_element(cxml_reader *r) { return xmlTextReaderMoveToElement(r->reader) == 1; }
// The line libxml2 recorded on the current node when it built it (the parser's own line runs ahead of
// the node: it reads in chunks), or on its nearest ancestor that has one (entity reference nodes have
// none). Node lines saturate at 65535; 0 means "use the parser's line".
static long node_line(cxml_reader *r) {
    for (xmlNodePtr node = xmlTextReaderCurrentNode(r->reader); node != NULL; node = node->parent) {
        if (node->type == XML_DOCUMENT_NODE) break;
        long line = xmlGetLineNo(node);
        if (line >= 65535) return 0;
        if (line > 0) return line;
    }
    return 0;
}

int cxml_reader_line(cxml_reader *r) {
    long line = node_line(r);
    return line > 0 ? (int)line : xmlTextReaderGetParserLineNumber(r->reader);
}

// The parser's column, only when the parser is still on the current node's line; else 0 (unknown).
int cxml_reader_column(cxml_reader *r) {
    long line = node_line(r);
    if (line > 0 && line != xmlTextReaderGetParserLineNumber(r->reader)) return 0;
    return xmlTextReaderGetParserColumnNumber(r->reader);
}
const char *cxml_reader_error_message(cxml_reader *r) { return r->error; }
int cxml_reader_error_line(cxml_reader *r) { return r->error_line; }
int cxml_reader_error_column(cxml_reader *r) { return r->error_column; }
int cxml_reader_error_kind(cxml_reader *r) { return r->error_kind; }
const char *cxml_reader_error_elements(cxml_reader *r) { return r->error_elements; }
int cxml_reader_error_code(cxml_reader *r) { return r->error_code; }
int cxml_reader_error_domain(cxml_reader *r) { return r->error_domain; }
int cxml_reader_error_int1(cxml_reader *r) { return r->error_int1; }
const char *cxml_reader_error_str1(cxml_reader *r) { return r->error_str1; }
const char *cxml_reader_error_str2(cxml_reader *r) { return r->error_str2; }
const char *cxml_reader_error_context(cxml_reader *r) { return r->error_context; }
int cxml_reader_error_in_declaration(cxml_reader *r) { return r->error_in_declaration; }

struct cxml_writer {
    xmlBufferPtr buffer;
    xmlTextWriterPtr writer;
    int finished;
    char *taken;  // the bytes handed out by the last cxml_writer_take
};

cxml_writer *cxml_writer_new(int indent) {
    cxml_writer *w = (cxml_writer *)calloc(1, sizeof(cxml_writer));
    if (w == NULL) return NULL;
    w->buffer = xmlBufferCreate();
    w->writer = xmlNewTextWriterMemory(w->buffer, 0);
    if (w->writer == NULL) { xmlBufferFree(w->buffer); free(w); return NULL; }
    if (indent) { xmlTextWriterSetIndent(w->writer, 1); xmlTextWriterSetIndentString(w->writer, BAD_CAST "  "); }
    xmlTextWriterStartDocument(w->writer, "1.0", "UTF-8", NULL);
    return w;
}

int cxml_writer_start_element(cxml_writer *w, const char *name) { return xmlTextWriterStartElement(w->writer, BAD_CAST name); }
int cxml_writer_attribute(cxml_writer *w, const char *name, const char *value) { return xmlTextWriterWriteAttribute(w->writer, BAD_CAST name, BAD_CAST value); }
int cxml_writer_text(cxml_writer *w, const char *text) { return xmlTextWriterWriteString(w->writer, BAD_CAST text); }
int cxml_writer_end_element(cxml_writer *w) { return xmlTextWriterEndElement(w->writer); }
int cxml_writer_doctype(cxml_writer *w, const char *name, const char *system_id) { return xmlTextWriterWriteDTD(w->writer, BAD_CAST name, NULL, BAD_CAST system_id, NULL); }
int cxml_writer_comment(cxml_writer *w, const char *text) { return xmlTextWriterWriteComment(w->writer, BAD_CAST text); }

const char *cxml_writer_finish(cxml_writer *w, int32_t *length) {
    if (!w->finished) {
        xmlTextWriterEndDocument(w->writer);
        xmlTextWriterFlush(w->writer);
        w->finished = 1;
    }
    *length = (int32_t)xmlBufferLength(w->buffer);
    return (const char *)xmlBufferContent(w->buffer);
}

const char *cxml_writer_take(cxml_writer *w, int32_t *length) {
    if (!w->finished) xmlTextWriterFlush(w->writer);
    int n = xmlBufferLength(w->buffer);
    free(w->taken);
    w->taken = (char *)malloc(n > 0 ? (size_t)n : 1);
    if (w->taken == NULL) { *length = 0; return NULL; }
    if (n > 0) memcpy(w->taken, xmlBufferContent(w->buffer), (size_t)n);
    xmlBufferEmpty(w->buffer);
    *length = (int32_t)n;
    return w->taken;
}

void cxml_writer_free(cxml_writer *w) {
    if (w == NULL) return;
    free(w->taken);
    xmlFreeTextWriter(w->writer);
    xmlBufferFree(w->buffer);
    free(w);
}
