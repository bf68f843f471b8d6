#include "actorgraph/graph/query.h"

#include <gtest/gtest.h>

#include <boost/range/iterator_range.hpp>

#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "support/query_graph.h"
#include "test_articles.h"

namespace actorgraph::graph {
namespace {

using namespace actorgraph::testing;
using P = DatePrecision;

// al-Sharaa met Putin in Moscow (2025-10-15, two reports); the Syrian and Russian defence ministers
// met on 2025-11-20; Putin and al-Sharaa also had an undated planned meeting and a call, which are
// not meetings.
ActorGraph fixture() {
  ActorGraph g;
  EntityRecord abu_qasra = entity("person/murhaf-abu-qasra", EntityType::person, "Murhaf Abu Qasra", "مرهف أبو قصرة", {"أبو قصرة"});
  EntityRecord belousov = entity("person/andrei-belousov", EntityType::person, "Andrei Belousov", "أندريه بيلوسوف");
  ArticleResult a = article("a1", Date{2025, 11, 20});
  a.entities = {putin(), sharaa(), moscow(), abu_qasra, belousov};
  a.events = {event("meeting", "person/ahmed-al-sharaa", "person/vladimir-putin", Date{2025, 10, 15}, P::day, "a1", 0, 9),
              event("meeting", "person/andrei-belousov", "person/murhaf-abu-qasra", Date{2025, 11, 20}, P::document, "a1", 10, 20),
              event("planned_meeting", "person/ahmed-al-sharaa", "person/vladimir-putin", std::nullopt, P::document, "a1", 21, 30),
              event("call", "person/ahmed-al-sharaa", "person/vladimir-putin", Date{2025, 11, 1}, P::day, "a1", 31, 40)};
  a.events[0].place = "place/moscow";
  ArticleResult b = article("b1", Date{2025, 10, 16});
  b.entities = {putin(), sharaa()};
  b.events = {event("meeting", "person/vladimir-putin", "person/ahmed-al-sharaa", Date{2025, 10, 15}, P::day, "b1", 3, 8)};
  g.add(a);
  g.add(b);
  return g;
}

struct ActorCase {
  const char* query;
  std::vector<std::string> other_ids;  // ids of actor_b, in row order
};
// Short parameter names keep ctest's test list readable.
void PrintTo(const ActorCase& c, std::ostream* os) { *os << c.query; }

class MetByActor : public ::testing::TestWithParam<ActorCase> {};

TEST_P(MetByActor, MatchesArabicAndEnglishNamesAndVariants) {
  const ActorGraph g = fixture();
  MetQuery q;
  q.actor = GetParam().query;
  std::vector<std::string> got;
  for (const MetRow& r : query_met(g, q)) got.push_back(r.actor_b_id);
  EXPECT_EQ(got, GetParam().other_ids) << GetParam().query;
}

INSTANTIATE_TEST_SUITE_P(
    Table, MetByActor,
    ::testing::Values(ActorCase{"بوتين", {"person/ahmed-al-sharaa"}},
                      ActorCase{"فلاديمير بوتين", {"person/ahmed-al-sharaa"}},
                      ActorCase{"بُوتِين", {"person/ahmed-al-sharaa"}},           // diacritics
                      ActorCase{"putin", {"person/ahmed-al-sharaa"}},            // case
                      ActorCase{"VLADIMIR PUTIN", {"person/ahmed-al-sharaa"}},
                      ActorCase{"الشرع", {"person/vladimir-putin"}},              // the matched actor comes first
                      ActorCase{"احمد الشرع", {"person/vladimir-putin"}},         // bare alef for أ
                      ActorCase{"ابو قصره", {"person/andrei-belousov"}},          // ta marbuta, hamza-less alef
                      ActorCase{"Belousov", {"person/murhaf-abu-qasra"}},
                      ActorCase{"Netanyahu", {}},
                      ActorCase{"   ", {}}));

TEST(QueryMet, AllMeetingsSortedByDateWithPlaceAndDocuments) {
  const ActorGraph g = fixture();
  std::vector<MetRow> rows = query_met(g, MetQuery{});
  ASSERT_EQ(rows.size(), 2u);  // the call and the planned meeting are not meetings
  EXPECT_EQ(rows[0].date, "2025-10-15");
  EXPECT_EQ(rows[0].precision, P::day);
  EXPECT_EQ(rows[0].actor_a, "Ahmed al-Sharaa");
  EXPECT_EQ(rows[0].actor_b, "Vladimir Putin");
  EXPECT_EQ(rows[0].place, "Moscow");
  EXPECT_EQ(rows[0].documents, (std::vector<std::string>{"a1", "b1"}));
  EXPECT_EQ(rows[0].edge_id, "e1");
  EXPECT_EQ(rows[1].date, "2025-11-20");
  EXPECT_EQ(rows[1].place, "");
}

struct WindowCase {
  std::optional<Date> from, to;
  std::vector<std::string> dates;
};
// Short parameter names keep ctest's test list readable.
void PrintTo(const WindowCase& c, std::ostream* os) { *os << (c.from ? c.from->iso() : std::string("open")) << ".." << (c.to ? c.to->iso() : std::string("open")); }

class MetWindow : public ::testing::TestWithParam<WindowCase> {};

TEST_P(MetWindow, IsInclusive) {
  const ActorGraph g = fixture();
  MetQuery q;
  q.from = GetParam().from;
  q.to = GetParam().to;
  std::vector<std::string> got;
  for (const MetRow& r : query_met(g, q)) got.push_back(r.date);
  EXPECT_EQ(got, GetParam().dates);
}

INSTANTIATE_TEST_SUITE_P(
    Table, MetWindow,
    ::testing::Values(WindowCase{Date{2025, 10, 15}, Date{2025, 10, 15}, {"2025-10-15"}},
                      WindowCase{Date{2025, 10, 16}, std::nullopt, {"2025-11-20"}},
                      WindowCase{std::nullopt, Date{2025, 11, 19}, {"2025-10-15"}},
                      WindowCase{Date{2025, 10, 15}, Date{2025, 11, 20}, {"2025-10-15", "2025-11-20"}},
                      WindowCase{Date{2026, 1, 1}, std::nullopt, {}}));

TEST(QueryMet, UndatedMeetingsOnlyWithoutWindow) {
  ActorGraph g;
  ArticleResult a = article("a1", Date{2025, 11, 20});
  a.document.date.reset();
  a.entities = {putin(), sharaa()};
  a.events = {event("meeting", "person/ahmed-al-sharaa", "person/vladimir-putin", std::nullopt, P::document, "a1", 0, 9)};
  g.add(a);
  ASSERT_EQ(query_met(g, MetQuery{}).size(), 1u);
  EXPECT_EQ(query_met(g, MetQuery{}).at(0).date, "");
  MetQuery q;
  q.from = Date{2000, 1, 1};
  EXPECT_TRUE(query_met(g, q).empty());
}

}  // namespace
}  // namespace actorgraph::graph

