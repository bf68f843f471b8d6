// Windows, type filters, ego neighbourhoods and compact copies (graph/view.h) on the small fixed
// graph of tests/support/test_graph.h: a meeting and a visit on 2025-10-15, a statement on
// 2025-10-16, an earlier visit on 2025-01-30 and an undated "operates" relation.
#include "actorgraph/graph/view.h"

#include <algorithm>

#include <boost/range/iterator_range.hpp>
#include <gtest/gtest.h>

#include "support/test_graph.h"

namespace actorgraph::graph {
namespace {

std::vector<std::string> edge_types(const ActorGraph& g) {
  std::vector<std::string> out;
  for (Edge e : g.edges_in_order()) out.push_back(g.edge(e).type);
  return out;
}

struct SelectCase {
  const char* name;
  std::optional<Date> from, to;
  std::set<std::string> types;
  std::optional<std::string> ego;
  int depth;
  size_t nodes;
  std::vector<std::string> edges;  // types in insertion order
};
void PrintTo(const SelectCase& c, std::ostream* os) { *os << c.name; }

class SelectTable : public ::testing::TestWithParam<SelectCase> {};

TEST_P(SelectTable, KeepsTheseNodesAndEdges) {
  const SelectCase& c = GetParam();
  ActorGraph g = testing::small_graph();
  Selection s;
  s.window.from = c.from;
  s.window.to = c.to;
  s.window.types = c.types;
  s.ego = c.ego;
  s.depth = c.depth;
  Expected<ActorGraph> sub = select(g, s);
  ASSERT_TRUE(sub.ok()) << sub.error().message();
  EXPECT_EQ(sub->num_nodes(), c.nodes);
  EXPECT_EQ(edge_types(*sub), c.edges);
}

INSTANTIATE_TEST_SUITE_P(
    View, SelectTable,
    ::testing::Values(
        SelectCase{"nothing_filtered_is_a_full_copy", {}, {}, {}, {}, 1, 8,
                   {"meeting", "statement", "operates", "visit", "visit"}},
        SelectCase{"october_window", Date{2025, 10, 1}, Date{2025, 10, 31}, {}, {}, 1, 4,
                   {"meeting", "statement", "visit"}},
        SelectCase{"window_ends_are_inclusive", Date{2025, 10, 16}, Date{2025, 10, 16}, {}, {}, 1, 2, {"statement"}},
        SelectCase{"undated_edges_leave_a_dated_window", Date{2000, 1, 1}, {}, {"operates"}, {}, 1, 0, {}},
        SelectCase{"types_only", {}, {}, {"visit"}, {}, 1, 2, {"visit", "visit"}},
        SelectCase{"ego_depth_1_keeps_the_meeting_place", {}, {}, {}, "بوتين", 1, 4, {"meeting", "statement"}},
        SelectCase{"ego_depth_2", {}, {}, {}, "Vladimir Putin", 2, 4, {"meeting", "statement", "visit", "visit"}},
        SelectCase{"ego_depth_0_is_the_actor_alone", {}, {}, {}, "person/vladimir-putin", 0, 1, {}},
        SelectCase{"ego_inside_a_window", Date{2025, 10, 15}, Date{2025, 10, 15}, {}, "الشرع", 1, 3,
                   {"meeting", "visit"}}),
    [](const ::testing::TestParamInfo<SelectCase>& p) { return std::string(p.param.name); });

TEST(View, SelectionKeepsIdsEvidenceAndCitedDocuments) {
  ActorGraph g = testing::small_graph();
  Selection s;
  s.window.types = {"meeting"};
  Expected<ActorGraph> sub = select(g, s);
  ASSERT_TRUE(sub.ok());
  ASSERT_EQ(sub->num_edges(), 1u);
  const EdgeProps& m = sub->edge(sub->edge_at(0));
  const EdgeProps& orig = g.edge(g.edge_at(0));
  EXPECT_EQ(m.id, orig.id);
  EXPECT_EQ(m.evidence.size(), 2u);
  EXPECT_EQ(m.sources.size(), 2u);
  ASSERT_EQ(sub->documents().size(), 2u);
  EXPECT_EQ(sub->documents()[0].id, "a1");
  EXPECT_EQ(sub->documents()[1].id, "b1");
}

TEST(View, WindowViewFiltersEdgesWithoutCopying) {
  ActorGraph g = testing::small_graph();
  Window w;
  w.from = Date{2025, 10, 16};
  WindowView v = window_view(g, w);
  size_t n = 0;
  for (Edge e : boost::make_iterator_range(boost::edges(v))) {
    EXPECT_EQ(g.edge(e).type, "statement");
    ++n;
  }
  EXPECT_EQ(n, 1u);
}

TEST(View, ResolveActorErrors) {
  ActorGraph g = testing::small_graph();
  Expected<Vertex> none = resolve_actor(g, "Nobody Known");
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().message(),
            "no actor matches \"Nobody Known\" (expected a name, alias or node id in the graph)");
  Expected<Vertex> many = resolve_actor(g, "ssia");  // Russia, the Russian ministry
  ASSERT_FALSE(many.ok());
  EXPECT_EQ(many.error().message(),
            "\"ssia\" is ambiguous: Russia (state/RU), Ministry of Defence (Russia) (org/ru-ministry-of-defence) "
            "(expected a more specific name or a node id)");
  Selection s;
  s.ego = "Nobody Known";
  EXPECT_FALSE(select(g, s).ok());
}

}  // namespace
}  // namespace actorgraph::graph
