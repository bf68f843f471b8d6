// A graph whose text is hard to escape, shared by the export tests (GraphML, GEXF, Cytoscape,
// Neo4j): the small fixed graph (test_graph.h) plus one article whose actor, alias, quote and
// sentence hold XML/CSV/JSON metacharacters, a newline, a tab, a ';', Arabic and an emoji, and
// whose statement is a loop (source = target), as statements about nobody else are.
#pragma once

#include "support/test_graph.h"

namespace actorgraph::testing {

inline const char* kHardLabel = "Smith & Sons <\"Ltd\">\nشركة";
inline const char* kHardAlias = "سميث; أبناؤه, \"المحدودة\"";
inline const char* kHardSentence = "قال \"سميث\" <اليوم> & أضاف:\n\tسطر; ثانٍ, 🇸🇾 ثالث.";
inline const char* kHardQuote = "a \"quote\", with\nlines; and \\ backslash";

inline graph::ActorGraph hard_text_graph() {
  graph::ActorGraph g = small_graph();
  EntityRecord smith = make_entity("org/smith", EntityType::organization, kHardLabel, "سميث", {kHardAlias});
  smith.country = "state/RU";
  ArticleResult c;
  c.document.id = "c1";
  c.document.date = Date{2025, 11, 2};
  c.document.text = kHardSentence;
  c.entities = {smith};
  Event said = make_event("statement", "org/smith", "org/smith", Date{2025, 11, 2}, DatePrecision::document,
                          Evidence{"c1", kHardSentence, 0, 47});
  said.attributes["quote"] = kHardQuote;
  c.events = {said};
  g.add(c);
  return g;
}

}  // namespace actorgraph::testing
