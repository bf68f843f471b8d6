#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "actorgraph/graph/query.h"
#include "support/query_graph.h"

namespace actorgraph::graph {
namespace {

using actorgraph::testing::query_graph;
using Ids = std::vector<std::string>;

Vertex node_of(const ActorGraph& g, const std::string& id) {
  const std::optional<Vertex> v = g.find_node(id);
  EXPECT_TRUE(v.has_value()) << id;
  return v.value_or(0);
}

// The node ids along a path.
Ids nodes_of(const Path& p) {
  Ids ids;
  for (const PathStep& s : p.steps) {
    if (ids.empty()) ids.push_back(s.from_id);
    ids.push_back(s.to_id);
  }
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
const std::string kPutin = "person/vladimir-putin", kSharaa = "person/ahmed-al-sharaa",
                  kBelousov = "person/andrei-belousov", kQasra = "person/murhaf-abu-qasra";

struct PathCase {
  const char* name;
  std::string from, to;
  Window window;
  size_t limit;
  int length;
  size_t total;
  std::vector<Ids> paths;
};
void PrintTo(const PathCase& c, std::ostream* os) { *os << c.name; }

class ShortestPaths : public ::testing::TestWithParam<PathCase> {};

TEST_P(ShortestPaths, ListsEveryShortestChainInTheWindow) {
  const ActorGraph g = query_graph();
  const PathCase& c = GetParam();
  const PathResult r = shortest_paths(g, node_of(g, c.from), node_of(g, c.to), c.window, c.limit);
  EXPECT_EQ(r.length, c.length);
  EXPECT_EQ(r.total, c.total);
  std::vector<Ids> got;
  for (const Path& p : r.paths) got.push_back(nodes_of(p));
  EXPECT_EQ(got, c.paths);
}

INSTANTIATE_TEST_SUITE_P(
    Table, ShortestPaths,
    ::testing::Values(
        // the example: through al-Sharaa or through Belousov, counting role edges
        PathCase{"putin_to_abu_qasra", kPutin, kQasra, kAll, 10, 2, 2,
                 {{kPutin, kSharaa, kQasra}, {kPutin, kBelousov, kQasra}}},
        PathCase{"abu_qasra_to_putin", kQasra, kPutin, kAll, 10, 2, 2,
                 {{kQasra, kSharaa, kPutin}, {kQasra, kBelousov, kPutin}}},
        PathCase{"meetings_only", kPutin, kQasra, window(kOpen, kOpen, {"meeting"}), 10, 2, 2,
                 {{kPutin, kSharaa, kQasra}, {kPutin, kBelousov, kQasra}}},
        PathCase{"limit_counts_all_lists_one", kPutin, kQasra, kAll, 1, 2, 2, {{kPutin, kSharaa, kQasra}}},
        PathCase{"window_drops_belousov", kPutin, kQasra, window(Date{2025, 11, 1}, kOpen), 10, 2, 1,
                 {{kPutin, kSharaa, kQasra}}},
        PathCase{"window_before_abu_qasra", kPutin, kQasra, window(kOpen, Date{2025, 10, 31}), 10, -1, 0, {}},
        PathCase{"roles_alone_do_not_connect", kPutin, kQasra, window(kOpen, kOpen, {"holds_role"}), 10, -1, 0, {}},
        PathCase{"through_a_visit", kPutin, "location/moscow", kAll, 10, 2, 1, {{kPutin, kSharaa, "location/moscow"}}},
        PathCase{"one_role_step", kSharaa, "state/SY", kAll, 10, 1, 1, {{kSharaa, "state/SY"}}},
        PathCase{"disconnected", kPutin, "person/sergey-lavrov", kAll, 10, -1, 0, {}},
        PathCase{"same_actor", kPutin, kPutin, kAll, 10, 0, 1, {{}}}));

TEST(ShortestPathSteps, ListEveryParallelEventWithDateAndEvidence) {
  const ActorGraph g = query_graph();
  const PathResult r = shortest_paths(g, node_of(g, kPutin), node_of(g, kQasra), {});
  ASSERT_EQ(r.paths.size(), 2u);
  const PathStep& first = r.paths[0].steps.at(0);
  EXPECT_EQ(first.from, "Vladimir Putin");
  EXPECT_EQ(first.to, "Ahmed al-Sharaa");
  ASSERT_EQ(first.events.size(), 3u);  // two meetings and a call, by date
  EXPECT_EQ(first.events[0].edge_id, "e1");
  EXPECT_EQ(first.events[0].date, "2025-10-15");
  EXPECT_FALSE(first.events[0].reversed);
  EXPECT_EQ(first.events[0].evidence.document, "d1");
  EXPECT_EQ(first.events[0].evidence.sentence, "جملة الحدث e1");
  EXPECT_EQ(first.events[1].edge_id, "e9");
  EXPECT_EQ(first.events[1].type, "call");
  EXPECT_EQ(first.events[1].actor_a_id, kPutin);  // stored al-Sharaa → Putin, shown in the path's direction
  EXPECT_TRUE(first.events[1].reversed);
  EXPECT_EQ(first.events[2].edge_id, "e13");
  const PathStep& last = r.paths[1].steps.at(1);
  EXPECT_EQ(last.from_id, kBelousov);
  EXPECT_EQ(last.to_id, kQasra);
  ASSERT_EQ(last.events.size(), 1u);
  EXPECT_EQ(last.events[0].edge_id, "e4");
  EXPECT_EQ(last.events[0].precision, DatePrecision::document);
}

// A chain of k diamonds has 2^k shortest paths: all counted, `limit` listed, in id order.
TEST(ShortestPathCount, CountsBeyondTheLimit) {
  ActorGraph g;
  auto node = [&](const std::string& id) {
    NodeProps n;
    n.id = id;
    n.label = id;
    return g.insert_node(std::move(n));
  };
  auto edge = [&](Vertex a, Vertex b) {
    EdgeProps e;
    e.id = "e" + std::to_string(g.num_edges() + 1);
    e.type = "meeting";
    g.insert_edge(a, b, std::move(e));
  };
  Vertex at = node("n0");
  const Vertex start = at;
  for (int i = 1; i <= 5; ++i) {
    const Vertex up = node("n" + std::to_string(i) + "a"), down = node("n" + std::to_string(i) + "b");
    const Vertex next = node("n" + std::to_string(i) + "c");
    edge(at, up);
    edge(down, at);  // direction does not matter
    edge(up, next);
    edge(down, next);
    at = next;
  }
  const PathResult r = shortest_paths(g, start, at, {}, 10);
  EXPECT_EQ(r.length, 10);
  EXPECT_EQ(r.total, 32u);
  ASSERT_EQ(r.paths.size(), 10u);
  EXPECT_EQ(nodes_of(r.paths[0]),
            (Ids{"n0", "n1a", "n1c", "n2a", "n2c", "n3a", "n3c", "n4a", "n4c", "n5a", "n5c"}));
  EXPECT_EQ(nodes_of(r.paths[1]),
            (Ids{"n0", "n1a", "n1c", "n2a", "n2c", "n3a", "n3c", "n4a", "n4c", "n5b", "n5c"}));
  EXPECT_TRUE(shortest_paths(g, start, at, {}, 0).paths.empty());
}

}  // namespace
}  // namespace actorgraph::graph
