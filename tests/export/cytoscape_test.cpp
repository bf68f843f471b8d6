// Cytoscape.js elements writer: the golden file of the small fixed graph, ids unique across nodes
// and edges, compound parents, escaping, errors. cytoscape.js loading the export of the sample
// corpus is tests/consumers/check_cytoscape.js.
//
// Regenerate tests/export/golden/small.cytoscape.json after a deliberate change:
//   ACTORGRAPH_UPDATE_GOLDEN=1 ctest --test-dir BUILD -R CytoscapeExport   (then review git diff)
#include "actorgraph/export/cytoscape.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <map>
#include <set>
#include <sstream>

#include "support/golden.h"
#include "support/hard_text_graph.h"

namespace actorgraph::exporters {
namespace {

using namespace actorgraph::testing;

std::string cytoscape(const graph::ActorGraph& g) {
  std::ostringstream out;
  const Status s = write_cytoscape(g, out);
  EXPECT_TRUE(s.ok()) << s.error().message();
  return out.str();
}

// What a consumer sees: the parsed elements.
struct Elements {
  std::set<std::string> node_ids, edge_ids;
  size_t nodes = 0, edges = 0;
  std::map<std::string, std::string> parent;  // node graph_id -> parent id
  std::vector<std::pair<std::string, std::string>> ends;  // edge source, target
  rapidjson::Document doc;
};

Elements parse(const std::string& json) {
  Elements e;
  e.doc.Parse(json.c_str());
  EXPECT_FALSE(e.doc.HasParseError()) << json;
  if (e.doc.HasParseError()) return e;
  for (const auto& n : e.doc["elements"]["nodes"].GetArray()) {
    const auto& d = n["data"];
    ++e.nodes;
    e.node_ids.insert(d["id"].GetString());
    if (d.HasMember("parent")) e.parent[d["graph_id"].GetString()] = d["parent"].GetString();
  }
  for (const auto& x : e.doc["elements"]["edges"].GetArray()) {
    const auto& d = x["data"];
    ++e.edges;
    e.edge_ids.insert(d["id"].GetString());
    e.ends.emplace_back(d["source"].GetString(), d["target"].GetString());
  }
  return e;
}

TEST(CytoscapeExport, MatchesTheGoldenFile) {
  expect_golden(cytoscape(small_graph()), "export/golden/small.cytoscape.json");
}

TEST(CytoscapeExport, EveryEdgeIsKeptWithIdsUniqueAcrossNodesAndEdges) {
  // A node whose id is an edge's id: without prefixes cytoscape.js would drop one of them.
  graph::ActorGraph g = hard_text_graph();
  graph::NodeProps clash;
  clash.id = "e1";
  clash.label = "clash";
  const graph::Vertex v = g.insert_node(clash);
  graph::EdgeProps e;
  e.id = "e99";
  e.type = "meeting";
  g.insert_edge(v, *g.find_node("state/SY"), e);

  const Elements el = parse(cytoscape(g));
  EXPECT_EQ(el.nodes, g.num_nodes());
  EXPECT_EQ(el.edges, g.num_edges());
  EXPECT_EQ(el.node_ids.size(), el.nodes);
  EXPECT_EQ(el.edge_ids.size(), el.edges);
  for (const std::string& id : el.edge_ids) EXPECT_EQ(el.node_ids.count(id), 0u) << id;
  for (const auto& [s, t] : el.ends) {
    EXPECT_EQ(el.node_ids.count(s), 1u) << s;
    EXPECT_EQ(el.node_ids.count(t), 1u) << t;
  }
  EXPECT_EQ(el.node_ids.count("n:e1"), 1u);
  EXPECT_EQ(el.edge_ids.count("e:e1"), 1u);
}

TEST(CytoscapeExport, StatesAreCompoundParentsOfTheirOrganisationsAndBases) {
  std::vector<ArticleResult> articles = small_articles();
  for (EntityRecord& r : articles[0].entities) {
    if (r.id == "org/ru-ministry-of-defence" || r.id == "base/hmeimim" || r.id == "media/rt") r.country = "state/RU";
  }
  EntityRecord us_base = make_entity("base/al-tanf", EntityType::military_base, "Al-Tanf", "التنف", {});
  us_base.country = "state/US";  // not in the graph: no parent
  articles[0].entities.push_back(us_base);
  articles[0].events.push_back(make_event("visit", "person/ahmed-al-sharaa", "base/al-tanf", std::nullopt,
                                          DatePrecision::document, Evidence{"a1", kSentenceA, 0, 57}));
  graph::ActorGraph g;
  for (const ArticleResult& a : articles) g.add(a);

  const Elements el = parse(cytoscape(g));
  const std::map<std::string, std::string> expected = {
      {"org/ru-ministry-of-defence", "n:state/RU"},
      {"base/hmeimim", "n:state/RU"},
  };  // not Putin (a person), not RT (media), not al-Tanf (its state is not in the graph)
  EXPECT_EQ(el.parent, expected);
}

TEST(CytoscapeExport, KeepsFieldsAndEscapesText) {
  const Elements el = parse(cytoscape(hard_text_graph()));
  ASSERT_TRUE(el.doc.IsObject());
  const auto& edges = el.doc["elements"]["edges"];
  const auto& loop = edges[edges.Size() - 1]["data"];
  EXPECT_STREQ(loop["source"].GetString(), "n:org/smith");
  EXPECT_STREQ(loop["target"].GetString(), "n:org/smith");
  EXPECT_STREQ(loop["graph_id"].GetString(), "e6");
  EXPECT_STREQ(loop["attributes"]["quote"].GetString(), kHardQuote);
  EXPECT_STREQ(loop["provenance"][0]["sentence"].GetString(), kHardSentence);
  EXPECT_EQ(loop["provenance"][0]["end"].GetUint(), 47u);
  EXPECT_TRUE(loop["place"].IsNull());
  const auto& meeting = edges[0]["data"];
  EXPECT_EQ(meeting["sources"].GetUint(), 2u);
  EXPECT_EQ(meeting["provenance"].Size(), 2u);
  EXPECT_STREQ(meeting["date"].GetString(), "2025-10-15");
  EXPECT_STREQ(meeting["place"].GetString(), "place/moscow");
  const auto& nodes = el.doc["elements"]["nodes"];
  const auto& smith = nodes[nodes.Size() - 1]["data"];
  EXPECT_STREQ(smith["label"].GetString(), kHardLabel);
  EXPECT_STREQ(smith["aliases"][0].GetString(), kHardAlias);
  EXPECT_STREQ(smith["parent"].GetString(), "n:state/RU");
}

TEST(CytoscapeExport, ErrorsNameThePath) {
  const Status s = write_cytoscape(small_graph(), std::string("/nonexistent-dir/graph.json"));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().message(),
            "/nonexistent-dir/graph.json: cannot open for writing: No such file or directory (expected a writable path)");
  std::ostringstream broken;
  broken.setstate(std::ios::badbit);
  const Status w = write_cytoscape(small_graph(), broken);
  ASSERT_FALSE(w.ok());
  EXPECT_EQ(w.error().message(), "write failed");
}

}  // namespace
}  // namespace actorgraph::exporters
