#include "actorgraph/graph/query.h"

#include <gtest/gtest.h>

#include <ostream>

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
  EXPECT_EQ(rows[0].documents, "a1,b1");
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
