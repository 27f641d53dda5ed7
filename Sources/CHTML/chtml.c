// CHTML: see include/chtml.h. The opaque CHTML types are libxml2's own structures, cast at this boundary.
#include "chtml.h"

#include <stdlib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlversion.h>

#define DOC(d) ((htmlDocPtr)(d))
#define NODE(n) ((xmlNodePtr)(n))
#define ATTR(a) ((xmlAttrPtr)(a))

chtml_document *chtml_parse(const char *bytes, size_t length, const char *url,
                             long *stopped_line, char *stopped_message, size_t message_size) {
    if (stopped_line != NULL) *stopped_line = 0;
    if (stopped_message != NULL && message_size > 0) stopped_message[0] = 0;
    if (bytes == NULL || length == 0 || length > (size_t)INT32_MAX) return NULL;
    int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER
        | HTML_PARSE_IGNORE_ENC;
    htmlParserCtxtPtr context = htmlNewParserCtxt();
    if (context == NULL) return NULL;
    htmlDocPtr doc = htmlCtxtReadMemory(context, bytes, (int)length, url, "UTF-8", options);
    // libxml2 halts the parser (disableSAX) on the errors it cannot recover from, such as more nested
    // elements than its limit: the tree then ends where the parser stopped, and the caller must say so
    // rather than read a shortened page.
    if (context->disableSAX != 0 && stopped_line != NULL) {
        xmlErrorPtr error = xmlCtxtGetLastError(context);
        long line = (error != NULL && error->line > 0) ? error->line : 1;
        *stopped_line = line;
        if (stopped_message != NULL && message_size > 0 && error != NULL && error->message != NULL) {
            size_t n = 0;
            while (error->message[n] != 0 && error->message[n] != '\n' && n + 1 < message_size) {
                stopped_message[n] = error->message[n];
                n++;
            }
            stopped_message[n] = 0;
        }
    }
    htmlFreeParserCtxt(context);
    return (chtml_document *)doc;
}

void chtml_free(chtml_document *document) {
    if (document != NULL) xmlFreeDoc(DOC(document));
}

const chtml_node *chtml_root(const chtml_document *document) {
    if (document == NULL) return NULL;
    return (const chtml_node *)xmlDocGetRootElement(DOC(document));
}

chtml_node_type chtml_type(const chtml_node *node) {
    if (node == NULL) return CHTML_OTHER;
    switch (NODE(node)->type) {
    case XML_ELEMENT_NODE: return CHTML_ELEMENT;
    case XML_TEXT_NODE: return CHTML_TEXT;
    case XML_CDATA_SECTION_NODE: return CHTML_CDATA;
    case XML_COMMENT_NODE: return CHTML_COMMENT;
    default: return CHTML_OTHER;
    }
}

const char *chtml_name(const chtml_node *node) {
    if (node == NULL || NODE(node)->type != XML_ELEMENT_NODE) return NULL;
    return (const char *)NODE(node)->name;
}

const char *chtml_content(const chtml_node *node) {
    if (node == NULL) return NULL;
    switch (NODE(node)->type) {
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
    case XML_COMMENT_NODE:
        return NODE(node)->content != NULL ? (const char *)NODE(node)->content : "";
    default:
        return NULL;
    }
}

const chtml_node *chtml_first_child(const chtml_node *node) {
    if (node == NULL) return NULL;
    return (const chtml_node *)NODE(node)->children;
}

const chtml_node *chtml_next_sibling(const chtml_node *node) {
    if (node == NULL) return NULL;
    return (const chtml_node *)NODE(node)->next;
}

long chtml_line(const chtml_node *node) {
    if (node == NULL) return 0;
    long line = xmlGetLineNo(NODE(node));
    return line < 0 ? 0 : line;
}

const chtml_attribute *chtml_first_attribute(const chtml_node *node) {
    if (node == NULL || NODE(node)->type != XML_ELEMENT_NODE) return NULL;
    return (const chtml_attribute *)NODE(node)->properties;
}

const chtml_attribute *chtml_next_attribute(const chtml_attribute *attribute) {
    if (attribute == NULL) return NULL;
    return (const chtml_attribute *)ATTR(attribute)->next;
}

const char *chtml_attribute_name(const chtml_attribute *attribute) {
    if (attribute == NULL) return NULL;
    return (const char *)ATTR(attribute)->name;
}

char *chtml_attribute_value(const chtml_attribute *attribute) {
    if (attribute == NULL || ATTR(attribute)->children == NULL) return NULL;
    xmlChar *value = xmlNodeListGetString(ATTR(attribute)->doc, ATTR(attribute)->children, 1);
    if (value == NULL) return NULL;
    // Hand the caller memory from the C allocator so that chtml_string_free does not depend on
    // libxml2's allocator hooks.
    size_t n = 0;
    while (value[n] != 0) n++;
    char *copy = malloc(n + 1);
    if (copy != NULL) {
        for (size_t i = 0; i <= n; i++) copy[i] = (char)value[i];
    }
    xmlFree(value);
    return copy;
}

void chtml_string_free(char *string) {
    free(string);
}

const char *chtml_libxml_version(void) {
    return xmlParserVersion;
}
