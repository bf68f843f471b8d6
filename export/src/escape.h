// Internal to the export module: escaping for the XML (GraphML, GEXF) and CSV (Neo4j) writers.
//
// Every function appends to `out`, so one buffer can be reused for a whole element (no allocation
// per field once it has grown). Text that is not valid UTF-8, and characters XML 1.0 cannot carry
// at all (C0 controls other than tab, newline and carriage return; U+FFFE, U+FFFF), are written as
// U+FFFD: a graph read from graph.json never has them, and an export must stay parseable.
#pragma once

#include <string>
#include <string_view>

namespace actorgraph::exporters::detail {

// `s` for an XML attribute value or text node: & < > " as entities, tab, newline and carriage
// return as character references (attribute-value normalisation would turn them into spaces).
void append_xml(std::string& out, std::string_view s);

// `s` as one RFC 4180 CSV field: quoted when it holds a comma, a quote, a newline or a carriage
// return, or starts or ends with a space (neo4j-admin trims unquoted fields with --trim-strings);
// inner quotes doubled. An empty `s` stays an empty unquoted field (neo4j-admin: no property).
void append_csv(std::string& out, std::string_view s);

// `item` as one element of a ';'-joined array (neo4j-admin's default array delimiter). The format
// has no escape for the delimiter, so a ';' inside an element is written as U+FF1B '；'.
void append_array_element(std::string& out, std::string_view item);

// The items joined with ';' as one CSV field, built in `scratch` (reused across calls).
template <class Range>
void append_csv_array(std::string& out, const Range& items, std::string& scratch) {
  scratch.clear();
  bool first = true;
  for (std::string_view item : items) {
    if (!first) scratch += ';';
    first = false;
    append_array_element(scratch, item);
  }
  append_csv(out, scratch);
}

// `s` with invalid UTF-8 replaced by U+FFFD, or `s` itself when it is valid (no copy then).
std::string_view valid_utf8(std::string_view s, std::string& scratch);

}  // namespace actorgraph::exporters::detail
