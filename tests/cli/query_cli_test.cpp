// Runs `actorgraph query` (the real binary, ACTORGRAPH_BIN) on tests/cli/fixtures/query_graph.json,
// the graph of tests/support/query_graph.h written by exporters::write_graph_json, and checks exact
// outputs in each format, the known answers (from Putin to Abu Qasra through al-Sharaa or through
// Belousov), exit codes and error messages.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {
namespace fs = std::filesystem;

const std::string kBin = ACTORGRAPH_BIN;
const std::string kGraph = std::string(ACTORGRAPH_TESTS_DIR) + "/cli/fixtures/query_graph.json";

std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Result {
  int code = -1;
  std::string out, err;
};

std::string describe(const Result& r) { return "exit " + std::to_string(r.code) + "\nstdout: " + r.out + "\nstderr: " + r.err; }

class QueryCli : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    tmp_ = fs::temp_directory_path() / ("actorgraph_query_cli_test_" + std::to_string(::getpid()) + "_" + info->name());
    fs::remove_all(tmp_);
    fs::create_directories(tmp_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(tmp_, ec);
  }

  Result run(const std::vector<std::string>& args) const {
    std::string cmd = quote(kBin);
    for (const auto& a : args) cmd += " " + quote(a);
    const fs::path out = tmp_ / "stdout", err = tmp_ / "stderr";
    cmd += " </dev/null >" + quote(out.string()) + " 2>" + quote(err.string());
    Result r;
    const int status = std::system(cmd.c_str());
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
  }

  // `actorgraph query GRAPH.json ARGS...` on the fixture.
  Result query(std::vector<std::string> args) const {
    args.insert(args.begin(), {"query", kGraph});
    return run(args);
  }

  std::string write(const std::string& name, const std::string& content) const {
    const fs::path p = tmp_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

  fs::path tmp_;
};

rapidjson::Document parse_json(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.c_str());
  EXPECT_FALSE(d.HasParseError()) << text;
  return d;
}

// ---- exact outputs ----------------------------------------------------------------------------------

struct OutputCase {
  const char* name;
  std::vector<std::string> args;
  std::string out;
};

