#include "actorgraph/export/json.h"

#include <gtest/gtest.h>

#include <ostream>
#include <rapidjson/document.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>

#include "actorgraph/extract/text.h"
#include "support/test_graph.h"

namespace actorgraph::exporters {
namespace {

using namespace actorgraph::testing;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string to_json(const graph::ActorGraph& g, bool pretty = true) {
  std::ostringstream out;
  Status s = write_graph_json(g, out, pretty);
  EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message());
  return out.str();
}

// Validates `json` against schema/graph.schema.json; returns "" or a description of the failure.
std::string schema_errors(const std::string& json) {
  rapidjson::Document sd;
  sd.Parse(slurp(ACTORGRAPH_SOURCE_DIR "/schema/graph.schema.json").c_str());
  if (sd.HasParseError()) return "schema is not JSON";
  rapidjson::SchemaDocument schema(sd);
  rapidjson::Document d;
  d.Parse(json.c_str());
  if (d.HasParseError()) return "not JSON";
  rapidjson::SchemaValidator v(schema);
  if (d.Accept(v)) return "";
  rapidjson::StringBuffer where;
  v.GetInvalidDocumentPointer().StringifyUriFragment(where);
  return std::string(v.GetInvalidSchemaKeyword()) + " at " + where.GetString();
}

const rapidjson::Value& edge_by_id(const rapidjson::Document& d, const char* id) {
  for (const auto& e : d["edges"].GetArray())
    if (std::string_view(e["id"].GetString()) == id) return e;
  ADD_FAILURE() << "no edge " << id;
  static rapidjson::Value none;
  return none;
}

TEST(GraphJson, ValidatesAgainstTheSchema) {
  const std::string json = to_json(small_graph());
  EXPECT_EQ(schema_errors(json), "");
  EXPECT_EQ(schema_errors(to_json(small_graph(), false)), "");
  EXPECT_EQ(schema_errors(to_json(graph::ActorGraph{})), "");
}

struct SchemaBreak {
  const char* name;
  const char* from;
  const char* to;
  const char* keyword;
};
// Short parameter names keep ctest's test list readable.
void PrintTo(const SchemaBreak& c, std::ostream* os) { *os << c.name; }

class SchemaIsStrict : public ::testing::TestWithParam<SchemaBreak> {};

TEST_P(SchemaIsStrict, RejectsABrokenGraph) {
  std::string json = to_json(small_graph(), false);
  const size_t at = json.find(GetParam().from);
  ASSERT_NE(at, std::string::npos) << GetParam().from;
  json.replace(at, std::string_view(GetParam().from).size(), GetParam().to);
  EXPECT_EQ(schema_errors(json).substr(0, std::string_view(GetParam().keyword).size()), GetParam().keyword);
}

INSTANTIATE_TEST_SUITE_P(
    Table, SchemaIsStrict,
    ::testing::Values(SchemaBreak{"node type", "\"type\":\"state\"", "\"type\":\"country\"", "enum"},
                      SchemaBreak{"date", "\"date\":\"2025-10-15\"", "\"date\":\"2025-13-15\"", "oneOf"},
                      SchemaBreak{"precision", "\"date_precision\":\"day\"", "\"date_precision\":\"exact\"", "enum"},
                      SchemaBreak{"version", "\"version\":1", "\"version\":2", "enum"},
                      SchemaBreak{"offset", "\"start\":0", "\"start\":-1", "minimum"},
                      SchemaBreak{"attribute", "\"host\":\"person/vladimir-putin\"", "\"host\":3", "type"},
                      SchemaBreak{"missing field", "\"label\":\"Russia\",", "", "required"}),
    [](const auto& param_info) {
      std::string n = param_info.param.name;
      for (char& c : n)
        if (c == ' ') c = '_';
      return n;
    });

TEST(GraphJson, KeepsEvidenceOffsetsArabicTextAndSourceCounts) {
  rapidjson::Document d;
  d.Parse(to_json(small_graph()).c_str());
  ASSERT_FALSE(d.HasParseError());
  ASSERT_TRUE(d["format"].IsString());
  EXPECT_STREQ(d["format"].GetString(), "actorgraph");
  EXPECT_TRUE(d["version"].IsInt() && d["version"].GetInt() == 1);
  ASSERT_EQ(d["documents"].Size(), 2u);
  EXPECT_TRUE(d["documents"][1]["url"].IsNull());
  EXPECT_STREQ(d["documents"][0]["title"].GetString(), "لقاء في موسكو");

  const rapidjson::Value& meet = edge_by_id(d, "e1");
  EXPECT_STREQ(meet["type"].GetString(), "meeting");
  EXPECT_STREQ(meet["date"].GetString(), "2025-10-15");
  EXPECT_STREQ(meet["place"].GetString(), "place/moscow");
  EXPECT_TRUE(meet["attributes"]["sources"].IsInt() && meet["attributes"]["sources"].GetInt() == 2);
  ASSERT_EQ(meet["evidence"].Size(), 2u);
  const rapidjson::Value& ev = meet["evidence"][0];
  EXPECT_STREQ(ev["sentence"].GetString(), kSentenceA);
  // text[start:end] in code points is the sentence, emoji included
  std::u32string text;
  ASSERT_TRUE(decode_utf8(std::string(kSentenceA) + " " + kSentenceB, text));
  EXPECT_EQ(encode_utf8(std::u32string_view(text).substr(ev["start"].GetUint(), ev["end"].GetUint() - ev["start"].GetUint())),
            kSentenceA);
  EXPECT_STREQ(meet["evidence"][1]["document"].GetString(), "b1");

  const rapidjson::Value& said = edge_by_id(d, "e2");
  EXPECT_STREQ(said["attributes"]["quote"].GetString(), "العلاقات بين البلدين \"متينة\" \\ قوية");
  EXPECT_FALSE(said["attributes"].HasMember("sources"));  // one document only
  const rapidjson::Value& operates = edge_by_id(d, "e3");
  EXPECT_TRUE(operates["date"].IsNull());
  EXPECT_TRUE(operates["place"].IsNull());
}

TEST(GraphJson, MatchesTheGoldenFile) {
  const std::string path = ACTORGRAPH_TESTS_DIR "/export/golden/small.json";
  const std::string json = to_json(small_graph());
  if (std::getenv("ACTORGRAPH_UPDATE_GOLDEN")) std::ofstream(path, std::ios::binary) << json;
  EXPECT_EQ(json, slurp(path)) << "regenerate with ACTORGRAPH_UPDATE_GOLDEN=1 after checking the change";
}

TEST(GraphJson, RoundTripsThroughTheReader) {
  const graph::ActorGraph g = small_graph();
  const std::string json = to_json(g);
  Expected<graph::ActorGraph> back = parse_graph_json(json, "small.json");
  ASSERT_TRUE(back.ok()) << back.error().message();
  EXPECT_EQ(back->num_nodes(), g.num_nodes());
  EXPECT_EQ(back->num_edges(), g.num_edges());
  EXPECT_EQ(to_json(*back), json);
  const graph::EdgeProps& e1 = back->edge(back->edge_at(0));
  EXPECT_EQ(e1.sources, (std::set<std::string>{"example.org", "b1"}));  // outlets: url host, else document id
  EXPECT_EQ(e1.evidence[0].end, 57u);
}

TEST(GraphJson, ReadsAFile) {
  const std::string path = ::testing::TempDir() + "/actorgraph_json_test.json";
  {
    std::ofstream out(path, std::ios::binary);
    ASSERT_TRUE(write_graph_json(small_graph(), out).ok());
  }
  Expected<graph::ActorGraph> g = read_graph_json(path);
  ASSERT_TRUE(g.ok()) << g.error().message();
  EXPECT_EQ(g->num_edges(), 5u);
  std::remove(path.c_str());
  Expected<graph::ActorGraph> missing = read_graph_json(path);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().message(), path + ": cannot open file (expected a readable graph.json)");
}

