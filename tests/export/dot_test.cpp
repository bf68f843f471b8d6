// DOT, SVG and PNG: golden DOT files for each DotOptions variant on a small fixed graph, the file
// re-read with cgraph (nothing lost, parallel events, aggregation, clusters, labels), the real
// `dot` rendering every option combination without a warning, and in-process SVG and PNG.
//
// Regenerate tests/export/golden/dot/*.dot after a deliberate change:
//   ACTORGRAPH_UPDATE_GOLDEN=1 ctest --test-dir BUILD -R DotGolden   (then review git diff)
#include "actorgraph/export/dot.h"

#include <graphviz/cgraph.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <vector>

#include "support/golden.h"
#include "support/hard_text_graph.h"

// Graphviz 2.43 leaks inside gvContext (plugin config), the pango plugin, fontconfig and its HTML
// label parser, whatever the caller frees; a sanitizer build (ACTORGRAPH_SANITIZE) must not report
// those. Leaks whose stack has no Graphviz/font library frame are still reported.
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libgvc.so\nleak:libgvplugin_pango.so\nleak:libfontconfig.so\nleak:libpango\nleak:libcairo\n"
         "leak:libglib\nleak:libgobject\nleak:libharfbuzz\nleak:libcgraph.so\n";
}

namespace actorgraph::exporters {
namespace {

using namespace actorgraph::testing;
using Labels = DotOptions::Labels;

constexpr const char* kLri = "\xE2\x81\xA6";
constexpr const char* kPdi = "\xE2\x81\xA9";

// The small fixed graph with what the drawing options act on: home states (the ministry's and the
// base's country, Moscow located in Russia), a second Sharaa–Putin meeting told in the other
// direction on another day (aggregated with the first), and the two parallel visits to Moscow.
graph::ActorGraph drawing_graph() {
  std::vector<ArticleResult> articles = small_articles();
  ArticleResult& a = articles[0];
  for (EntityRecord& e : a.entities) {
    if (e.id == "org/ru-ministry-of-defence") e.country = "state/RU";
    if (e.id == "base/hmeimim") e.country = "state/SY";
  }
  a.events.push_back(make_event("located_in", "place/moscow", "state/RU", std::nullopt, DatePrecision::document,
                                Evidence{"a1", kSentenceA, 0, 57}));
  a.events.push_back(make_event("meeting", "person/vladimir-putin", "person/ahmed-al-sharaa", Date{2025, 1, 30},
                                DatePrecision::day, Evidence{"a1", kSentenceA, 0, 57}));
  graph::ActorGraph g;
  for (const ArticleResult& r : articles) g.add(r);
  return g;
}

// ctest runs every test case as its own process, in parallel: a file per test case and name.
std::string temp_path(const std::string& name) {
  const ::testing::TestInfo* t = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string test = t ? std::string(t->test_suite_name()) + "." + t->name() : std::string("global");
  for (char& c : test)
    if (c == '/') c = '_';  // parameterised names hold '/'
  return ::testing::TempDir() + "/actorgraph_dot_" + test + "_" + name;
}

std::string dot_text(const graph::ActorGraph& g, const DotOptions& o, const std::string& name) {
  const std::string path = temp_path(name + ".dot");
  const Status s = write_dot(g, path, o);
  EXPECT_TRUE(s.ok()) << s.error().message();
  std::string text = read_file(path);
  std::filesystem::remove(path);
  return text;
}

std::string get(void* obj, const char* attr) {
  const char* v = agget(obj, const_cast<char*>(attr));
  return v ? v : "";
}

// The DOT file as cgraph reads it back.
struct ReadBack {
  int nodes = 0;  // without the legend
  int legend_nodes = 0;
  std::map<std::string, std::map<std::string, std::string>> edges;  // key -> attribute -> value
  std::map<std::string, std::string> node_labels;
  std::map<std::string, std::set<std::string>> clusters;  // name -> node names
  int moscow_visits = 0;  // edges person/ahmed-al-sharaa -> place/moscow
  std::string shape_of_syria;
  bool any_fixedsize = false;  // a node whose size does not follow its label
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
  const char* edge_attrs[] = {"label", "id",               "type",    "date",   "precision", "place", "sources",
                              "count", "events",  "date_from", "date_to", "tooltip", "evidence", "attributes", "dir"};
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    std::string name = agnameof(n);
    if (name.rfind(kLegendPrefix, 0) == 0) {
      ++r.legend_nodes;
      continue;
    }
    ++r.nodes;
    r.node_labels[name] = get(n, "label");
    if (name == "state/SY") r.shape_of_syria = get(n, "shape");
    if (get(n, "fixedsize") != "false") r.any_fixedsize = true;
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
      auto& attrs = r.edges[agnameof(e)];
      for (const char* a : edge_attrs)
        if (std::string v = get(e, a); !v.empty()) attrs[a] = v;
      if (name == "person/ahmed-al-sharaa" && std::string(agnameof(aghead(e))) == "place/moscow") ++r.moscow_visits;
    }
  }
  for (Agraph_t* sub = agfstsubg(g); sub; sub = agnxtsubg(sub)) {
    auto& members = r.clusters[agnameof(sub)];
    for (Agnode_t* n = agfstnode(sub); n; n = agnxtnode(sub, n)) members.insert(agnameof(n));
  }
  agclose(g);
  return r;
}

