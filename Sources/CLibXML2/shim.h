// The libxml2 headers the C bridges use; see module.modulemap for why no Swift file imports this module.
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/HTMLparser.h>