// The writer's layout is streamed element by element; any other layout is read as one DOM. Both
// must give the same graph.
std::string reordered(const std::string& json) {
  rapidjson::Document in;
  in.Parse(json.c_str());
  rapidjson::Document out(rapidjson::kObjectType);
  auto& a = out.GetAllocator();
  out.AddMember("comment", "members in another order, and one the reader ignores", a);
  for (const char* k : {"edges", "nodes", "documents", "version", "format"})
    out.AddMember(rapidjson::StringRef(k), rapidjson::Value(in[k], a), a);
  rapidjson::StringBuffer b;
  rapidjson::Writer<rapidjson::StringBuffer> w(b);
  out.Accept(w);
  return std::string(b.GetString(), b.GetSize());
}

TEST(GraphJson, ReadsMembersInAnyOrder) {
  const std::string json = to_json(small_graph());
  const std::string other = reordered(json);
  ASSERT_NE(other.find("\"edges\""), std::string::npos);
  ASSERT_LT(other.find("\"edges\""), other.find("\"nodes\""));
  Expected<graph::ActorGraph> back = parse_graph_json(other, "other.json");
  ASSERT_TRUE(back.ok()) << back.error().message();
  EXPECT_EQ(to_json(*back), json);

  const std::string path = ::testing::TempDir() + "/actorgraph_json_order_test.json";
  std::ofstream(path, std::ios::binary) << other;
  Expected<graph::ActorGraph> file = read_graph_json(path);
  std::remove(path.c_str());
  ASSERT_TRUE(file.ok()) << file.error().message();
  EXPECT_EQ(to_json(*file), json);
}