TEST_F(QueryCli, ExactOutputsOnTheFixture) {
  const std::vector<OutputCase> cases = {
      {"met table",
       {"met", "--actor", "putin", "--with", "الشرع"},
       "date        actor           with             place   type     sources  edge  evidence  sentence\n"
       "2025-10-15  Vladimir Putin  Ahmed al-Sharaa  Moscow  meeting  2        e1    d1:0-15   جملة الحدث e1\n"
       "2026-01-20  Vladimir Putin  Ahmed al-Sharaa  -       meeting  1        e13   d4:0-15   جملة الحدث e13\n"},
      {"met csv",
       {"met", "--actor", "بوتين", "--with", "Sharaa", "--format", "csv"},
       "date,precision,actor_id,actor,with_id,with,place_id,place,type,sources,documents,edge,document,start,end,sentence\r\n"
       "2025-10-15,day,person/vladimir-putin,Vladimir Putin,person/ahmed-al-sharaa,Ahmed al-Sharaa,location/moscow,Moscow,"
       "meeting,2,\"d1,d2\",e1,d1,0,15,جملة الحدث e1\r\n"
       "2026-01-20,day,person/vladimir-putin,Vladimir Putin,person/ahmed-al-sharaa,Ahmed al-Sharaa,,,meeting,1,d4,e13,"
       "d4,0,15,جملة الحدث e13\r\n"},
      {"met json",
       {"met", "--actor", "putin", "--with", "sharaa", "--to", "2025-12-31", "--format", "json"},
       R"([
  {
    "edge": "e1",
    "type": "meeting",
    "date": "2025-10-15",
    "precision": "day",
    "actor": {
      "id": "person/vladimir-putin",
      "label": "Vladimir Putin"
    },
    "with": {
      "id": "person/ahmed-al-sharaa",
      "label": "Ahmed al-Sharaa"
    },
    "place": {
      "id": "location/moscow",
      "label": "Moscow"
    },
    "sources": 2,
    "documents": [
      "d1",
      "d2"
    ],
    "evidence": {
      "document": "d1",
      "sentence": "جملة الحدث e1",
      "start": 0,
      "end": 15
    }
  }
]
)"},
      {"met calls by --type",
       {"met", "--actor", "putin", "--type", "call"},
       "date        actor           with             place  type  sources  edge  evidence  sentence\n"
       "2025-12-01  Vladimir Putin  Ahmed al-Sharaa  -      call  1        e9    d4:0-15   جملة الحدث e9\n"},
      {"timeline table",
       {"timeline", "ابو قصره"},
       "date        event       source            target                       place     sources  edge  evidence  sentence\n"
       "2025-11-02  meeting     Ahmed al-Sharaa   Murhaf Abu Qasra             Damascus  1        e2    d3:0-15   جملة الحدث e2\n"
       "2025-11-02  holds_role  Murhaf Abu Qasra  Ministry of Defence (Syria)  -         1        e7    d3:0-15   جملة الحدث e7\n"
       "2025-11-20  meeting     Andrei Belousov   Murhaf Abu Qasra             Moscow    1        e4    d4:0-15   جملة الحدث e4\n"},
      {"timeline csv, undated last",
       {"timeline", "person/vladimir-putin", "--type", "planned_visit,statement", "--format", "csv"},
       "date,precision,event,source_id,source,target_id,target,place_id,place,sources,documents,edge,document,start,end,sentence\r\n"
       "2025-10-16,document,statement,person/vladimir-putin,Vladimir Putin,person/vladimir-putin,Vladimir Putin,,,1,d2,e11,"
       "d2,0,15,جملة الحدث e11\r\n"
       ",document,planned_visit,person/vladimir-putin,Vladimir Putin,location/damascus,Damascus,,,1,d4,e14,d4,0,15,"
       "جملة الحدث e14\r\n"},
      {"ego table",
       {"ego", "Belousov", "--type", "meeting"},
       "id                       type      label\n"
       "person/vladimir-putin    person    Vladimir Putin\n"
       "person/murhaf-abu-qasra  person    Murhaf Abu Qasra\n"
       "person/andrei-belousov   person    Andrei Belousov\n"
       "location/moscow          location  Moscow\n"
       "\n"
       "edge  type     date        source           target            place\n"
       "e3    meeting  2025-09-10  Vladimir Putin   Andrei Belousov   Moscow\n"
       "e4    meeting  2025-11-20  Andrei Belousov  Murhaf Abu Qasra  Moscow\n"},
      {"ego csv",
       {"ego", "بيلوسوف", "--type", "meeting", "--format", "csv"},
       "element,id,type,label,source,target,date,place\r\n"
       "node,person/vladimir-putin,person,Vladimir Putin,,,,\r\n"
       "node,person/murhaf-abu-qasra,person,Murhaf Abu Qasra,,,,\r\n"
       "node,person/andrei-belousov,person,Andrei Belousov,,,,\r\n"
       "node,location/moscow,location,Moscow,,,,\r\n"
       "edge,e3,meeting,,person/vladimir-putin,person/andrei-belousov,2025-09-10,location/moscow\r\n"
       "edge,e4,meeting,,person/andrei-belousov,person/murhaf-abu-qasra,2025-11-20,location/moscow\r\n"},
      // the issue's known answer: through al-Sharaa or through Belousov, role edges counted
      {"path table",
       {"path", "بوتين", "أبو قصرة"},
       "path  step  from             to                date        type     place     sources  edge  evidence  sentence\n"
       "1     1     Vladimir Putin   Ahmed al-Sharaa   2025-10-15  meeting  Moscow    2        e1    d1:0-15   جملة الحدث e1\n"
       "1     1     Vladimir Putin   Ahmed al-Sharaa   2025-12-01  call     -         1        e9    d4:0-15   جملة الحدث e9\n"
       "1     1     Vladimir Putin   Ahmed al-Sharaa   2026-01-20  meeting  -         1        e13   d4:0-15   جملة الحدث e13\n"
       "1     2     Ahmed al-Sharaa  Murhaf Abu Qasra  2025-11-02  meeting  Damascus  1        e2    d3:0-15   جملة الحدث e2\n"
       "2     1     Vladimir Putin   Andrei Belousov   2025-09-10  meeting  Moscow    1        e3    d1:0-15   جملة الحدث e3\n"
       "2     2     Andrei Belousov  Murhaf Abu Qasra  2025-11-20  meeting  Moscow    1        e4    d4:0-15   جملة الحدث e4\n"},
      {"path csv in a window",
       {"path", "putin", "abu qasra", "--from", "2025-11-01", "--type", "meeting", "--format", "csv"},
       "path,step,from_id,from,to_id,to,date,precision,type,direction,place_id,place,sources,documents,edge,document,"
       "start,end,sentence\r\n"
       "1,1,person/vladimir-putin,Vladimir Putin,person/ahmed-al-sharaa,Ahmed al-Sharaa,2026-01-20,day,meeting,backward,"
       ",,1,d4,e13,d4,0,15,جملة الحدث e13\r\n"
       "1,2,person/ahmed-al-sharaa,Ahmed al-Sharaa,person/murhaf-abu-qasra,Murhaf Abu Qasra,2025-11-02,day,meeting,"
       "forward,location/damascus,Damascus,1,d3,e2,d3,0,15,جملة الحدث e2\r\n"},
      {"rank betweenness",
       {"rank", "--by", "betweenness", "--from", "2025-10-01", "--to", "2025-11-30", "--limit", "4"},
       "rank  id                       actor             type      score     events\n"
       "1     person/ahmed-al-sharaa   Ahmed al-Sharaa   person    0.809524  4\n"
       "2     person/murhaf-abu-qasra  Murhaf Abu Qasra  person    0.523810  3\n"
       "3     person/vladimir-putin    Vladimir Putin    person    0.285714  3\n"
       "4     location/moscow          Moscow            location  0.000000  1\n"},
      {"rank degree csv",
       {"rank", "--limit", "3", "--format", "csv"},
       "rank,id,actor,type,score,events\r\n"
       "1,person/vladimir-putin,Vladimir Putin,person,7,7\r\n"
       "2,person/ahmed-al-sharaa,Ahmed al-Sharaa,person,6,6\r\n"
       "3,person/andrei-belousov,Andrei Belousov,person,3,3\r\n"},
      {"actors by a hamza variant",
       {"actors", "--search", "هيية"},
       "id       type          label                  name_ar           events\n"
       "org/hts  organization  Hay'at Tahrir al-Sham  هيئة تحرير الشام  0\n"},
      {"actors by node type csv",
       {"actors", "--type", "state", "--type", "location", "--format", "csv"},
       "id,type,label,name_ar,name_en,aliases,country,events\r\n"
       "location/damascus,location,Damascus,دمشق,Damascus,,,1\r\n"
       "location/moscow,location,Moscow,موسكو,Moscow,,,1\r\n"
       "state/RU,state,Russia,روسيا,Russia,,,1\r\n"
       "state/SY,state,Syria,سوريا,Syria,,,1\r\n"},
      {"actors in a window",
       {"actors", "--type", "person", "--from", "2025-11-01", "--to", "2025-11-30"},
       "id                       type    label             name_ar         events\n"
       "person/murhaf-abu-qasra  person  Murhaf Abu Qasra  مرهف أبو قصرة   3\n"
       "person/ahmed-al-sharaa   person  Ahmed al-Sharaa   أحمد الشرع      1\n"
       "person/andrei-belousov   person  Andrei Belousov   أندريه بيلوسوف  1\n"},
  };
  for (const OutputCase& c : cases) {
    SCOPED_TRACE(c.name);
    const Result r = query(c.args);
    EXPECT_EQ(r.code, 0) << describe(r);
    EXPECT_EQ(r.out, c.out);
    EXPECT_EQ(r.err, "");
  }
}