// ---- met, timeline, ego and actors on the query graph (tests/support/query_graph.h) ---------------

namespace actorgraph::graph {
namespace {

using actorgraph::testing::query_graph;

Vertex node_of(const ActorGraph& g, const std::string& id) {
  const std::optional<Vertex> v = g.find_node(id);
  EXPECT_TRUE(v.has_value()) << id;
  return v.value_or(0);
}

std::vector<std::string> edge_ids(const std::vector<EventRow>& rows) {
  std::vector<std::string> ids;
  for (const EventRow& r : rows) ids.push_back(r.edge_id);
  return ids;
}

Window window(std::optional<Date> from, std::optional<Date> to, std::set<std::string> types = {}) {
  Window w;
  w.from = from;
  w.to = to;
  w.types = std::move(types);
  return w;
}

const std::optional<Date> kOpen;
const Window kAll;  // a named empty window: a braced {} here trips GCC 12's -Wmaybe-uninitialized

struct MetCase {
  const char* name;
  std::string actor, with;  // node ids, empty for none
  Window window;
  std::vector<std::string> edges;
};
void PrintTo(const MetCase& c, std::ostream* os) { *os << c.name; }

class Met : public ::testing::TestWithParam<MetCase> {};

TEST_P(Met, ListsTheWindowsMeetingsOfTheActors) {
  const ActorGraph g = query_graph();
  const MetCase& c = GetParam();
  std::optional<Vertex> actor, with;
  if (!c.actor.empty()) actor = node_of(g, c.actor);
  if (!c.with.empty()) with = node_of(g, c.with);
  EXPECT_EQ(edge_ids(met(g, c.window, actor, with)), c.edges);
}

INSTANTIATE_TEST_SUITE_P(
    Table, Met,
    ::testing::Values(
        MetCase{"everyone_undated_last", "", "", kAll, {"e3", "e1", "e2", "e4", "e13", "e12"}},
        MetCase{"putin", "person/vladimir-putin", "", kAll, {"e3", "e1", "e13"}},
        MetCase{"putin_with_sharaa", "person/vladimir-putin", "person/ahmed-al-sharaa", kAll, {"e1", "e13"}},
        MetCase{"with_alone_is_an_actor", "", "person/ahmed-al-sharaa", kAll, {"e1", "e2", "e13"}},
        MetCase{"calls_when_asked", "person/vladimir-putin", "", window(kOpen, kOpen, {"meeting", "call"}),
                {"e3", "e1", "e9", "e13"}},
        MetCase{"only_calls", "person/vladimir-putin", "", window(kOpen, kOpen, {"call"}), {"e9"}},
        MetCase{"putin_in_autumn", "person/vladimir-putin", "", window(Date{2025, 10, 1}, Date{2025, 12, 31}), {"e1"}},
        MetCase{"never_met", "person/vladimir-putin", "person/murhaf-abu-qasra", kAll, {}},
        MetCase{"dated_window_drops_undated", "", "", window(Date{2025, 11, 1}, kOpen), {"e2", "e4", "e13"}},
        MetCase{"no_meetings_of_a_place", "location/moscow", "", kAll, {}}));

TEST(MetRows, CarryPlaceSourcesAndFirstEvidenceTheActorFirst) {
  const ActorGraph g = query_graph();
  const std::vector<EventRow> rows = met(g, {}, node_of(g, "person/vladimir-putin"));
  ASSERT_EQ(rows.size(), 3u);
  const EventRow& e1 = rows[1];
  EXPECT_EQ(e1.edge_id, "e1");
  EXPECT_EQ(e1.type, "meeting");
  EXPECT_EQ(e1.date, "2025-10-15");
  EXPECT_EQ(e1.precision, DatePrecision::day);
  EXPECT_EQ(e1.actor_a, "Vladimir Putin");
  EXPECT_EQ(e1.actor_a_id, "person/vladimir-putin");
  EXPECT_EQ(e1.actor_b, "Ahmed al-Sharaa");
  EXPECT_EQ(e1.actor_b_id, "person/ahmed-al-sharaa");
  EXPECT_FALSE(e1.reversed);
  EXPECT_EQ(e1.place, "Moscow");
  EXPECT_EQ(e1.place_id, "location/moscow");
  EXPECT_EQ(e1.sources, 2u);  // aljazeera.net and sana.sy
  EXPECT_EQ(e1.documents, (std::vector<std::string>{"d1", "d2"}));
  EXPECT_EQ(e1.evidence.document, "d1");
  EXPECT_EQ(e1.evidence.sentence, "جملة الحدث e1");
  EXPECT_EQ(e1.evidence.start, 0u);
  EXPECT_EQ(e1.evidence.end, 15u);
  const EventRow& e13 = rows[2];  // stored al-Sharaa → Putin
  EXPECT_EQ(e13.actor_a_id, "person/vladimir-putin");
  EXPECT_EQ(e13.actor_b_id, "person/ahmed-al-sharaa");
  EXPECT_TRUE(e13.reversed);
  EXPECT_EQ(e13.place, "");
  EXPECT_EQ(e13.sources, 1u);
}

TEST(QueryMet, WithAndTypesByName) {
  const ActorGraph g = query_graph();
  MetQuery q;
  q.actor = "بوتين";
  q.with = "الشرع";
  EXPECT_EQ(edge_ids(query_met(g, q)), (std::vector<std::string>{"e1", "e13"}));
  q.types = {"call"};
  EXPECT_EQ(edge_ids(query_met(g, q)), (std::vector<std::string>{"e9"}));
  q.types.clear();
  q.with = "Netanyahu";
  EXPECT_TRUE(query_met(g, q).empty());
  q.actor.reset();
  q.with = "ابو قصره";  // with alone: the meetings of Abu Qasra
  EXPECT_EQ(edge_ids(query_met(g, q)), (std::vector<std::string>{"e2", "e4"}));
}

struct TimelineCase {
  const char* name;
  std::string actor;
  Window window;
  std::vector<std::string> edges;
};
void PrintTo(const TimelineCase& c, std::ostream* os) { *os << c.name; }

class Timeline : public ::testing::TestWithParam<TimelineCase> {};

TEST_P(Timeline, EveryEventInDateOrderUndatedLast) {
  const ActorGraph g = query_graph();
  EXPECT_EQ(edge_ids(timeline(g, node_of(g, GetParam().actor), GetParam().window)), GetParam().edges);
}

INSTANTIATE_TEST_SUITE_P(
    Table, Timeline,
    ::testing::Values(
        TimelineCase{"putin", "person/vladimir-putin", kAll, {"e3", "e1", "e5", "e11", "e9", "e13", "e14"}},
        TimelineCase{"putin_meetings", "person/vladimir-putin", window(kOpen, kOpen, {"meeting"}), {"e3", "e1", "e13"}},
        TimelineCase{"putin_two_days", "person/vladimir-putin", window(Date{2025, 10, 15}, Date{2025, 10, 16}),
                     {"e1", "e5", "e11"}},
        TimelineCase{"sharaa", "person/ahmed-al-sharaa", kAll, {"e1", "e8", "e10", "e2", "e9", "e13"}},
        TimelineCase{"a_place_named_only_as_place", "location/damascus", kAll, {"e14"}},
        TimelineCase{"nobody_did_anything", "person/geir-pedersen", kAll, {}}));

TEST(TimelineRows, KeepTheEdgesDirection) {
  const ActorGraph g = query_graph();
  const std::vector<EventRow> rows = timeline(g, node_of(g, "person/vladimir-putin"), window(kOpen, kOpen, {"call"}));
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].actor_a, "Ahmed al-Sharaa");  // al-Sharaa called Putin
  EXPECT_EQ(rows[0].actor_b, "Vladimir Putin");
  EXPECT_FALSE(rows[0].reversed);
  EXPECT_EQ(rows[0].date, "2025-12-01");
  EXPECT_EQ(rows[0].evidence.document, "d4");
}