TEST(GraphJson, AFileWithASyntaxErrorNamesItsLine) {
  const std::string path = ::testing::TempDir() + "/actorgraph_json_syntax_test.json";
  std::ofstream(path, std::ios::binary) << "{\"format\":\"actorgraph\",\n\"version\":1,\n\"documents\": [,]}";
  Expected<graph::ActorGraph> g = read_graph_json(path);
  std::remove(path.c_str());
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.error().message(), path + ":3: invalid JSON: Invalid value. (expected graph.json written by actorgraph)");
}

// Edge ids are strings: "e01" is not "e1"; numbers past the writer's range are compared as well.
TEST(GraphJson, EdgeIdsAreComparedAsStrings) {
  std::string json = "{\"format\":\"actorgraph\",\"version\":1,\"documents\":[],\"nodes\":[{\"id\":\"a\","
                     "\"type\":\"state\",\"label\":\"x\",\"names\":{\"ar\":null,\"en\":null},\"aliases\":[],"
                     "\"roles\":[]}],\"edges\":[";
  const char* ids[] = {"e1", "e01", "x", "e123456789", "e0"};
  for (const char* id : ids) {
    json += std::string(id == ids[0] ? "" : ",") + "{\"id\":\"" + id +
            "\",\"type\":\"statement\",\"source\":\"a\",\"target\":\"a\",\"date\":null,"
            "\"date_precision\":\"document\",\"place\":null,\"attributes\":{},\"evidence\":[]}";
  }
  json += "]}";
  Expected<graph::ActorGraph> g = parse_graph_json(json, "g.json");
  ASSERT_TRUE(g.ok()) << g.error().message();
  EXPECT_EQ(g->num_edges(), 5u);
}

struct ReadError {
  const char* name;
  const char* json;
  const char* message;
};
// Short parameter names keep ctest's test list readable.
void PrintTo(const ReadError& c, std::ostream* os) { *os << c.name; }

class ReaderErrors : public ::testing::TestWithParam<ReadError> {};

TEST_P(ReaderErrors, NameFileLineAndElement) {
  Expected<graph::ActorGraph> g = parse_graph_json(GetParam().json, "g.json");
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.error().message(), GetParam().message);
}