ReadBack write_and_read(const graph::ActorGraph& g, const DotOptions& o) {
  const std::string path = temp_path("readback.dot");
  const Status s = write_dot(g, path, o);
  EXPECT_TRUE(s.ok()) << s.error().message();
  ReadBack r = read_back(path);
  std::filesystem::remove(path);
  return r;
}

DotOptions options(Labels labels, bool aggregate, bool clusters) {
  DotOptions o;
  o.labels = labels;
  o.aggregate = aggregate;
  o.state_clusters = clusters;
  return o;
}

// Every combination of the three options.
std::vector<DotOptions> all_options() {
  std::vector<DotOptions> out;
  for (Labels l : {Labels::en, Labels::ar, Labels::both})
    for (bool aggregate : {false, true})
      for (bool clusters : {false, true}) out.push_back(options(l, aggregate, clusters));
  return out;
}

std::string describe(const DotOptions& o) {
  const char* labels = o.labels == Labels::en ? "en" : o.labels == Labels::ar ? "ar" : "both";
  return std::string("labels=") + labels + (o.aggregate ? " aggregate" : "") + (o.state_clusters ? " clusters" : "");
}

// --- golden files ---------------------------------------------------------------------------

struct GoldenCase {
  const char* name;
  DotOptions options;
};

class DotGolden : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(DotGolden, MatchesTheGoldenFile) {
  const GoldenCase& c = GetParam();
  expect_golden(dot_text(drawing_graph(), c.options, c.name), std::string("export/golden/dot/") + c.name + ".dot");
}

INSTANTIATE_TEST_SUITE_P(Options, DotGolden,
                         ::testing::Values(GoldenCase{"default", DotOptions{}},
                                           GoldenCase{"labels_en", options(Labels::en, false, false)},
                                           GoldenCase{"labels_ar", options(Labels::ar, false, false)},
                                           GoldenCase{"aggregate", options(Labels::both, true, false)},
                                           GoldenCase{"state_clusters", options(Labels::both, false, true)},
                                           GoldenCase{"all", options(Labels::ar, true, true)}),
                         [](const ::testing::TestParamInfo<GoldenCase>& p) { return std::string(p.param.name); });

// --- read back with cgraph ------------------------------------------------------------------

TEST(Dot, ReReadWithCgraphKeepsNodesEdgesAndParallelEvents) {
  const graph::ActorGraph g = small_graph();
  const ReadBack r = write_and_read(g, DotOptions{});
  EXPECT_EQ(r.nodes, static_cast<int>(g.num_nodes()));
  EXPECT_EQ(r.legend_nodes, 7);
  std::set<std::string> keys;
  for (const auto& [key, attrs] : r.edges) keys.insert(key);
  EXPECT_EQ(keys, (std::set<std::string>{"e1", "e2", "e3", "e4", "e5"}));
  EXPECT_EQ(r.moscow_visits, 2);  // two visits on different dates stay two edges
  EXPECT_EQ(r.node_labels.at("person/vladimir-putin"), "Vladimir Putin\\nفلاديمير بوتين");
  EXPECT_EQ(r.edges.at("e1").at("label"), std::string("meeting ") + kLri + "2025-10-15" + kPdi);
  EXPECT_EQ(r.shape_of_syria, "doubleoctagon");
  EXPECT_FALSE(r.any_fixedsize);
}