struct EgoCase {
  const char* name;
  std::string center;
  int depth;
  Window window;
  std::set<std::string> nodes, edges;
};
void PrintTo(const EgoCase& c, std::ostream* os) { *os << c.name; }

class Ego : public ::testing::TestWithParam<EgoCase> {};

TEST_P(Ego, IsACompactGraphOfTheNeighbourhood) {
  const ActorGraph g = query_graph();
  const EgoCase& c = GetParam();
  const ActorGraph sub = ego(g, node_of(g, c.center), c.depth, c.window);
  std::set<std::string> nodes, edges;
  for (Vertex v : boost::make_iterator_range(boost::vertices(sub.graph()))) nodes.insert(sub.node(v).id);
  for (Edge e : sub.edges_in_order()) edges.insert(sub.edge(e).id);
  EXPECT_EQ(nodes, c.nodes);
  EXPECT_EQ(edges, c.edges);
}

INSTANTIATE_TEST_SUITE_P(
    Table, Ego,
    ::testing::Values(
        EgoCase{"depth0_keeps_the_loop", "person/vladimir-putin", 0, kAll, {"person/vladimir-putin"}, {"e11"}},
        EgoCase{"depth1_with_places_of_kept_events",
                "person/vladimir-putin",
                1,
                kAll,
                {"person/vladimir-putin", "person/ahmed-al-sharaa", "person/andrei-belousov", "state/RU",
                 "location/damascus", "location/moscow"},
                {"e1", "e3", "e5", "e9", "e11", "e13", "e14"}},
        EgoCase{"depth2_meetings",
                "person/vladimir-putin",
                2,
                window(kOpen, kOpen, {"meeting"}),
                {"person/vladimir-putin", "person/ahmed-al-sharaa", "person/andrei-belousov", "person/murhaf-abu-qasra",
                 "location/moscow", "location/damascus"},
                {"e1", "e2", "e3", "e4", "e13"}},
        EgoCase{"nothing_in_the_window", "person/murhaf-abu-qasra", 1, window(kOpen, Date{2025, 10, 31}),
                {"person/murhaf-abu-qasra"}, {}}));

