// GEXF 1.3 writer: the golden file of the small fixed graph, the dynamic parts (intervals by date
// precision), escaping, every edge with its id and kind, errors. NetworkX reading the export of the
// sample corpus (after a rewrite to 1.2draft) is tests/consumers/check_gexf.py.
//
// Regenerate tests/export/golden/small.gexf after a deliberate change:
//   ACTORGRAPH_UPDATE_GOLDEN=1 ctest --test-dir BUILD -R GexfExport   (then review git diff)
#include "actorgraph/export/gexf.h"

#include <gtest/gtest.h>

#include <sstream>

#include "support/golden.h"
#include "support/hard_text_graph.h"

namespace actorgraph::exporters {
namespace {

using namespace actorgraph::testing;

std::string gexf(const graph::ActorGraph& g) {
  std::ostringstream out;
  const Status s = write_gexf(g, out);
  EXPECT_TRUE(s.ok()) << s.error().message();
  return out.str();
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(GexfExport, MatchesTheGoldenFile) { expect_golden(gexf(small_graph()), "export/golden/small.gexf"); }

TEST(GexfExport, IsADynamicGexf13WithDates) {
  const std::string xml = gexf(small_graph());
  EXPECT_NE(xml.find(R"(<gexf xmlns="http://gexf.net/1.3")"), std::string::npos);
  EXPECT_NE(xml.find(R"(version="1.3">)"), std::string::npos);
  EXPECT_NE(xml.find(R"(<graph mode="dynamic" defaultedgetype="directed" timeformat="date">)"), std::string::npos);
  EXPECT_NE(xml.find(R"(<attribute id="sources" title="sources" type="integer"/>)"), std::string::npos);
}

struct IntervalCase {
  std::optional<Date> date;
  DatePrecision precision;
  std::optional<Interval> expected;
};

TEST(GexfExport, IntervalFollowsTheDatePrecision) {
  const std::vector<IntervalCase> cases = {
      {Date{2025, 10, 15}, DatePrecision::day, Interval{{2025, 10, 15}, {2025, 10, 15}}},
      {Date{2025, 10, 16}, DatePrecision::document, Interval{{2025, 10, 16}, {2025, 10, 16}}},
      {Date{2024, 2, 10}, DatePrecision::month, Interval{{2024, 2, 1}, {2024, 2, 29}}},
      {Date{2025, 2, 1}, DatePrecision::month, Interval{{2025, 2, 1}, {2025, 2, 28}}},
      {Date{2025, 6, 1}, DatePrecision::year, Interval{{2025, 1, 1}, {2025, 12, 31}}},
      {Date{2025, 12, 28}, DatePrecision::approx, Interval{{2025, 12, 21}, {2026, 1, 4}}},
      {std::nullopt, DatePrecision::document, std::nullopt},
  };
  for (const IntervalCase& c : cases) {
    graph::EdgeProps e;
    e.date = c.date;
    e.precision = c.precision;
    SCOPED_TRACE(std::string(to_string(c.precision)) + " " + (c.date ? c.date->iso() : "undated"));
    EXPECT_EQ(event_interval(e), c.expected);
  }
}

TEST(GexfExport, DatedEdgesHaveStartAndEndUndatedOnesNeither) {
  const graph::ActorGraph g = small_graph();
  const std::string xml = gexf(g);
  // e1 the meeting (day), the statement (document), the undated `operates`, the parallel visits
  EXPECT_NE(xml.find(R"(kind="meeting" label="meeting 2025-10-15" start="2025-10-15" end="2025-10-15">)"),
            std::string::npos);
  EXPECT_NE(xml.find(R"(kind="statement" label="statement 2025-10-16" start="2025-10-16" end="2025-10-16">)"),
            std::string::npos);
  EXPECT_NE(xml.find(R"(source="state/RU" target="base/hmeimim" kind="operates" label="operates">)"),
            std::string::npos);
  EXPECT_EQ(count(xml, R"(source="person/ahmed-al-sharaa" target="place/moscow" kind="visit")"), 2u);
  EXPECT_EQ(count(xml, "<edge id="), g.num_edges());
  EXPECT_EQ(count(xml, "<node id="), g.num_nodes());
}

TEST(GexfExport, EscapesTextAndKeepsTheLoop) {
  const graph::ActorGraph g = hard_text_graph();
  const std::string xml = gexf(g);
  EXPECT_NE(xml.find(R"(<node id="org/smith" label="Smith &amp; Sons &lt;&quot;Ltd&quot;&gt;&#10;شركة">)"),
            std::string::npos);
  EXPECT_NE(xml.find(R"(source="org/smith" target="org/smith" kind="statement")"), std::string::npos);
  EXPECT_NE(xml.find(R"(&quot;quote&quot;:&quot;a \&quot;quote\&quot;, with\nlines; and \\ backslash&quot;)"),
            std::string::npos);
  EXPECT_EQ(count(xml, "<edge id="), g.num_edges());
}

TEST(GexfExport, ErrorsNameThePath) {
  const Status s = write_gexf(small_graph(), std::string("/nonexistent-dir/graph.gexf"));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().message(),
            "/nonexistent-dir/graph.gexf: cannot open for writing: No such file or directory (expected a writable path)");
  std::ostringstream broken;
  broken.setstate(std::ios::badbit);
  const Status w = write_gexf(small_graph(), broken);
  ASSERT_FALSE(w.ok());
  EXPECT_EQ(w.error().message(), "write failed");
}

}  // namespace
}  // namespace actorgraph::exporters
