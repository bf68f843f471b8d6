// Small hand-made ArticleResult values shared by the graph tests.
#pragma once

#include <string>
#include <utility>

#include "actorgraph/extract/model.h"

namespace actorgraph::testing {

inline EntityRecord entity(std::string id, EntityType type, std::string label, std::string ar,
                           std::vector<std::string> aliases = {}) {
  EntityRecord e;
  e.id = std::move(id);
  e.type = type;
  e.label = label;
  e.name_en = std::move(label);
  e.name_ar = std::move(ar);
  e.aliases = std::move(aliases);
  return e;
}

inline EntityRecord putin() { return entity("person/vladimir-putin", EntityType::person, "Vladimir Putin", "فلاديمير بوتين", {"بوتين"}); }
inline EntityRecord sharaa() { return entity("person/ahmed-al-sharaa", EntityType::person, "Ahmed al-Sharaa", "أحمد الشرع", {"الشرع"}); }
inline EntityRecord moscow() { return entity("place/moscow", EntityType::location, "Moscow", "موسكو"); }
inline EntityRecord russia() { return entity("state/RU", EntityType::state, "Russia", "روسيا"); }
inline EntityRecord syria() { return entity("state/SY", EntityType::state, "Syria", "سوريا"); }

inline Event event(std::string type, std::string s, std::string t, std::optional<Date> d, DatePrecision p,
                   std::string doc, uint32_t start, uint32_t end, std::string sentence = "جملة") {
  Event e;
  e.type = std::move(type);
  e.source = std::move(s);
  e.target = std::move(t);
  e.date = d;
  e.precision = p;
  e.evidence = Evidence{std::move(doc), std::move(sentence), start, end};
  return e;
}

inline ArticleResult article(std::string id, Date date) {
  ArticleResult r;
  r.document.id = std::move(id);
  r.document.date = date;
  r.document.lang = "ar";
  r.document.text = "نص";
  return r;
}

}  // namespace actorgraph::testing