#define HEAD "{\"format\":\"actorgraph\",\"version\":1,\"documents\":[],"
#define NODE(id, type) "{\"id\":\"" id "\",\"type\":\"" type "\",\"label\":\"x\",\"names\":{\"ar\":null,\"en\":null},\"aliases\":[],\"roles\":[]}"
#define EDGE(id) "{\"id\":\"" id "\",\"type\":\"visit\",\"source\":\"a\",\"target\":\"a\",\"date\":null," \
  "\"date_precision\":\"day\",\"place\":null,\"attributes\":{},\"evidence\":[]}"
INSTANTIATE_TEST_SUITE_P(
    Table, ReaderErrors,
    ::testing::Values(
        ReadError{"syntax", "{\"format\":\"actorgraph\",\n\"version\":1,\n\"nodes\": [,]}",
                  "g.json:3: invalid JSON: Invalid value. (expected graph.json written by actorgraph)"},
        ReadError{"format", "{\"format\":\"other\"}", "g.json: not an actorgraph graph (expected \"format\": \"actorgraph\")"},
        ReadError{"version", "{\"format\":\"actorgraph\",\"version\":2}", "g.json: unsupported version (expected \"version\": 1)"},
        ReadError{"node type", HEAD "\"nodes\":[" NODE("a", "country") "],\"edges\":[]}",
                  "g.json: nodes[0]: unknown node type \"country\" (expected person, state, organization, "
                  "military_base, location or media)"},
        ReadError{"duplicate node", HEAD "\"nodes\":[" NODE("a", "state") "," NODE("a", "state") "],\"edges\":[]}",
                  "g.json: nodes[1]: duplicate node id \"a\" (expected unique node ids)"},
        ReadError{"missing", HEAD "\"nodes\":[{\"id\":\"a\",\"type\":\"state\"}],\"edges\":[]}",
                  "g.json: nodes[0]: missing \"label\""},
        ReadError{"dangling edge", HEAD "\"nodes\":[" NODE("a", "state") "],\"edges\":[{\"id\":\"e1\",\"type\":\"visit\","
                  "\"source\":\"a\",\"target\":\"b\",\"date\":null,\"date_precision\":\"day\",\"place\":null,"
                  "\"attributes\":{},\"evidence\":[]}]}",
                  "g.json: edges[0]: target \"b\" is not a node (expected a node id)"},
        ReadError{"bad date", HEAD "\"nodes\":[" NODE("a", "state") "],\"edges\":[{\"id\":\"e1\",\"type\":\"visit\","
                  "\"source\":\"a\",\"target\":\"a\",\"date\":\"2025-02-29\",\"date_precision\":\"day\",\"place\":null,"
                  "\"attributes\":{},\"evidence\":[]}]}",
                  "g.json: edges[0]: \"date\" is not a date: 2025-02-29 (expected YYYY-MM-DD)"},
        ReadError{"duplicate edge", HEAD "\"nodes\":[" NODE("a", "state") "],\"edges\":[" EDGE("e2") "," EDGE("e2") "]}",
                  "g.json: edges[1]: duplicate edge id \"e2\" (expected unique edge ids)"},
        ReadError{"duplicate long edge id", HEAD "\"nodes\":[" NODE("a", "state") "],\"edges\":[" EDGE("e123456789") ","
                  EDGE("e123456789") "]}",
                  "g.json: edges[1]: duplicate edge id \"e123456789\" (expected unique edge ids)"},
        ReadError{"duplicate other edge id", HEAD "\"nodes\":[" NODE("a", "state") "],\"edges\":[" EDGE("x") "," EDGE("x") "]}",
                  "g.json: edges[1]: duplicate edge id \"x\" (expected unique edge ids)"},
        // the duplicate id comes before the syntax error in the text, but bad JSON is reported first
        ReadError{"syntax after an error", HEAD "\"nodes\":[" NODE("a", "state") "],\n\"edges\":[" EDGE("e1") ","
                  EDGE("e1") "],\n}",
                  "g.json:3: invalid JSON: Missing a name for object member. (expected graph.json written by actorgraph)"},
        ReadError{"nodes not an array", HEAD "\"nodes\":{},\"edges\":[]}",
                  "g.json: \"nodes\" is not an array (expected an array)"},
        ReadError{"no edges", HEAD "\"nodes\":[]}", "g.json: missing \"edges\""},
        ReadError{"offset", HEAD "\"nodes\":[" NODE("a", "state") "],\"edges\":[{\"id\":\"e1\",\"type\":\"visit\","
                  "\"source\":\"a\",\"target\":\"a\",\"date\":null,\"date_precision\":\"day\",\"place\":null,"
                  "\"attributes\":{},\"evidence\":[{\"document\":\"d\",\"sentence\":\"s\",\"start\":-1,\"end\":2}]}]}",
                  "g.json: edges[0].evidence[0]: \"start\" is not a non-negative integer (expected a code-point offset)"}),
    [](const auto& param_info) {
      std::string n = param_info.param.name;
      for (char& c : n)
        if (c == ' ') c = '_';
      return n;
    });

