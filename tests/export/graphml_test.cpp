// GraphML writer: the golden file of the small fixed graph, escaping, every edge with its id,
// errors. NetworkX reading the export of the sample corpus is tests/consumers/check_graphml.py.
//
// Regenerate tests/export/golden/small.graphml after a deliberate change:
//   ACTORGRAPH_UPDATE_GOLDEN=1 ctest --test-dir BUILD -R GraphmlExport   (then review git diff)
#include "actorgraph/export/graphml.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "support/golden.h"
#include "support/hard_text_graph.h"

namespace actorgraph::exporters {
namespace {

using namespace actorgraph::testing;

std::string graphml(const graph::ActorGraph& g) {
  std::ostringstream out;
  const Status s = write_graphml(g, out);
  EXPECT_TRUE(s.ok()) << s.error().message();
  return out.str();
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(GraphmlExport, MatchesTheGoldenFile) { expect_golden(graphml(small_graph()), "export/golden/small.graphml"); }

TEST(GraphmlExport, EveryNodeAndEdgeWithItsIdLoopsAndParallelEventsIncluded) {
  const graph::ActorGraph g = hard_text_graph();
  const std::string xml = graphml(g);
  EXPECT_EQ(count(xml, "<node id="), g.num_nodes());
  EXPECT_EQ(count(xml, "<edge id="), g.num_edges());
  for (size_t i = 0; i < g.num_edges(); ++i) {
    EXPECT_NE(xml.find("<edge id=\"" + g.edge(g.edge_at(i)).id + "\""), std::string::npos) << i;
  }
  EXPECT_EQ(count(xml, "source=\"person/ahmed-al-sharaa\" target=\"place/moscow\""), 2u);  // parallel visits
  EXPECT_EQ(count(xml, "source=\"org/smith\" target=\"org/smith\""), 1u);                  // the loop
}

TEST(GraphmlExport, KeysAreTypedAndProvenanceIsKept) {
  const std::string xml = graphml(small_graph());
  const std::vector<std::string> expected = {
      R"(<key id="v_type" for="node" attr.name="type" attr.type="string"/>)",
      R"(<key id="e_sources" for="edge" attr.name="sources" attr.type="int"/>)",
      R"(<key id="e_provenance" for="edge" attr.name="provenance" attr.type="string"/>)",
      // the meeting reported by a1 and b1: both pieces of evidence, offsets in code points
      R"({&quot;document&quot;:&quot;b1&quot;,&quot;sentence&quot;:&quot;وبحث بوتين مع الشرع العلاقات بين البلدين.&quot;,&quot;start&quot;:0,&quot;end&quot;:41})",
      R"(<data key="e_sources">2</data>)",
      R"(<data key="e_date">2025-10-15</data>)",
  };
  for (const std::string& s : expected) EXPECT_NE(xml.find(s), std::string::npos) << s;
}

struct EscapeCase {
  std::string raw;       // as in the graph
  std::string written;   // as in the file
};

TEST(GraphmlExport, EscapesTextForXml) {
  const std::string xml = graphml(hard_text_graph());
  const std::vector<EscapeCase> cases = {
      {kHardLabel, "<data key=\"v_label\">Smith &amp; Sons &lt;&quot;Ltd&quot;&gt;&#10;شركة</data>"},
      // JSON text inside XML: the JSON escapes first (\" \n \t), then XML (&quot;)
      {kHardSentence,
       "&quot;sentence&quot;:&quot;قال \\&quot;سميث\\&quot; &lt;اليوم&gt; &amp; أضاف:\\n\\tسطر; ثانٍ, 🇸🇾 ثالث.&quot;"},
      {kHardAlias, "<data key=\"v_aliases\">[&quot;سميث; أبناؤه, \\&quot;المحدودة\\&quot;&quot;]</data>"},
  };
  for (const EscapeCase& c : cases) EXPECT_NE(xml.find(c.written), std::string::npos) << c.raw;
}

TEST(GraphmlExport, TextThatXmlCannotCarryBecomesReplacementCharacters) {
  graph::ActorGraph g;
  graph::NodeProps n;
  n.id = "org/x";
  n.label = std::string("bell\x07 bad\xFF end");
  g.insert_node(n);
  EXPECT_NE(graphml(g).find("<data key=\"v_label\">bell\xEF\xBF\xBD bad\xEF\xBF\xBD end</data>"), std::string::npos);
}

TEST(GraphmlExport, ErrorsNameThePathAndLeaveNothingBehind) {
  const Status s = write_graphml(small_graph(), std::string("/nonexistent-dir/graph.graphml"));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().message(),
            "/nonexistent-dir/graph.graphml: cannot open for writing: No such file or directory (expected a writable path)");

  std::ostringstream broken;
  broken.setstate(std::ios::badbit);
  const Status w = write_graphml(small_graph(), broken);
  ASSERT_FALSE(w.ok());
  EXPECT_EQ(w.error().message(), "write failed");
}

TEST(GraphmlExport, WritesThePathThroughATemporaryFile) {
  const std::string path = ::testing::TempDir() + "/actorgraph_graphml_test.graphml";
  ASSERT_TRUE(write_graphml(small_graph(), path).ok());
  EXPECT_EQ(read_file(path), graphml(small_graph()));
  EXPECT_FALSE(std::filesystem::exists(path + ".tmp"));
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace actorgraph::exporters
