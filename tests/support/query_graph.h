// A fixed graph for the query tests (met, timeline, ego, path, rank, actors), built node by node so
// every id, date and evidence is known. tests/cli/fixtures/query_graph.json is this graph written by
// exporters::write_graph_json, for the CLI tests.
//
// Putin met al-Sharaa (e1, reported by d1 and d2; again in e13) and Belousov (e3); al-Sharaa met
// Abu Qasra (e2) and Belousov met Abu Qasra (e4): from Putin to Abu Qasra, the shortest chains go
// through al-Sharaa or through Belousov. Role edges (e5-e8) tie each person to a state or ministry;
// e9 is a call, e10 a visit, e11 a statement loop, e12 an undated meeting of two others, e14 an
// undated planned visit. Damascus and Pedersen take part in no event (Damascus is only a place).
//
//   id   type            source          target          date        place
//   e1   meeting         Putin           al-Sharaa       2025-10-15  Moscow    d1, d2
//   e2   meeting         al-Sharaa       Abu Qasra       2025-11-02  Damascus  d3
//   e3   meeting         Putin           Belousov        2025-09-10  Moscow    d1
//   e4   meeting         Belousov        Abu Qasra       2025-11-20~ Moscow    d4 (document date)
//   e5   holds_role      Putin           Russia          2025-10-15            d1
//   e6   holds_role      Belousov        RU MoD          2025-09-10            d1
//   e7   holds_role      Abu Qasra       SY MoD          2025-11-02            d3
//   e8   holds_role      al-Sharaa       Syria           2025-10-15            d2
//   e9   call            al-Sharaa       Putin           2025-12-01            d4
//   e10  visit           al-Sharaa       Moscow          2025-10-15            d2
//   e11  statement       Putin           Putin           2025-10-16            d2
//   e12  meeting         al-Shaibani     Lavrov          -           Moscow    d3
//   e13  meeting         al-Sharaa       Putin           2026-01-20            d4
//   e14  planned_visit   Putin           Damascus        -                     d4
#pragma once

#include <string>
#include <utility>

#include "actorgraph/graph/actor_graph.h"

namespace actorgraph::testing {

inline graph::ActorGraph query_graph() {
  graph::ActorGraph g;
  auto doc = [&](std::string id, std::string url, Date date) {
    Document d;
    d.id = std::move(id);
    d.url = std::move(url);
    d.date = date;
    d.lang = "ar";
    g.insert_document(std::move(d));
  };
  doc("d1", "https://www.aljazeera.net/news/1", Date{2025, 10, 16});
  doc("d2", "https://sana.sy/2", Date{2025, 10, 16});
  doc("d3", "", Date{2025, 11, 3});
  doc("d4", "https://tass.ru/4", Date{2026, 1, 21});

  auto node = [&](std::string id, EntityType type, std::string en, std::string ar, std::vector<std::string> aliases,
                  std::string country = "") {
    graph::NodeProps n;
    n.id = std::move(id);
    n.type = type;
    n.label = en;
    n.name_en = std::move(en);
    n.name_ar = std::move(ar);
    n.aliases = std::move(aliases);
    n.country = std::move(country);
    return g.insert_node(std::move(n));
  };
  using T = EntityType;
  const auto putin = node("person/vladimir-putin", T::person, "Vladimir Putin", "فلاديمير بوتين", {"بوتين"}, "state/RU");
  const auto sharaa = node("person/ahmed-al-sharaa", T::person, "Ahmed al-Sharaa", "أحمد الشرع", {"الشرع"}, "state/SY");
  const auto qasra = node("person/murhaf-abu-qasra", T::person, "Murhaf Abu Qasra", "مرهف أبو قصرة", {"أبو قصرة"}, "state/SY");
  const auto belousov = node("person/andrei-belousov", T::person, "Andrei Belousov", "أندريه بيلوسوف", {"بيلوسوف"}, "state/RU");
  const auto shaibani = node("person/asaad-al-shaibani", T::person, "Asaad al-Shaibani", "أسعد الشيباني", {"الشيباني"}, "state/SY");
  const auto lavrov = node("person/sergey-lavrov", T::person, "Sergey Lavrov", "سيرغي لافروف", {"لافروف"}, "state/RU");
  node("person/geir-pedersen", T::person, "Geir Pedersen", "غير بيدرسن", {"بيدرسن"});
  const auto ru = node("state/RU", T::state, "Russia", "روسيا", {});
  const auto sy = node("state/SY", T::state, "Syria", "سوريا", {});
  const auto ru_mod = node("org/ru-ministry-of-defence", T::organization, "Ministry of Defence (Russia)", "وزارة الدفاع الروسية", {});
  const auto sy_mod = node("org/sy-ministry-of-defence", T::organization, "Ministry of Defence (Syria)", "وزارة الدفاع السورية", {});
  node("org/hts", T::organization, "Hay'at Tahrir al-Sham", "هيئة تحرير الشام", {"الهيئة"});
  const auto moscow = node("location/moscow", T::location, "Moscow", "موسكو", {});
  const auto damascus = node("location/damascus", T::location, "Damascus", "دمشق", {});

  auto edge = [&](graph::Vertex s, graph::Vertex t, std::string type, std::optional<Date> date, DatePrecision p,
                  std::string place, std::vector<std::string> docs) {
    graph::EdgeProps e;
    e.id = "e" + std::to_string(g.num_edges() + 1);
    e.type = std::move(type);
    e.date = date;
    e.precision = p;
    e.place = std::move(place);
    uint32_t start = 0;
    for (std::string& d : docs) {
      e.evidence.push_back(Evidence{std::move(d), "جملة الحدث " + e.id, start, start + 15});
      start += 20;
    }
    g.insert_edge(s, t, std::move(e));
  };
  using P = DatePrecision;
  edge(putin, sharaa, "meeting", Date{2025, 10, 15}, P::day, "location/moscow", {"d1", "d2"});
  edge(sharaa, qasra, "meeting", Date{2025, 11, 2}, P::day, "location/damascus", {"d3"});
  edge(putin, belousov, "meeting", Date{2025, 9, 10}, P::day, "location/moscow", {"d1"});
  edge(belousov, qasra, "meeting", Date{2025, 11, 20}, P::document, "location/moscow", {"d4"});
  edge(putin, ru, "holds_role", Date{2025, 10, 15}, P::document, "", {"d1"});
  edge(belousov, ru_mod, "holds_role", Date{2025, 9, 10}, P::document, "", {"d1"});
  edge(qasra, sy_mod, "holds_role", Date{2025, 11, 2}, P::document, "", {"d3"});
  edge(sharaa, sy, "holds_role", Date{2025, 10, 15}, P::document, "", {"d2"});
  edge(sharaa, putin, "call", Date{2025, 12, 1}, P::day, "", {"d4"});
  edge(sharaa, moscow, "visit", Date{2025, 10, 15}, P::day, "", {"d2"});
  edge(putin, putin, "statement", Date{2025, 10, 16}, P::document, "", {"d2"});
  edge(shaibani, lavrov, "meeting", std::nullopt, P::document, "location/moscow", {"d3"});
  edge(sharaa, putin, "meeting", Date{2026, 1, 20}, P::day, "", {"d4"});
  edge(putin, damascus, "planned_visit", std::nullopt, P::document, "", {"d4"});
  return g;
}

}  // namespace actorgraph::testing