TEST_F(QueryCli, PathJsonListsBothShortestChains) {
  const Result r = query({"path", "Vladimir Putin", "Murhaf Abu Qasra", "--format", "json"});
  ASSERT_EQ(r.code, 0) << describe(r);
  const rapidjson::Document d = parse_json(r.out);
  ASSERT_TRUE(d.IsObject());
  EXPECT_STREQ(d["from"]["id"].GetString(), "person/vladimir-putin");
  EXPECT_STREQ(d["to"]["id"].GetString(), "person/murhaf-abu-qasra");
  EXPECT_EQ(d["length"].GetInt(), 2);
  EXPECT_EQ(d["total"].GetUint64(), 2u);
  const auto& paths = d["paths"].GetArray();
  ASSERT_EQ(paths.Size(), 2u);
  std::vector<std::string> middles;
  for (const auto& p : paths) {
    ASSERT_EQ(p["steps"].Size(), 2u);
    middles.emplace_back(p["steps"][0]["to"]["id"].GetString());
    const auto& events = p["steps"][0]["events"];
    ASSERT_GE(events.Size(), 1u);
    EXPECT_TRUE(events[0]["date"].IsString());
    EXPECT_TRUE(events[0]["evidence"]["sentence"].IsString());
  }
  EXPECT_EQ(middles, (std::vector<std::string>{"person/ahmed-al-sharaa", "person/andrei-belousov"}));
  EXPECT_EQ(paths[0]["steps"][0]["events"].Size(), 3u);  // e1, the call e9, e13
  EXPECT_STREQ(paths[0]["steps"][0]["events"][1]["direction"].GetString(), "backward");
}