TEST(Dot, EdgesKeepTheirDataAndProvenance) {
  const ReadBack r = write_and_read(hard_text_graph(), DotOptions{});
  const auto& e1 = r.edges.at("e1");  // the meeting reported by a1 and b1
  EXPECT_EQ(e1.at("id"), "e1");
  EXPECT_EQ(e1.at("type"), "meeting");
  EXPECT_EQ(e1.at("date"), "2025-10-15");
  EXPECT_EQ(e1.at("precision"), "day");
  EXPECT_EQ(e1.at("place"), "place/moscow");
  EXPECT_EQ(e1.at("sources"), "2");
  EXPECT_EQ(e1.at("attributes"), R"({"host":"person/vladimir-putin"})");
  EXPECT_EQ(e1.at("evidence"),
            std::string(R"([{"document":"a1","sentence":")") + kSentenceA +
                R"(","start":0,"end":57},{"document":"b1","sentence":")" + kSentenceB + R"(","start":0,"end":41}])");
  EXPECT_EQ(e1.at("tooltip"), std::string("a1: ") + kSentenceA + "\\nb1: " + kSentenceB);
  EXPECT_EQ(e1.at("dir"), "none");  // a meeting has no direction
  // the loop of the hard-text article: quotes, newline, tab and backslash survive the round trip
  const auto& loop = r.edges.at("e6");
  // (JSON's \" and \\ are written \u0022 and \u005c: DOT cannot hold a backslash before a quote)
  EXPECT_EQ(loop.at("attributes"), R"({"quote":"a \u0022quote\u0022, with\nlines; and \u005c backslash"})");
  EXPECT_EQ(loop.at("evidence"),
            R"([{"document":"c1","sentence":"قال \u0022سميث\u0022 <اليوم> & أضاف:\n\tسطر; ثانٍ, 🇸🇾 ثالث.","start":0,"end":47}])");
  EXPECT_EQ(r.node_labels.at("org/smith"), "Smith & Sons\\n<\"Ltd\">\nشركة\\nسميث");
}

struct LabelCase {
  Labels labels;
  std::string putin;
  std::string ministry;  // long: wrapped at spaces
};

TEST(Dot, NodeLabelsFollowTheOptionAndWrap) {
  const std::vector<LabelCase> cases = {
      {Labels::en, "Vladimir Putin", "Ministry of Defence\\n(Russia)"},
      {Labels::ar, "فلاديمير بوتين", "وزارة الدفاع الروسية"},
      {Labels::both, "Vladimir Putin\\nفلاديمير بوتين", "Ministry of Defence\\n(Russia)\\nوزارة الدفاع الروسية"},
  };
  for (const LabelCase& c : cases) {
    const ReadBack r = write_and_read(drawing_graph(), options(c.labels, false, false));
    EXPECT_EQ(r.node_labels.at("person/vladimir-putin"), c.putin) << describe(options(c.labels, false, false));
    EXPECT_EQ(r.node_labels.at("org/ru-ministry-of-defence"), c.ministry);
  }
}

TEST(Dot, ArabicLabelsFallBackToTheLabelAndLongArabicNamesWrap) {
  graph::ActorGraph g;
  ArticleResult a;
  a.document.id = "d";
  a.entities = {make_entity("org/x", EntityType::organization, "No Arabic", "", {}),
                make_entity("org/y", EntityType::organization, "Foreign Ministry",
                            "وزارة الخارجية والمغتربين في الجمهورية العربية السورية", {})};
  g.add(a);
  const ReadBack r = write_and_read(g, options(Labels::ar, false, false));
  EXPECT_EQ(r.node_labels.at("org/x"), "No Arabic");
  EXPECT_EQ(r.node_labels.at("org/y"), "وزارة الخارجية\\nوالمغتربين في\\nالجمهورية العربية\\nالسورية");
}

