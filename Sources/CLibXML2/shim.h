// The slice of libxml2 that Regiokaart uses: the HTML parser and the tree API. Only the types:
// the library itself is opened when the first page is parsed (LibXML2Library.swift), so the
// module links nothing.
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

#endif