TEST(GraphJson, InvalidUtf8IsAnErrorAndIsNotWritten) {
  graph::ActorGraph g;
  ArticleResult r;
  r.document.id = "d1";
  r.entities = {make_entity("person/x", EntityType::person, "bad \xC3\x28 label", "", {})};
  g.add(r);
  std::ostringstream out;
  Status s = write_graph_json(g, out);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().message(), "invalid UTF-8 in node 'person/x' field label (expected UTF-8 text)");
  EXPECT_EQ(out.str().find("bad "), std::string::npos);
}

TEST(ArticleLine, IsOneLineWithTheExtractFields) {
  const ArticleResult a = small_articles()[0];
  const std::string line = article_json_line(a);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  rapidjson::Document d;
  d.Parse(line.c_str());
  ASSERT_FALSE(d.HasParseError());
  EXPECT_STREQ(d["document"]["id"].GetString(), "a1");
  EXPECT_STREQ(d["document"]["date"].GetString(), "2025-10-16");
  EXPECT_FALSE(d["document"].HasMember("text"));
  ASSERT_EQ(d["mentions"].Size(), 1u);
  const rapidjson::Value& m = d["mentions"][0];
  EXPECT_TRUE(m["start"].IsUint() && m["start"].GetUint() == 16);
  EXPECT_TRUE(m["end"].IsUint() && m["end"].GetUint() == 26);
  EXPECT_STREQ(m["text"].GetString(), "أحمد الشرع");
  EXPECT_STREQ(m["type"].GetString(), "person");
  EXPECT_STREQ(m["entity"].GetString(), "person/ahmed-al-sharaa");
  EXPECT_EQ(d["entities"].Size(), a.entities.size());
  EXPECT_STREQ(d["entities"][1]["roles"][0]["of"].GetString(), "state/RU");
  ASSERT_EQ(d["events"].Size(), a.events.size());
  const rapidjson::Value& e = d["events"][0];
  EXPECT_STREQ(e["id"].GetString(), "e1");
  EXPECT_STREQ(e["date_precision"].GetString(), "day");
  EXPECT_EQ(e["evidence"].Size(), 1u);
  EXPECT_TRUE(e["evidence"][0]["end"].IsUint() && e["evidence"][0]["end"].GetUint() == 57);
}

TEST(ArticleLine, RepairsInvalidUtf8AndLoopsATargetlessStatement) {
  ArticleResult a;
  a.document.id = "d\xFF";
  a.events = {make_event("statement", "person/x", "", std::nullopt, DatePrecision::document, Evidence{"d", "s", 0, 1})};
  rapidjson::Document d;
  d.Parse(article_json_line(a).c_str());
  ASSERT_FALSE(d.HasParseError());
  EXPECT_STREQ(d["document"]["id"].GetString(), "d\xEF\xBF\xBD");
  EXPECT_STREQ(d["events"][0]["target"].GetString(), "person/x");
  EXPECT_TRUE(d["events"][0]["date"].IsNull());
}

}  // namespace
}  // namespace actorgraph::exporters