TEST(Dot, AggregateDrawsParallelEventsOfAPairAsOneEdge) {
  const graph::ActorGraph g = drawing_graph();
  const ReadBack r = write_and_read(g, options(Labels::both, true, false));
  // e1 Sharaa–Putin 2025-10-15 and e7 Putin–Sharaa 2025-01-30: one undirected pair
  const auto& meetings = r.edges.at("agg:e1");
  EXPECT_EQ(meetings.at("label"),
            std::string("meeting \xC3\x97") + "2\\n" + kLri + "2025-01-30 \xE2\x80\xA6 2025-10-15" + kPdi);
  EXPECT_EQ(meetings.at("events"), R"(["e1","e7"])");
  EXPECT_EQ(meetings.at("count"), "2");
  EXPECT_EQ(meetings.at("date_from"), "2025-01-30");
  EXPECT_EQ(meetings.at("date_to"), "2025-10-15");
  EXPECT_EQ(meetings.at("id"), "agg:e1");
  EXPECT_EQ(meetings.at("tooltip"), std::string("e1 2025-10-15: ") + kSentenceA + "\\ne7 2025-01-30: " + kSentenceA);
  const auto& visits = r.edges.at("agg:e4");
  EXPECT_EQ(visits.at("events"), R"(["e4","e5"])");
  EXPECT_EQ(visits.at("label"),
            std::string("visit \xC3\x97") + "2\\n" + kLri + "2025-01-30 \xE2\x80\xA6 2025-10-15" + kPdi);
  EXPECT_EQ(r.moscow_visits, 1);
  // a group of one stays the event's own edge
  EXPECT_EQ(r.edges.at("e2").at("label"), std::string("statement ") + kLri + "2025-10-16" + kPdi);
  EXPECT_EQ(r.edges.size(), g.num_edges() - 2);
}

TEST(Dot, AggregatedEventsOfOneDayShowOneDateAndUndatedOnesNone) {
  // two statements of one day (different quotes: two events), and two undated visits told by two
  // articles (undated events merge only within one article)
  graph::ActorGraph g;
  ArticleResult a;
  a.document.id = "d";
  a.entities = {make_entity("person/a", EntityType::person, "A", "", {}),
                make_entity("person/b", EntityType::person, "B", "", {}),
                make_entity("place/p", EntityType::location, "P", "", {})};
  a.events = {make_event("statement", "person/a", "person/b", Date{2025, 3, 1}, DatePrecision::day, Evidence{"d", "x", 0, 1}),
              make_event("statement", "person/a", "person/b", Date{2025, 3, 1}, DatePrecision::day, Evidence{"d", "y", 0, 1}),
              make_event("visit", "person/a", "place/p", std::nullopt, DatePrecision::document, Evidence{"d", "z", 0, 1})};
  a.events[0].attributes["quote"] = "one";
  a.events[1].attributes["quote"] = "two";
  ArticleResult b = a;
  b.document.id = "d2";
  b.events = {make_event("visit", "person/a", "place/p", std::nullopt, DatePrecision::document, Evidence{"d2", "w", 0, 1})};
  g.add(a);
  g.add(b);
  ASSERT_EQ(g.num_edges(), 4u) << "the test needs four separate events";
  const ReadBack r = write_and_read(g, options(Labels::en, true, false));
  EXPECT_EQ(r.edges.at("agg:e1").at("label"), std::string("statement \xC3\x97") + "2\\n" + kLri + "2025-03-01" + kPdi);
  EXPECT_EQ(r.edges.at("agg:e1").at("date_from"), "2025-03-01");
  EXPECT_EQ(r.edges.at("agg:e3").at("label"), "visit \xC3\x97" "2");
  EXPECT_EQ(r.edges.at("agg:e3").count("date_from"), 0u);
  EXPECT_EQ(r.edges.at("agg:e3").at("tooltip"), "e3: z\\ne4: w");
}

