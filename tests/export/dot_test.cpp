#include "actorgraph/export/dot.h"

#include <graphviz/cgraph.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <set>

#include "support/test_graph.h"

// Graphviz 2.43 leaks inside gvContext (plugin config), the pango plugin, fontconfig and its HTML
// label parser, whatever the caller frees; a sanitizer build (ACTORGRAPH_SANITIZE) must not report
// those. Leaks whose stack has no Graphviz/font library frame are still reported.
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libgvc.so\nleak:libgvplugin_pango.so\nleak:libfontconfig.so\nleak:libpango\nleak:libcairo\n"
         "leak:libglib\nleak:libgobject\nleak:libharfbuzz\n";
}

namespace actorgraph::exporters {
namespace {

using namespace actorgraph::testing;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

struct ReadBack {
  int nodes = 0;         // without the legend
  int legend_nodes = 0;
  int edges = 0;
  std::set<std::string> edge_keys;
  int moscow_visits = 0;  // parallel edges person/ahmed-al-sharaa -> place/moscow
  std::string label_of_putin;
  std::string label_of_e1;
  std::string shape_of_syria;
};

ReadBack read_back(const std::string& path) {
  ReadBack r;
  FILE* f = std::fopen(path.c_str(), "r");
  EXPECT_NE(f, nullptr) << path;
  if (!f) return r;
  Agraph_t* g = agread(f, nullptr);
  std::fclose(f);
  EXPECT_NE(g, nullptr);
  if (!g) return r;
  EXPECT_TRUE(agisdirected(g));
  EXPECT_FALSE(agisstrict(g));
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    std::string name = agnameof(n);
    if (name.rfind(kLegendPrefix, 0) == 0) {
      ++r.legend_nodes;
      continue;
    }
    ++r.nodes;
    if (name == "person/vladimir-putin") r.label_of_putin = agget(n, const_cast<char*>("label"));
    if (name == "state/SY") r.shape_of_syria = agget(n, const_cast<char*>("shape"));
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
      ++r.edges;
      r.edge_keys.insert(agnameof(e));
      if (name == "person/ahmed-al-sharaa" && std::string(agnameof(aghead(e))) == "place/moscow") ++r.moscow_visits;
      if (std::string(agnameof(e)) == "e1") r.label_of_e1 = agget(e, const_cast<char*>("label"));
    }
  }
  agclose(g);
  return r;
}

TEST(Dot, ReReadWithCgraphKeepsNodesEdgesAndParallelEvents) {
  const graph::ActorGraph g = small_graph();
  const std::string path = ::testing::TempDir() + "/actorgraph_dot_test.dot";
  Status s = write_dot(g, path);
  ASSERT_TRUE(s.ok()) << s.error().message();
  const ReadBack r = read_back(path);
  EXPECT_EQ(r.nodes, static_cast<int>(g.num_nodes()));
  EXPECT_EQ(r.legend_nodes, 7);
  EXPECT_EQ(r.edges, static_cast<int>(g.num_edges()));
  EXPECT_EQ(r.edge_keys, (std::set<std::string>{"e1", "e2", "e3", "e4", "e5"}));
  EXPECT_EQ(r.moscow_visits, 2);  // two visits on different dates stay two edges
  EXPECT_EQ(r.label_of_putin, "Vladimir Putin\\nفلاديمير بوتين");
  EXPECT_EQ(r.label_of_e1, "meeting \xE2\x81\xA6" "2025-10-15\xE2\x81\xA9");
  EXPECT_EQ(r.shape_of_syria, "doubleoctagon");
  std::remove(path.c_str());
}

TEST(Dot, EscapesBackslashesInLabels) {
  graph::ActorGraph g;
  ArticleResult a;
  a.document.id = "d";
  a.entities = {make_entity("org/x", EntityType::organization, "A\\nB", "", {})};
  g.add(a);
  const std::string path = ::testing::TempDir() + "/actorgraph_dot_escape.dot";
  ASSERT_TRUE(write_dot(g, path).ok());
  EXPECT_NE(slurp(path).find("A\\\\nB"), std::string::npos) << slurp(path);
  std::remove(path.c_str());
}

TEST(Dot, ReportsAnUnwritablePath) {
  Status s = write_dot(small_graph(), "/nonexistent-dir/graph.dot");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().message(),
            "/nonexistent-dir/graph.dot: cannot open for writing: No such file or directory (expected a writable path)");
}

TEST(Svg, RendersInProcessWithTheArabicLabels) {
  const std::string path = ::testing::TempDir() + "/actorgraph_svg_test.svg";
  Status s = render_svg(small_graph(), path);
  ASSERT_TRUE(s.ok()) << s.error().message();
  const std::string svg = slurp(path);
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find("فلاديمير بوتين"), std::string::npos);
  EXPECT_NE(svg.find("Amiri"), std::string::npos);
  EXPECT_NE(svg.find("id=\"e1\""), std::string::npos);
  std::remove(path.c_str());
}

}  // namespace
}  // namespace actorgraph::exporters