TEST(EgoGraph, KeepsEvidenceAndCitedDocuments) {
  const ActorGraph g = query_graph();
  const ActorGraph sub = ego(g, node_of(g, "person/andrei-belousov"), 1, window(kOpen, kOpen, {"meeting"}));
  ASSERT_EQ(sub.num_edges(), 2u);  // e3, e4
  const EdgeProps& e3 = sub.edge(sub.edge_at(0));
  EXPECT_EQ(e3.id, "e3");
  ASSERT_EQ(e3.evidence.size(), 1u);
  EXPECT_EQ(e3.evidence[0].sentence, "جملة الحدث e3");
  std::vector<std::string> docs;
  for (const Document& d : sub.documents()) docs.push_back(d.id);
  EXPECT_EQ(docs, (std::vector<std::string>{"d1", "d4"}));
}

struct ActorsCase {
  const char* name;
  std::string search;
  std::set<EntityType> types;
  Window window;
  std::vector<std::string> ids;
};
void PrintTo(const ActorsCase& c, std::ostream* os) { *os << c.name; }

class Actors : public ::testing::TestWithParam<ActorsCase> {};

TEST_P(Actors, SearchesEveryNameAndFilters) {
  const ActorGraph g = query_graph();
  const ActorsCase& c = GetParam();
  std::vector<std::string> got;
  for (const ActorRow& r : actors(g, ActorQuery{c.types, c.search, c.window})) got.push_back(r.id);
  EXPECT_EQ(got, c.ids);
}