TEST(Dot, BackslashesBeforeAQuoteOrAtTheEndStayReadable) {
  // DOT cannot write an odd run of backslashes before a quote or at the end of a value
  graph::ActorGraph g;
  graph::NodeProps n;
  n.id = "org/x";
  n.label = "label \\\"q\\";
  n.name_en = "en \\\"q\\";
  n.name_ar = "ar \\\\\"q \\x";
  g.insert_node(n);
  const ReadBack r = write_and_read(g, DotOptions{});
  EXPECT_EQ(r.node_labels.at("org/x"), "label \\\\\"q\\\\\\nar \\\\\\\\\"q \\\\x");  // escString: doubled
  const std::string path = temp_path("backslash.dot");
  ASSERT_TRUE(write_dot(g, path, DotOptions{}).ok());
  const auto text = read_file(path);
  EXPECT_NE(text.find("name_en=\"en \xEF\xB9\xA8\\\"q\xEF\xB9\xA8\""), std::string::npos) << text;
  EXPECT_NE(text.find("name_ar=\"ar \\\\\\\"q \\x\""), std::string::npos) << text;  // an even run is fine
  std::filesystem::remove(path);
}

// Every event of the graph is in the file exactly once, as its own edge or in an aggregated one.
TEST(Dot, EveryEventAppearsOnceWithEveryOption) {
  const graph::ActorGraph g = drawing_graph();
  for (const DotOptions& o : all_options()) {
    const ReadBack r = write_and_read(g, o);
    std::multiset<std::string> seen;
    for (const auto& [key, attrs] : r.edges) {
      if (key.rfind(kAggregatePrefix, 0) != 0) {
        seen.insert(key);
        continue;
      }
      std::string list = attrs.at("events");  // ["e1","e7"]
      for (size_t at = list.find('"'); at != std::string::npos; at = list.find('"', list.find('"', at + 1) + 1))
        seen.insert(list.substr(at + 1, list.find('"', at + 1) - at - 1));
    }
    std::multiset<std::string> expected;
    for (size_t i = 0; i < g.num_edges(); ++i) expected.insert(g.edge(g.edge_at(i)).id);
    EXPECT_EQ(seen, expected) << describe(o);
    EXPECT_EQ(r.nodes, static_cast<int>(g.num_nodes())) << describe(o);
  }
}

struct ClusterCase {
  const char* what;
  graph::ActorGraph graph;
  std::map<std::string, std::set<std::string>> clusters;  // besides cluster_legend
};

TEST(Dot, StateClustersHoldTheStateAndItsOrganisationsBasesAndPlaces) {
  std::vector<ClusterCase> cases;
  cases.push_back({"drawing graph: country, located_in fallback; Putin (country RU) stays outside",
                   drawing_graph(),
                   {{"cluster_state/RU", {"state/RU", "org/ru-ministry-of-defence", "place/moscow"}},
                    {"cluster_state/SY", {"state/SY", "base/hmeimim"}}}});
  cases.push_back({"small graph: no home states, no clusters", small_graph(), {}});
  {
    // the ministry's state is not in the graph: no cluster
    graph::ActorGraph g;
    ArticleResult a;
    a.document.id = "d";
    EntityRecord mod = make_entity("org/x", EntityType::organization, "X", "", {});
    mod.country = "state/XX";
    a.entities = {mod};
    g.add(a);
    cases.push_back({"state not in the graph", std::move(g), {}});
  }
  for (const ClusterCase& c : cases) {
    ReadBack r = write_and_read(c.graph, options(Labels::both, false, true));
    ASSERT_EQ(r.clusters.erase("cluster_legend"), 1u) << c.what;
    EXPECT_EQ(r.clusters, c.clusters) << c.what;
  }
}

TEST(Dot, EscapesBackslashesInLabels) {
  graph::ActorGraph g;
  ArticleResult a;
  a.document.id = "d";
  a.entities = {make_entity("org/x", EntityType::organization, "A\\nB", "", {})};
  g.add(a);
  EXPECT_NE(dot_text(g, DotOptions{}, "escape").find("A\\\\nB"), std::string::npos);
}

TEST(Dot, InvalidUtf8BecomesReplacementCharacters) {
  graph::ActorGraph g;
  graph::NodeProps n;
  n.id = "org/x";
  n.label = std::string("bad\xFF end");
  g.insert_node(n);
  EXPECT_NE(dot_text(g, DotOptions{}, "utf8").find("bad\xEF\xBF\xBD end"), std::string::npos);
}

TEST(Dot, ReportsAnUnwritablePath) {
  Status s = write_dot(small_graph(), "/nonexistent-dir/graph.dot");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().message(),
            "/nonexistent-dir/graph.dot: cannot open for writing: No such file or directory (expected a writable path)");
}

