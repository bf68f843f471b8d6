#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "actorgraph/graph/query.h"
#include "support/query_graph.h"

namespace actorgraph::graph {
namespace {

using actorgraph::testing::query_graph;

// Actors n0..n{count-1} and one meeting per pair.
ActorGraph pairs_graph(int count, const std::vector<std::pair<int, int>>& pairs) {
  ActorGraph g;
  for (int i = 0; i < count; ++i) {
    NodeProps n;
    n.id = "n" + std::to_string(i);
    n.label = n.id;
    g.insert_node(std::move(n));
  }
  for (auto [a, b] : pairs) {
    EdgeProps e;
    e.id = "e" + std::to_string(g.num_edges() + 1);
    e.type = "meeting";
    g.insert_edge(static_cast<Vertex>(a), static_cast<Vertex>(b), std::move(e));
  }
  return g;
}

struct RankCase {
  const char* name;
  int count;
  std::vector<std::pair<int, int>> pairs;
  Centrality by;
  std::vector<std::pair<std::string, double>> expected;  // in rank order
};
void PrintTo(const RankCase& c, std::ostream* os) { *os << c.name; }

class Rank : public ::testing::TestWithParam<RankCase> {};

TEST_P(Rank, ScoresAndOrder) {
  const RankCase& c = GetParam();
  const std::vector<RankRow> rows = rank(pairs_graph(c.count, c.pairs), c.by, {});
  ASSERT_EQ(rows.size(), c.expected.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].id, c.expected[i].first) << i;
    EXPECT_NEAR(rows[i].score, c.expected[i].second, 1e-6) << rows[i].id;
  }
}

using B = Centrality;
INSTANTIATE_TEST_SUITE_P(
    Table, Rank,
    ::testing::Values(
        RankCase{"degree_counts_parallel_events_and_a_loop_once", 3, {{0, 1}, {1, 0}, {0, 0}, {1, 2}}, B::degree,
                 {{"n0", 3}, {"n1", 3}, {"n2", 1}}},
        RankCase{"degree_skips_actors_without_events", 4, {{2, 3}}, B::degree, {{"n2", 1}, {"n3", 1}}},
        RankCase{"betweenness_of_a_line", 3, {{0, 1}, {1, 2}}, B::betweenness, {{"n1", 1}, {"n0", 0}, {"n2", 0}}},
        RankCase{"betweenness_ignores_parallel_events", 4, {{0, 1}, {0, 1}, {0, 1}, {1, 2}, {2, 3}}, B::betweenness,
                 {{"n1", 2.0 / 3}, {"n2", 2.0 / 3}, {"n0", 0}, {"n3", 0}}},
        RankCase{"betweenness_of_a_star", 4, {{0, 1}, {2, 0}, {0, 3}}, B::betweenness,
                 {{"n0", 1}, {"n1", 0}, {"n2", 0}, {"n3", 0}}},
        RankCase{"betweenness_of_two_actors", 2, {{0, 1}}, B::betweenness, {{"n0", 0}, {"n1", 0}}},
        // center c, leaves l: c = 0.15/4 + 0.85 * 3l, l = 0.15/4 + 0.85 c/3
        RankCase{"pagerank_of_a_star", 4, {{0, 1}, {2, 0}, {0, 3}}, B::pagerank,
                 {{"n0", 0.479730}, {"n1", 0.173423}, {"n2", 0.173423}, {"n3", 0.173423}}},
        RankCase{"pagerank_of_a_pair", 2, {{0, 1}}, B::pagerank, {{"n0", 0.5}, {"n1", 0.5}}}));

// Reference values from NetworkX (betweenness_centrality, normalized) and a plain power iteration
// of PageRank with each event an arc both ways, on the query graph's events of October-November
// 2025: e1, e2, e4, e5, e7, e8, e10, e11 (al-Sharaa joins Putin to Abu Qasra).
TEST(RankWindow, MatchesReferenceValues) {
  const ActorGraph g = query_graph();
  Window w;
  w.from = Date{2025, 10, 1};
  w.to = Date{2025, 11, 30};
  const std::vector<std::pair<std::string, double>> betweenness = {
      {"person/ahmed-al-sharaa", 0.809524}, {"person/murhaf-abu-qasra", 0.523810}, {"person/vladimir-putin", 0.285714},
      {"location/moscow", 0}, {"org/sy-ministry-of-defence", 0}, {"person/andrei-belousov", 0},
      {"state/RU", 0}, {"state/SY", 0}};
  const std::vector<std::pair<std::string, double>> pagerank = {
      {"person/ahmed-al-sharaa", 0.265941}, {"person/murhaf-abu-qasra", 0.206696}, {"person/vladimir-putin", 0.142779},
      {"state/RU", 0.079431}, {"org/sy-ministry-of-defence", 0.077314}, {"person/andrei-belousov", 0.077314},
      {"location/moscow", 0.075262}, {"state/SY", 0.075262}};
  for (const auto& [by, expected] : {std::pair{Centrality::betweenness, betweenness}, std::pair{Centrality::pagerank, pagerank}}) {
    SCOPED_TRACE(std::string(to_string(by)));
    const std::vector<RankRow> rows = rank(g, by, w);
    ASSERT_EQ(rows.size(), expected.size());
    for (size_t i = 0; i < rows.size(); ++i) {
      EXPECT_EQ(rows[i].id, expected[i].first) << i;
      EXPECT_NEAR(rows[i].score, expected[i].second, 1e-6) << rows[i].id;
    }
  }
}

TEST(RankRows, CarryLabelTypeEventsAndStopAtTheLimit) {
  const ActorGraph g = query_graph();
  const std::vector<RankRow> rows = rank(g, Centrality::degree, {}, 2);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].id, "person/vladimir-putin");  // 7 events; al-Sharaa has 6
  EXPECT_EQ(rows[0].label, "Vladimir Putin");
  EXPECT_EQ(rows[0].type, EntityType::person);
  EXPECT_EQ(rows[0].events, 7u);
  EXPECT_EQ(rows[0].score, 7);
  EXPECT_EQ(rows[1].id, "person/ahmed-al-sharaa");
  Window empty;
  empty.from = Date{2030, 1, 1};
  for (Centrality by : {Centrality::degree, Centrality::betweenness, Centrality::pagerank})
    EXPECT_TRUE(rank(g, by, empty).empty()) << to_string(by);
}

TEST(Centrality, NamesRoundTrip) {
  for (Centrality c : {Centrality::degree, Centrality::betweenness, Centrality::pagerank})
    EXPECT_EQ(centrality_from_string(to_string(c)), c);
  EXPECT_EQ(centrality_from_string("closeness"), std::nullopt);
}

}  // namespace
}  // namespace actorgraph::graph