INSTANTIATE_TEST_SUITE_P(
    Table, Actors,
    ::testing::Values(
        ActorsCase{"arabic_alias", "بوتين", {}, kAll, {"person/vladimir-putin"}},
        ActorsCase{"english_upper_case", "PUTIN", {}, kAll, {"person/vladimir-putin"}},
        ActorsCase{"bare_alef_ta_marbuta_as_ha", "ابو قصره", {}, kAll, {"person/murhaf-abu-qasra"}},
        ActorsCase{"hamza_on_ya_written_as_ya", "هيية تحرير", {}, kAll, {"org/hts"}},
        ActorsCase{"hamza_on_ya", "هيئة تحرير الشام", {}, kAll, {"org/hts"}},
        ActorsCase{"latin_apostrophe", "hay'at", {}, kAll, {"org/hts"}},
        ActorsCase{"several_by_events_then_id", "ministry", {}, kAll,
                   {"org/ru-ministry-of-defence", "org/sy-ministry-of-defence"}},
        ActorsCase{"states", "", {EntityType::state}, kAll, {"state/RU", "state/SY"}},
        ActorsCase{"type_and_search", "moscow", {EntityType::person}, kAll, {}},
        ActorsCase{"persons_active_in_the_window",
                   "",
                   {EntityType::person},
                   window(Date{2025, 11, 1}, kOpen),
                   {"person/ahmed-al-sharaa", "person/murhaf-abu-qasra", "person/vladimir-putin", "person/andrei-belousov"}},
        ActorsCase{"unknown", "Netanyahu", {}, kAll, {}}));

TEST(ActorRows, EmptySearchListsAllNodesWithTheirEvents) {
  const ActorGraph g = query_graph();
  const std::vector<ActorRow> rows = actors(g, ActorQuery{});
  ASSERT_EQ(rows.size(), g.num_nodes());
  EXPECT_EQ(rows[0].id, "person/vladimir-putin");  // 7 events, the loop once
  EXPECT_EQ(rows[0].events, 7u);
  EXPECT_EQ(rows[0].type, EntityType::person);
  EXPECT_EQ(rows[0].name_ar, "فلاديمير بوتين");
  EXPECT_EQ(rows[0].aliases, (std::vector<std::string>{"بوتين"}));
  EXPECT_EQ(rows[0].country, "state/RU");
  EXPECT_EQ(rows.back().id, "person/geir-pedersen");
  EXPECT_EQ(rows.back().events, 0u);
}

}  // namespace
}  // namespace actorgraph::graph
