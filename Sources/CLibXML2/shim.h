// The slice of libxml2 that Regiokaart uses: the HTML parser and the tree API.
#ifndef REGIOKAART_CLIBXML2_SHIM_H
#define REGIOKAART_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU, so <libxml/encoding.h> includes the system's
// <unicode/ucnv.h>, whose ICU types clash with the ICU copy inside Swift's Foundation
// ("'U_…' from module '_FoundationICU' is not present in definition of 'enum UErrorCode'").
// Nothing here uses ICU: hiding it only drops two trailing pointer fields from
// xmlCharEncodingHandler, a struct Regiokaart never allocates or reads.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

// `xmlFree` is a global function-pointer variable in libxml2; Swift 6 refuses to read
// mutable C globals from concurrent code, so it is called through this inline function.
static inline void regiokaart_xmlFree(void *p) { xmlFree(p); }

#endif