TEST_F(QueryCli, PathLimitAndNoPathAreNotedOnStderr) {
  Result r = query({"path", "putin", "abu qasra", "--limit", "1"});
  ASSERT_EQ(r.code, 0) << describe(r);
  EXPECT_EQ(r.err, "actorgraph: 2 shortest paths, the first 1 shown (--limit)\n");
  EXPECT_EQ(r.out.find("Belousov"), std::string::npos) << r.out;

  r = query({"path", "putin", "abu qasra", "--to", "2025-10-31"});
  ASSERT_EQ(r.code, 0) << describe(r);
  EXPECT_EQ(r.out.find('\n'), r.out.size() - 1) << r.out;  // the header alone
  EXPECT_EQ(r.err, "actorgraph: no path between Vladimir Putin and Murhaf Abu Qasra found\n");
}

TEST_F(QueryCli, RankJsonScores) {
  const Result r = query({"rank", "--by", "pagerank", "--from", "2025-10-01", "--to", "2025-11-30", "--format", "json"});
  ASSERT_EQ(r.code, 0) << describe(r);
  const rapidjson::Document d = parse_json(r.out);
  ASSERT_TRUE(d.IsArray());
  ASSERT_EQ(d.Size(), 8u);
  EXPECT_STREQ(d[0]["id"].GetString(), "person/ahmed-al-sharaa");
  EXPECT_NEAR(d[0]["score"].GetDouble(), 0.265941, 1e-6);
  double sum = 0;
  for (const auto& row : d.GetArray()) sum += row["score"].GetDouble();
  EXPECT_NEAR(sum, 1.0, 1e-9);
}

// The ego graph in JSON is graph.json: the program reads it back as a graph.
TEST_F(QueryCli, EgoJsonIsAGraphAnyReaderLoads) {
  Result r = query({"ego", "putin", "--depth", "2", "--type", "meeting", "--format", "json"});
  ASSERT_EQ(r.code, 0) << describe(r);
  const rapidjson::Document d = parse_json(r.out);
  EXPECT_STREQ(d["format"].GetString(), "actorgraph");
  EXPECT_EQ(d["nodes"].Size(), 6u);  // Putin, al-Sharaa, Belousov, Abu Qasra, and Moscow and Damascus as places
  EXPECT_EQ(d["edges"].Size(), 5u);  // e1 e2 e3 e4 e13
  const std::string sub = write("ego.json", r.out);
  r = run({"query", sub, "met", "--format", "csv"});
  ASSERT_EQ(r.code, 0) << describe(r);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 6) << r.out;  // header + 5 meetings
}