// --- the real dot ------------------------------------------------------------------------------

// Runs `dot -Tsvg FILE -o /dev/null`; returns its exit status and what it printed on stderr.
std::pair<int, std::string> run_dot(const std::string& dot_file) {
  const std::string err = dot_file + ".stderr";
  const std::string command =
      std::string("'") + ACTORGRAPH_DOT + "' -Tsvg '" + dot_file + "' -o /dev/null 2>'" + err + "'";
  const int rc = std::system(command.c_str());
  std::string printed = read_file(err);
  std::filesystem::remove(err);
  return {rc, printed};
}

TEST(DotConsumer, DotRendersEveryOptionCombinationWithoutWarnings) {
  struct Input {
    const char* what;
    graph::ActorGraph graph;
  };
  std::vector<Input> inputs;
  inputs.push_back({"drawing graph", drawing_graph()});
  inputs.push_back({"hard text graph", hard_text_graph()});
  for (const Input& in : inputs) {
    for (const DotOptions& o : all_options()) {
      const std::string path = temp_path("consumer.dot");
      ASSERT_TRUE(write_dot(in.graph, path, o).ok());
      const auto [rc, printed] = run_dot(path);
      EXPECT_EQ(rc, 0) << in.what << ", " << describe(o);
      EXPECT_EQ(printed, "") << in.what << ", " << describe(o);
      std::filesystem::remove(path);
    }
  }
}

TEST(DotConsumer, DotReportsABrokenFile) {
  // the check above can fail: dot does print warnings and exit non-zero
  const std::string path = temp_path("broken.dot");
  std::ofstream(path) << "digraph { a -> b [label=<unclosed] }";
  const auto [rc, printed] = run_dot(path);
  EXPECT_NE(rc, 0);
  EXPECT_NE(printed, "");
  std::filesystem::remove(path);
}

// --- in-process SVG and PNG -----------------------------------------------------------------------

TEST(Svg, RendersInProcessWithTheArabicLabels) {
  const std::string path = temp_path("test.svg");
  Status s = render_svg(drawing_graph(), path, options(Labels::both, true, true));
  ASSERT_TRUE(s.ok()) << s.error().message();
  const std::string svg = read_file(path);
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find("فلاديمير بوتين"), std::string::npos);
  EXPECT_NE(svg.find("Amiri"), std::string::npos);
  EXPECT_NE(svg.find("<g id=\"agg:e1\" class=\"edge\">"), std::string::npos);
  EXPECT_NE(svg.find("<g id=\"e2\" class=\"edge\">"), std::string::npos);
  EXPECT_NE(svg.find("<title>cluster_state/RU</title>"), std::string::npos);
  std::filesystem::remove(path);
}

uint32_t big_endian(const std::string& s, size_t at) {
  uint32_t v = 0;
  for (size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(s[at + i]);
  return v;
}

TEST(Png, RendersAValidPngOfPlausibleSize) {
  const std::string path = temp_path("test.png");
  Status s = render_png(drawing_graph(), path, options(Labels::both, true, true));
  ASSERT_TRUE(s.ok()) << s.error().message();
  const std::string png = read_file(path);
  ASSERT_GT(png.size(), 24u);
  EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1A\n", 8));
  EXPECT_EQ(png.substr(12, 4), "IHDR");
  const uint32_t width = big_endian(png, 16), height = big_endian(png, 20);
  // 12 nodes, the legend and labels at 96 dpi: hundreds of pixels each way, not a blank 1x1 or a poster
  EXPECT_GT(width, 300u);
  EXPECT_LT(width, 5000u);
  EXPECT_GT(height, 300u);
  EXPECT_LT(height, 5000u);
  EXPECT_GT(png.size(), 20'000u);
  EXPECT_LT(png.size(), 2'000'000u);
  std::filesystem::remove(path);
}

TEST(Png, ReportsAnUnwritablePath) {
  Status s = render_png(small_graph(), "/nonexistent-dir/graph.png");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().message(),
            "/nonexistent-dir/graph.png: cannot open for writing: No such file or directory (expected a writable path)");
}

}  // namespace
}  // namespace actorgraph::exporters
