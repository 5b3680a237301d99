/* lib_xml.h - libxml2, loaded when a command first reads or writes XML
 * (libload.c): the .docx reader and writer and the HTML tables of a
 * Markdown import. Include it instead of <libxml/...>.
 *
 * libxml2 brings in ICU and the C++ runtime, which the dynamic linker
 * loaded and bound (BIND_NOW) at the start of every khgen, a third of a
 * small plan's `khgen check`, which never reads XML. Each function khgen
 * calls is named below; a call such as xmlReadMemory(...) goes through the
 * table lib_xml() fills with dlopen and dlsym on its first use. A function
 * newly called must be added to LIB_XML_FUNCS and given its #define. */
#ifndef KHGEN_LIB_XML_H
#define KHGEN_LIB_XML_H

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#define LIB_XML_FUNCS(X)                                                                      \
    X(htmlCtxtReadMemory) X(htmlFreeParserCtxt) X(htmlNewParserCtxt) X(xmlAddChild)           \
    X(xmlCopyNode) X(xmlDocGetRootElement) X(xmlFree) X(xmlFreeDoc) X(xmlFreeNode)            \
    X(xmlGetLastError) X(xmlNewNode) X(xmlNodeGetContent) X(xmlReadMemory)

/* The functions (and xmlFree, a variable holding a function: its address). */
typedef struct LibXml {
#define LIB_XML_MEMBER(f) __typeof__(f) *f;
    LIB_XML_FUNCS(LIB_XML_MEMBER)
#undef LIB_XML_MEMBER
} LibXml;

/* The table, libxml2 loaded on the first call; if it cannot be loaded,
 * says so on stderr and exits with status 3 (as when memory runs out). */
const LibXml *lib_xml(void);

#ifndef LIB_NO_REDIRECT
#define htmlCtxtReadMemory (lib_xml()->htmlCtxtReadMemory)
#define htmlFreeParserCtxt (lib_xml()->htmlFreeParserCtxt)
#define htmlNewParserCtxt (lib_xml()->htmlNewParserCtxt)
#define xmlAddChild (lib_xml()->xmlAddChild)
#define xmlCopyNode (lib_xml()->xmlCopyNode)
#define xmlDocGetRootElement (lib_xml()->xmlDocGetRootElement)
#define xmlFree (*lib_xml()->xmlFree)
#define xmlFreeDoc (lib_xml()->xmlFreeDoc)
#define xmlFreeNode (lib_xml()->xmlFreeNode)
#define xmlGetLastError (lib_xml()->xmlGetLastError)
#define xmlNewNode (lib_xml()->xmlNewNode)
#define xmlNodeGetContent (lib_xml()->xmlNodeGetContent)
#define xmlReadMemory (lib_xml()->xmlReadMemory)
#endif

#endif
