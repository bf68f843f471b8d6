// A small fixed graph shared by the graph, query and export tests: two articles reporting one meeting, a statement,
// a role and two parallel visits.
#pragma once

#include "actorgraph/graph/actor_graph.h"

namespace actorgraph::testing {

inline EntityRecord make_entity(std::string id, EntityType type, std::string en, std::string ar,
                                std::vector<std::string> aliases) {
  EntityRecord e;
  e.id = std::move(id);
  e.type = type;
  e.label = en;
  e.name_en = std::move(en);
  e.name_ar = std::move(ar);
  e.aliases = std::move(aliases);
  return e;
}

inline Event make_event(std::string type, std::string s, std::string t, std::optional<Date> d, DatePrecision p,
                        Evidence ev) {
  Event e;
  e.type = std::move(type);
  e.source = std::move(s);
  e.target = std::move(t);
  e.date = d;
  e.precision = p;
  e.evidence = std::move(ev);
  return e;
}

// Sentences are written for these tests. The emoji (outside the BMP) sits before the names so
// that offsets in bytes or UTF-16 units would differ from the code-point offsets kept here.
inline const char* kSentenceA = "🇸🇾 التقى الرئيس أحمد الشرع نظيره فلاديمير بوتين في موسكو.";
inline const char* kSentenceB = "وبحث بوتين مع الشرع العلاقات بين البلدين.";

inline std::vector<ArticleResult> small_articles() {
  EntityRecord putin = make_entity("person/vladimir-putin", EntityType::person, "Vladimir Putin", "فلاديمير بوتين",
                                   {"فلاديمير بوتين", "بوتين"});
  putin.roles.push_back(Role{"President", "الرئيس الروسي", "state/RU", Date{2012, 5, 7}, std::nullopt, false, ""});
  putin.country = "state/RU";
  EntityRecord sharaa = make_entity("person/ahmed-al-sharaa", EntityType::person, "Ahmed al-Sharaa", "أحمد الشرع",
                                    {"أحمد الشرع", "الشرع"});
  EntityRecord moscow = make_entity("place/moscow", EntityType::location, "Moscow", "موسكو", {"موسكو"});
  EntityRecord russia = make_entity("state/RU", EntityType::state, "Russia", "روسيا", {});
  EntityRecord syria = make_entity("state/SY", EntityType::state, "Syria", "سوريا", {});
  EntityRecord rt = make_entity("media/rt", EntityType::media, "RT", "روسيا اليوم", {"روسيا اليوم"});
  EntityRecord hmeimim = make_entity("base/hmeimim", EntityType::military_base, "Hmeimim Air Base", "قاعدة حميميم", {});
  EntityRecord mod = make_entity("org/ru-ministry-of-defence", EntityType::organization, "Ministry of Defence (Russia)",
                                 "وزارة الدفاع الروسية", {});

  ArticleResult a;
  a.document.id = "a1";
  a.document.url = "https://example.org/a1";
  a.document.date = Date{2025, 10, 16};
  a.document.lang = "ar";
  a.document.title = "لقاء في موسكو";
  a.document.text = std::string(kSentenceA) + " " + kSentenceB;
  a.entities = {sharaa, putin, moscow, russia, syria, rt, hmeimim, mod};
  a.mentions = {Mention{16, 26, "أحمد الشرع", EntityType::person, "person/ahmed-al-sharaa"}};
  Event meet = make_event("meeting", "person/ahmed-al-sharaa", "person/vladimir-putin", Date{2025, 10, 15},
                          DatePrecision::day, Evidence{"a1", kSentenceA, 0, 57});
  meet.place = "place/moscow";
  meet.attributes["host"] = "person/vladimir-putin";
  Event said = make_event("statement", "person/vladimir-putin", "state/SY", Date{2025, 10, 16}, DatePrecision::document,
                          Evidence{"a1", kSentenceB, 58, 99});
  said.attributes["quote"] = "العلاقات بين البلدين \"متينة\" \\ قوية";
  said.attributes["via"] = "media/rt";
  Event operates = make_event("operates", "state/RU", "base/hmeimim", std::nullopt, DatePrecision::document,
                              Evidence{"a1", kSentenceB, 58, 99});
  Event visit1 = make_event("visit", "person/ahmed-al-sharaa", "place/moscow", Date{2025, 10, 15}, DatePrecision::day,
                            Evidence{"a1", kSentenceA, 0, 57});
  Event visit2 = make_event("visit", "person/ahmed-al-sharaa", "place/moscow", Date{2025, 1, 30}, DatePrecision::day,
                            Evidence{"a1", kSentenceA, 0, 57});
  a.events = {meet, said, operates, visit1, visit2};

  ArticleResult b;
  b.document.id = "b1";
  b.document.date = Date{2025, 10, 17};
  b.document.text = kSentenceB;
  b.entities = {putin, sharaa};
  Event meet2 = make_event("meeting", "person/vladimir-putin", "person/ahmed-al-sharaa", Date{2025, 10, 15},
                           DatePrecision::day, Evidence{"b1", kSentenceB, 0, 41});
  b.events = {meet2};
  return {a, b};
}

inline graph::ActorGraph small_graph() {
  graph::ActorGraph g;
  for (const ArticleResult& r : small_articles()) g.add(r);
  return g;
}

}  // namespace actorgraph::testing