TEST_F(QueryCli, CsvQuotesCommasQuotesAndLineBreaks) {
  const std::string graph = write("quoted.json", R"({"format": "actorgraph", "version": 1,
 "documents": [{"id": "d,1", "url": null, "date": "2025-01-02", "lang": "ar", "title": null}],
 "nodes": [
  {"id": "person/a", "type": "person", "label": "Ali \"the Lion\", Jr.", "names": {"ar": "علي", "en": null}, "aliases": [], "roles": []},
  {"id": "person/b", "type": "person", "label": "B", "names": {"ar": null, "en": "B"}, "aliases": [], "roles": []}],
 "edges": [
  {"id": "e1", "type": "meeting", "source": "person/a", "target": "person/b", "date": "2025-01-02", "date_precision": "day",
   "place": null, "attributes": {}, "evidence": [{"document": "d,1", "sentence": "line one\nline \"two\"", "start": 0, "end": 18}]}]})");
  const Result r = run({"query", graph, "met", "--format", "csv"});
  ASSERT_EQ(r.code, 0) << describe(r);
  EXPECT_EQ(r.out,
            "date,precision,actor_id,actor,with_id,with,place_id,place,type,sources,documents,edge,document,start,end,sentence\r\n"
            "2025-01-02,day,person/a,\"Ali \"\"the Lion\"\", Jr.\",person/b,B,,,meeting,1,\"d,1\",e1,\"d,1\",0,18,"
            "\"line one\nline \"\"two\"\"\"\r\n");
  const Result j = run({"query", graph, "met", "--format", "json"});
  ASSERT_EQ(j.code, 0) << describe(j);
  const rapidjson::Document d = parse_json(j.out);
  ASSERT_EQ(d[0]["documents"].Size(), 1u);  // one document whose id holds a comma
  EXPECT_STREQ(d[0]["documents"][0].GetString(), "d,1");
  EXPECT_STREQ(d[0]["actor"]["label"].GetString(), "Ali \"the Lion\", Jr.");
  EXPECT_STREQ(d[0]["evidence"]["sentence"].GetString(), "line one\nline \"two\"");
}

TEST_F(QueryCli, EmptyAnswersExitZeroWithANote) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"met", "--from", "2030-01-01"}, "actorgraph: no meetings found\n"},
      {{"timeline", "Pedersen"}, "actorgraph: no events of Geir Pedersen found\n"},
      {{"rank", "--from", "2030-01-01"}, "actorgraph: no events found\n"},
      {{"actors", "--search", "Netanyahu"}, "actorgraph: no actors found\n"},
  };
  for (const auto& [args, note] : cases) {
    SCOPED_TRACE(args[0]);
    const Result r = query(args);
    EXPECT_EQ(r.code, 0) << describe(r);
    EXPECT_EQ(r.err, note);
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;  // the header
  }
}

// ---- help and errors --------------------------------------------------------------------------------

TEST_F(QueryCli, HelpForTheCommandAndEachQuery) {
  Result r = run({"query", "--help"});
  EXPECT_EQ(r.code, 0) << describe(r);
  EXPECT_EQ(r.out.rfind("Usage: actorgraph query GRAPH.json QUERY", 0), 0u) << r.out;
  for (const char* q : {"met", "timeline", "ego", "path", "rank", "actors"}) {
    SCOPED_TRACE(q);
    for (const std::vector<std::string>& args : {std::vector<std::string>{"query", q, "--help"},
                                                 std::vector<std::string>{"query", kGraph, q, "-h"}}) {
      r = run(args);
      EXPECT_EQ(r.code, 0) << describe(r);
      EXPECT_EQ(r.out.rfind(std::string("Usage: actorgraph query GRAPH.json ") + q, 0), 0u) << r.out;
      EXPECT_EQ(r.err, "");
    }
  }
}

struct ErrorCase {
  std::vector<std::string> args;  // after "query GRAPH.json"
  int code;
  std::string message;  // the first stderr line
  std::string help;     // the command named on the second line, for usage errors
};

TEST_F(QueryCli, ErrorsSayWhatAndExitWithTheRightCode) {
  const std::vector<ErrorCase> cases = {
      {{"timeline"}, 2, "actorgraph: timeline needs ACTOR", "query timeline"},
      {{"ego"}, 2, "actorgraph: ego needs ACTOR", "query ego"},
      {{"path", "putin"}, 2, "actorgraph: path needs A and B", "query path"},
      {{"timeline", "putin", "extra"}, 2, "actorgraph: unexpected argument extra", "query timeline"},
      {{"met", "--depth", "2"}, 2, "actorgraph: option --depth does not apply to met", "query met"},
      {{"actors", "--by", "degree"}, 2, "actorgraph: option --by does not apply to actors", "query actors"},
      {{"met", "--format", "xml"}, 2, "actorgraph: unknown format xml (known: table, json, csv)", "query met"},
      {{"met", "--from", "2025-13-01"}, 2, "actorgraph: --from 2025-13-01 is not a date (expected YYYY-MM-DD)", "query met"},
      {{"rank", "--to", "yesterday"}, 2, "actorgraph: --to yesterday is not a date (expected YYYY-MM-DD)", "query rank"},
      {{"met", "--from", "2025-12-01", "--to", "2025-11-01"}, 2, "actorgraph: --from 2025-12-01 is after --to 2025-11-01",
       "query met"},
      {{"met", "--type", "meeting,meetings"}, 2,
       "actorgraph: unknown event type meetings (known: meeting, visit, call, statement, holds_role, located_in, "
       "operates, planned_meeting, planned_visit)",
       "query met"},
      {{"actors", "--type", "people"}, 2,
       "actorgraph: unknown node type people (known: person, state, organization, military_base, location, media)",
       "query actors"},
      {{"met", "--type", ","}, 2, "actorgraph: --type needs a type name", "query met"},
      {{"ego", "putin", "--depth", "-1"}, 2, "actorgraph: --depth -1 is not a number (expected 0 or more)", "query ego"},
      {{"path", "a", "b", "--limit", "0"}, 2, "actorgraph: --limit 0 is not a positive number", "query path"},
      {{"rank", "--limit", "ten"}, 2, "actorgraph: --limit ten is not a number (expected 0 or more; 0 = all)", "query rank"},
      {{"rank", "--by", "closeness"}, 2, "actorgraph: unknown centrality closeness (known: degree, betweenness, pagerank)",
       "query rank"},
      {{"met", "--actor", "Netanyahu"}, 1,
       "actorgraph: no actor matches \"Netanyahu\" (expected a name, alias or node id in the graph)", ""},
      {{"timeline", "ministry"}, 1,
       "actorgraph: \"ministry\" is ambiguous: Ministry of Defence (Russia) (org/ru-ministry-of-defence), Ministry of "
       "Defence (Syria) (org/sy-ministry-of-defence) (expected a more specific name or a node id)",
       ""},
      {{"path", "putin", "بوتين"}, 1,
       "actorgraph: path from Vladimir Putin (person/vladimir-putin) to itself (expected two different actors)", ""},
  };
  for (const ErrorCase& c : cases) {
    SCOPED_TRACE(c.message);
    const Result r = query(c.args);
    EXPECT_EQ(r.code, c.code) << describe(r);
    const std::string first = r.err.substr(0, r.err.find('\n'));
    EXPECT_EQ(first, c.message);
    if (c.code == 2) EXPECT_EQ(r.err.substr(first.size() + 1), "Try 'actorgraph " + c.help + " --help'.\n");
    else EXPECT_EQ(r.err, first + "\n");
    EXPECT_EQ(r.out, "");
  }
}

TEST_F(QueryCli, AnUnreadableGraphIsBadInput) {
  Result r = run({"query", (tmp_ / "missing.json").string(), "rank"});
  EXPECT_EQ(r.code, 1) << describe(r);
  EXPECT_EQ(r.err, "actorgraph: " + (tmp_ / "missing.json").string() +
                       ": cannot open file (expected a readable graph.json)\n");
  const std::string broken = write("broken.json", "{\"format\": \"actorgraph\", ");
  r = run({"query", broken, "actors"});
  EXPECT_EQ(r.code, 1) << describe(r);
  EXPECT_EQ(r.err.rfind("actorgraph: " + broken + ":", 0), 0u) << r.err;
  EXPECT_EQ(r.out, "");
}

}  // namespace
