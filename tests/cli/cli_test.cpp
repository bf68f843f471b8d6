// Runs the real actorgraph binary (ACTORGRAPH_BIN) and checks exit codes, messages and outputs:
// usage errors, every known-bad input, --keep-going, the three files of `build`, the offsets
// printed by `extract`, `query met`, `eval` against a gold directory, and `actors --unknown` (whose
// output must load back with --gazetteer).
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "actorgraph/extract/text.h"

namespace {
namespace fs = std::filesystem;

const std::string kBin = ACTORGRAPH_BIN;
const std::string kTests = ACTORGRAPH_TESTS_DIR;
const std::string kBad = kTests + "/bad_inputs/";
const std::string kFixtures = kTests + "/cli/fixtures/";

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

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // Discovery must come from the binary's own rules, not from the caller's environment.
    ::unsetenv("ACTORGRAPH_DATA_DIR");
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    tmp_ = fs::temp_directory_path() /
           ("actorgraph_cli_test_" + std::to_string(::getpid()) + "_" + info->name());
    fs::remove_all(tmp_);
    fs::create_directories(tmp_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(tmp_, ec);
  }

  Result run(const std::vector<std::string>& args, const std::string& stdin_file = "") const {
    std::string cmd = quote(kBin);
    for (const auto& a : args) cmd += " " + quote(a);
    const fs::path out = tmp_ / "stdout", err = tmp_ / "stderr";
    cmd += " <" + quote(stdin_file.empty() ? "/dev/null" : stdin_file) + " >" + quote(out.string()) + " 2>" +
           quote(err.string());
    Result r;
    const int status = std::system(cmd.c_str());
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
  }

  std::string write(const std::string& name, const std::string& content) const {
    const fs::path p = tmp_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

  fs::path tmp_;
};

std::string describe(const Result& r) { return "exit " + std::to_string(r.code) + "\nstdout: " + r.out + "\nstderr: " + r.err; }

// ---- usage ---------------------------------------------------------------------------------------

TEST_F(CliTest, HelpOnTheProgramAndEveryCommand) {
  const std::vector<std::vector<std::string>> cases = {
      {"--help"}, {"-h"}, {"help"}, {"build", "--help"}, {"build", "-h"}, {"extract", "--help"},
      {"query", "--help"}, {"query", "-h"}, {"build", "in.txt", "--help"}, {"eval", "--help"}, {"eval", "-h"},
      {"eval", "gold", "in.txt", "--help"}, {"actors", "--help"}, {"actors", "--unknown", "-h"},
  };
  for (const auto& args : cases) {
    SCOPED_TRACE(args.back());
    const Result r = run(args);
    EXPECT_EQ(r.code, 0) << describe(r);
    EXPECT_EQ(r.out.rfind("Usage: actorgraph", 0), 0u) << r.out;
    EXPECT_EQ(r.err, "");
  }
}

TEST_F(CliTest, Version) {
  const Result r = run({"--version"});
  EXPECT_EQ(r.code, 0) << describe(r);
  EXPECT_EQ(r.out.rfind("actorgraph 0.", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("\ndata: "), std::string::npos) << r.out;
}

struct UsageCase {
  std::vector<std::string> args;
  std::string message;  // first stderr line
};

TEST_F(CliTest, BadUsageExitsWith2) {
  const std::string in = kFixtures + "moscow_meeting.txt";
  const std::string graph = kFixtures + "met_graph.json";
  const std::vector<UsageCase> cases = {
      {{}, "actorgraph: missing command"},
      {{"frobnicate"}, "actorgraph: unknown command frobnicate"},
      {{"--frobnicate"}, "actorgraph: unknown option --frobnicate"},
      {{"build", "--no-such-option", in}, "actorgraph: unknown option --no-such-option"},
      {{"build", "-x", in}, "actorgraph: unknown option -x"},
      {{"build", in}, "actorgraph: build needs -o DIR"},
      {{"build", "-o", (tmp_ / "o").string()}, "actorgraph: build needs at least one INPUT"},
      {{"build", in, "-o"}, "actorgraph: option -o needs a value"},
      {{"build", in, "-o", "a", "--output", "b"}, "actorgraph: option --output given twice"},
      {{"build", in, "-o", "a", "--quiet=yes"}, "actorgraph: option --quiet takes no value"},
      {{"extract"}, "actorgraph: extract needs at least one INPUT"},
      {{"extract", in, "-o", "x"}, "actorgraph: unknown option -o"},
      {{"query", graph}, "actorgraph: query needs GRAPH.json and a query name (met, timeline, ego, path, rank, actors)"},
      {{"query", graph, "friends"}, "actorgraph: unknown query friends (known: met, timeline, ego, path, rank, actors)"},
      {{"query", graph, "met", "extra"}, "actorgraph: unexpected argument extra"},
      {{"query", graph, "met", "--from", "2025-02-30"},
       "actorgraph: --from 2025-02-30 is not a date (expected YYYY-MM-DD)"},
      {{"query", graph, "met", "--actor"}, "actorgraph: option --actor needs a value"},
      {{"eval"}, "actorgraph: eval needs GOLD_DIR and at least one INPUT"},
      {{"eval", kFixtures}, "actorgraph: eval needs at least one INPUT after GOLD_DIR"},
      {{"eval", kFixtures, in, "--format", "xml"}, "actorgraph: unknown format xml (known: table, json)"},
      {{"eval", kFixtures, in, "-o", "x"}, "actorgraph: unknown option -o"},
      {{"eval", kFixtures, in, "--format"}, "actorgraph: option --format needs a value"},
      {{"actors", in}, "actorgraph: actors needs --unknown (the only listing so far)"},
      {{"actors", "--unknown"}, "actorgraph: actors needs at least one INPUT"},
      {{"actors", "--unknown", in, "--min-count", "0"}, "actorgraph: --min-count 0 is not a positive number"},
      {{"actors", "--unknown", in, "--min-count", "two"}, "actorgraph: --min-count two is not a positive number"},
      {{"actors", "--unknown", in, "--verbose"}, "actorgraph: unknown option --verbose"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.message);
    const Result r = run(c.args);
    EXPECT_EQ(r.code, 2) << describe(r);
    EXPECT_EQ(r.err.substr(0, r.err.find('\n')), c.message);
    EXPECT_NE(r.err.find("--help"), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "");
  }
}

// ---- bad input -----------------------------------------------------------------------------------

struct BadCase {
  std::string file;     // under tests/bad_inputs/
  std::string message;  // the error line after "actorgraph: PATH"
};

const std::vector<BadCase>& bad_cases() {
  static const std::vector<BadCase> cases = {
      {"invalid_utf8.txt", ":1: invalid UTF-8 at byte 20 (expected UTF-8 text)"},
      {"invalid_utf8.jsonl", ":3: invalid UTF-8 at byte 25 of the line (expected UTF-8 text)"},
      {"malformed_json.jsonl", ":2: malformed JSON: invalid value at byte 22 (expected one JSON object per line)"},
      {"bad_date.jsonl", ":3: date \"2025-02-30\" is not a real date (expected YYYY-MM-DD or an ISO 8601 date-time)"},
      {"not_a_date.jsonl", ":1: date \"yesterday\" is not a date (expected YYYY-MM-DD or an ISO 8601 date-time)"},
      {"bad_marker_date.txt",
       ":1: wire marker 'date 2025-02-30' is not a real date (expected date YYYY-MM-DD with a real date)"},
      {"empty.txt", ": empty text (expected an article)"},
      {"empty_text.jsonl", ":1: empty text (expected a non-empty string)"},
      {"missing_text.jsonl", ":1: missing \"text\" (expected a non-empty string)"},
      {"nonstring_text.jsonl", ":1: \"text\" is a number (expected a non-empty string)"},
      {"nonstring_id.jsonl", ":1: \"id\" is a number (expected a string or null)"},
      {"not_object.jsonl", ":1: the record is an array (expected a JSON object)"},
      {"lone_surrogate.jsonl", ":1: \"text\" holds an invalid Unicode escape (expected valid UTF-16 surrogate pairs)"},
      {"no-such-article.txt", ": cannot open: No such file or directory"},
  };
  return cases;
}

TEST_F(CliTest, EachBadInputNamesFileAndLineAndExits1) {
  for (const auto& c : bad_cases()) {
    SCOPED_TRACE(c.file);
    const std::string path = kBad + c.file;
    const fs::path out = tmp_ / ("out_" + c.file);
    for (const char* command : {"build", "extract"}) {
      SCOPED_TRACE(command);
      std::vector<std::string> args = {command, path};
      if (std::string(command) == "build") args.insert(args.end(), {"-o", out.string(), "--quiet"});
      const Result r = run(args);
      EXPECT_EQ(r.code, 1) << describe(r);
      EXPECT_EQ(r.err.substr(0, r.err.find('\n')), "actorgraph: " + path + c.message);
    }
    EXPECT_FALSE(fs::exists(out / "graph.json"));  // without --keep-going nothing is written
  }
}

TEST_F(CliTest, BadDataDirectory) {
  const std::string in = kFixtures + "moscow_meeting.txt";
  Result r = run({"build", in, "-o", (tmp_ / "o").string(), "--data-dir", (tmp_ / "nowhere").string()});
  EXPECT_EQ(r.code, 1) << describe(r);
  EXPECT_EQ(r.err, "actorgraph: " + (tmp_ / "nowhere").string() +
                       ": not an actorgraph data directory (--data-dir) (expected gazetteer/ and lexicons/ in it)\n");
  ::setenv("ACTORGRAPH_DATA_DIR", tmp_.c_str(), 1);
  r = run({"extract", in});
  ::unsetenv("ACTORGRAPH_DATA_DIR");
  EXPECT_EQ(r.code, 1) << describe(r);
  EXPECT_NE(r.err.find("not an actorgraph data directory ($ACTORGRAPH_DATA_DIR)"), std::string::npos) << r.err;
}

// ---- build -----------------------------------------------------------------------------------------

TEST_F(CliTest, BuildWritesTheThreeFiles) {
  const fs::path out = tmp_ / "new" / "dir";
  const Result r = run({"build", kFixtures + "moscow_meeting.txt", "-o", out.string()});
  ASSERT_EQ(r.code, 0) << describe(r);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("1 articles, "), std::string::npos) << r.err;  // the summary line
  rapidjson::Document g;
  g.Parse(slurp(out / "graph.json").c_str());
  ASSERT_FALSE(g.HasParseError());
  ASSERT_TRUE(g.IsObject());
  EXPECT_STREQ(g["format"].GetString(), "actorgraph");
  EXPECT_TRUE(g["version"].IsInt() && g["version"].GetInt() == 1);
  ASSERT_EQ(g["documents"].Size(), 1u);
  EXPECT_STREQ(g["documents"][0]["id"].GetString(), "moscow_meeting");
  EXPECT_STREQ(g["documents"][0]["date"].GetString(), "2025-10-15");
  EXPECT_NE(slurp(out / "graph.dot").find("digraph"), std::string::npos);
  EXPECT_NE(slurp(out / "graph.svg").find("<svg"), std::string::npos);
  EXPECT_FALSE(fs::exists(out / "graph.json.tmp"));

  // --quiet: nothing on stderr
  const Result q = run({"build", kFixtures + "moscow_meeting.txt", "-o", out.string(), "--quiet"});
  EXPECT_EQ(q.code, 0) << describe(q);
  EXPECT_EQ(q.err, "");
}

TEST_F(CliTest, KeepGoingWritesTheGraphOfTheGoodOnesAndExits1) {
  const fs::path out = tmp_ / "out";
  const std::string missing = (tmp_ / "gone.txt").string();
  const Result r = run({"build", kBad + "bad_date.jsonl", kFixtures + "moscow_meeting.txt", missing,
                     kBad + "malformed_json.jsonl", "-o", out.string(), "--keep-going"});
  EXPECT_EQ(r.code, 1) << describe(r);
  EXPECT_NE(r.err.find("actorgraph: " + kBad + "bad_date.jsonl:3: date \"2025-02-30\" is not a real date"),
            std::string::npos) << r.err;
  EXPECT_NE(r.err.find("actorgraph: " + missing + ": cannot open: No such file or directory"), std::string::npos);
  EXPECT_NE(r.err.find("actorgraph: " + kBad + "malformed_json.jsonl:2: malformed JSON"), std::string::npos);
  EXPECT_NE(r.err.find("actorgraph: 3 bad articles skipped"), std::string::npos) << r.err;
  rapidjson::Document g;
  g.Parse(slurp(out / "graph.json").c_str());
  ASSERT_TRUE(g.IsObject()) << "graph.json missing or not JSON";
  std::vector<std::string> ids;
  for (const auto& d : g["documents"].GetArray()) ids.emplace_back(d["id"].GetString());
  EXPECT_EQ(ids, (std::vector<std::string>{"ok", "moscow_meeting", "a1"}));
  EXPECT_TRUE(fs::exists(out / "graph.dot"));
  EXPECT_TRUE(fs::exists(out / "graph.svg"));
}

TEST_F(CliTest, StdinInput) {
  const std::string in = write("in.jsonl", "{\"id\":\"s\",\"text\":\"التقى الرئيس الروسي فلاديمير بوتين نظيره السوري.\"}\n"
                                           "{\"text\":\"نص.\"}\n");
  const Result r = run({"extract", "-"}, in);
  ASSERT_EQ(r.code, 0) << describe(r);
  std::istringstream lines(r.out);
  std::vector<std::string> ids;
  for (std::string line; std::getline(lines, line);) {
    rapidjson::Document d;
    d.Parse(line.c_str());
    ASSERT_TRUE(d.IsObject()) << line;
    ids.emplace_back(d["document"]["id"].GetString());
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"s", "stdin:2"}));
}

// ---- extract ---------------------------------------------------------------------------------------

std::string json_string(const std::string& s) {
  std::string o = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') o += '\\', o += c;
    else if (c == '\n') o += "\\n";
    else o += c;
  }
  return o + "\"";
}

TEST_F(CliTest, ExtractPrintsOneLinePerArticleWithCodePointOffsets) {
  const std::string text = slurp(kFixtures + "moscow_meeting.txt");
  // Characters outside the Basic Multilingual Plane before the names: byte or UTF-16 offsets drift.
  const std::string astral = "\xF0\x9F\x87\xB8\xF0\x9F\x87\xBE\xF0\x9F\x93\xB0 " + text;
  const std::string in = write("two.jsonl", "{\"id\":\"plain\",\"lang\":\"ar\",\"text\":" + json_string(text) +
                                                "}\n{\"id\":\"astral\",\"lang\":\"ar\",\"text\":" +
                                                json_string(astral) + "}\n");
  const Result r = run({"extract", in});
  ASSERT_EQ(r.code, 0) << describe(r);
  std::istringstream lines(r.out);
  std::vector<std::string> got;
  for (std::string line; std::getline(lines, line);) got.push_back(line);
  ASSERT_EQ(got.size(), 2u) << r.out;
  const std::string texts[] = {text, astral};
  const char* ids[] = {"plain", "astral"};
  for (size_t i = 0; i < 2; ++i) {
    SCOPED_TRACE(ids[i]);
    rapidjson::Document d;
    d.Parse(got[i].c_str());
    ASSERT_TRUE(d.IsObject()) << got[i];
    EXPECT_STREQ(d["document"]["id"].GetString(), ids[i]);
    std::u32string t;
    ASSERT_TRUE(actorgraph::decode_utf8(texts[i], t));
    ASSERT_TRUE(d.HasMember("mentions") && d["mentions"].IsArray());
    const auto& ms = d["mentions"];
    EXPECT_GE(ms.Size(), 2u) << "Putin and al-Sharaa at least";
    bool putin = false;
    for (const auto& m : ms.GetArray()) {
      const unsigned start = m["start"].GetUint(), end = m["end"].GetUint();
      ASSERT_LE(start, end);
      ASSERT_LE(end, t.size());
      EXPECT_EQ(actorgraph::encode_utf8(t.substr(start, end - start)), m["text"].GetString());
      putin = putin || std::string(m["entity"].GetString()).find("putin") != std::string::npos;
    }
    EXPECT_TRUE(putin) << got[i];
  }
}

// ---- query -----------------------------------------------------------------------------------------

TEST_F(CliTest, QueryMetOnAFixtureGraph) {
  const std::string graph = kFixtures + "met_graph.json";
  Result r = run({"query", graph, "met", "--actor", "بوتين"});
  ASSERT_EQ(r.code, 0) << describe(r);
  std::istringstream lines(r.out);
  std::vector<std::string> rows;
  for (std::string line; std::getline(lines, line);) rows.push_back(line);
  ASSERT_EQ(rows.size(), 2u) << r.out;  // header + the one meeting (the call is not a meeting)
  EXPECT_EQ(rows[0].substr(0, 4), "date");
  EXPECT_EQ(rows[1].rfind("2025-10-15  Vladimir Putin  Ahmed al-Sharaa  Moscow", 0), 0u) << rows[1];
  EXPECT_NE(rows[1].find("doc1"), std::string::npos);

  r = run({"query", graph, "met"});
  ASSERT_EQ(r.code, 0) << describe(r);
  EXPECT_NE(r.out.find("Hakan Fidan"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Vladimir Putin"), std::string::npos) << r.out;

  r = run({"query", graph, "met", "--from", "2025-11-01", "--to", "2025-11-30"});
  ASSERT_EQ(r.code, 0) << describe(r);
  EXPECT_EQ(r.out.find("Vladimir Putin"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Hakan Fidan"), std::string::npos) << r.out;

  r = run({"query", (tmp_ / "missing.json").string(), "met"});
  EXPECT_EQ(r.code, 1) << describe(r);
  EXPECT_NE(r.err.find("missing.json"), std::string::npos) << r.err;

  const std::string broken = write("broken.json", "{\"format\": \"actorgraph\", ");
  r = run({"query", broken, "met"});
  EXPECT_EQ(r.code, 1) << describe(r);
  EXPECT_NE(r.err.find("broken.json"), std::string::npos) << r.err;
}

TEST_F(CliTest, BuildThenQueryEndToEnd) {
  const fs::path out = tmp_ / "out";
  Result r = run({"build", kFixtures + "moscow_meeting.txt", "-o", out.string(), "--quiet"});
  ASSERT_EQ(r.code, 0) << describe(r);
  r = run({"query", (out / "graph.json").string(), "met", "--actor", "putin"});
  ASSERT_EQ(r.code, 0) << describe(r);
  EXPECT_NE(r.out.find("2025-10-15"), std::string::npos) << r.out;
  EXPECT_TRUE(r.out.find("Sharaa") != std::string::npos || r.out.find("الشرع") != std::string::npos) << r.out;
}

// ---- eval ------------------------------------------------------------------------------------------

// The gold file of tests/cli/fixtures/moscow_meeting.txt: Putin and al-Sharaa meet in the Kremlin on
// the article's date; al-Sharaa speaks.
const char* const kMoscowGold = R"({"version": 1, "articles": [{"id": "moscow_meeting", "lang": "ar", "date": "2025-10-15",
  "entities": [
    {"en": "Vladimir Putin", "type": "person", "ar": ["فلاديمير بوتين", "بوتين"]},
    {"en": "Ahmed al-Sharaa", "type": "person", "ar": ["أحمد الشرع", "الشرع"]},
    {"en": "Russia", "type": "state", "ar": ["روسيا", "الروسي"]},
    {"en": "Syria", "type": "state", "ar": ["سوريا", "السوري"]},
    {"en": "Kremlin", "type": "organization", "ar": ["الكرملين"], "optional": true},
    {"en": "Moscow", "type": "location", "ar": ["موسكو"], "optional": true}],
  "events": [
    {"type": "meeting", "a": "Vladimir Putin", "b": "Ahmed al-Sharaa", "date": "2025-10-15", "precision": "day"},
    {"type": "visit", "a": "Ahmed al-Sharaa", "b": "Moscow", "date": "2025-10-15", "precision": "day", "optional": true,
     "note": "implied by the meeting in the Kremlin"},
    {"type": "statement", "a": "Ahmed al-Sharaa", "b": null}]}]})";

std::vector<std::string> lines_of(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::string row_starting(const std::string& out, const std::string& name) {
  for (const std::string& line : lines_of(out))
    if (line.rfind(name + " ", 0) == 0) return line;
  return "";
}

// A gold directory with the fixture's gold file only: the second article has none and is skipped.
TEST_F(CliTest, EvalScoresArticlesWithAGoldFileAndSkipsTheOthers) {
  const std::string gold = (tmp_ / "gold").string();
  write("gold/moscow_meeting.json", kMoscowGold);
  const std::string other = write("in/other.txt", " date 2025-10-16 قال وزير الخارجية الروسي إن المحادثات مفيدة.\n");
  const Result r = run({"eval", gold, kFixtures + "moscow_meeting.txt", other});
  ASSERT_EQ(r.code, 0) << describe(r);
  EXPECT_EQ(r.err, "actorgraph: other: no gold file " + gold + "/other.json: skipped\n");
  const auto lines = lines_of(r.out);
  ASSERT_GE(lines.size(), 16u) << r.out;
  EXPECT_EQ(lines[0], "1 article scored, 1 without a gold file");
  EXPECT_EQ(lines[2], "                 tp  pred  gold  precision  recall    F1");
  EXPECT_EQ(row_starting(r.out, "  meeting"), "  meeting         1     1     1       1.00    1.00  1.00");
  EXPECT_EQ(row_starting(r.out, "  statement"), "  statement       1     1     1       1.00    1.00  1.00");
  EXPECT_EQ(row_starting(r.out, "  call"), "  call            0     0     0       0.00    0.00  0.00");
  EXPECT_EQ(row_starting(r.out, "meeting+visit"), "meeting+visit     1     1     1       1.00    1.00  1.00");
  const std::vector<std::string> names = {"",         "entities",  "  person",   "  state",     "  organization",
                                          "  military_base", "  location", "  media", "events", "  meeting",
                                          "  visit",  "  call",    "  statement", "meeting+visit"};
  for (size_t i = 1; i < names.size(); ++i) {  // the rows, in this order, after the header
    ASSERT_GT(lines.size(), i + 2);
    EXPECT_TRUE(lines[i + 2] == names[i] || lines[i + 2].rfind(names[i] + " ", 0) == 0) << names[i] << "\n" << r.out;
  }
  EXPECT_EQ(lines.back(), "dates right: 1/1 (1.00)");
}

TEST_F(CliTest, EvalVerboseAndJson) {
  const std::string gold = (tmp_ / "gold").string();
  write("gold/moscow_meeting.json", kMoscowGold);
  const std::string in = kFixtures + "moscow_meeting.txt";
  Result r = run({"eval", gold, in, "--verbose"});
  ASSERT_EQ(r.code, 0) << describe(r);
  EXPECT_EQ(r.out.rfind("moscow_meeting: entities 4/4, meeting 1/1 (0 invented), visit 0/0 (0 invented), call 0/0 "
                        "(0 invented), statement 1/1 (0 invented), dates 1/1\n",
                        0),
            0u)
      << r.out;

  r = run({"eval", gold, in, "--format", "json"});
  ASSERT_EQ(r.code, 0) << describe(r);
  rapidjson::Document d;
  d.Parse(r.out.c_str());
  ASSERT_TRUE(d.IsObject()) << r.out;
  EXPECT_EQ(d["articles"].GetInt(), 1);
  EXPECT_EQ(d["skipped"].Size(), 0u);
  EXPECT_EQ(d["events"]["meeting"]["tp"].GetInt(), 1);
  EXPECT_EQ(d["entities"]["all"]["gold"].GetInt(), 4);
  EXPECT_EQ(d["entities"]["person"]["recall"].GetDouble(), 1.0);
  EXPECT_EQ(d["meeting_visit"]["f1"].GetDouble(), 1.0);
  EXPECT_EQ(d["dates"]["share"].GetDouble(), 1.0);
  EXPECT_FALSE(d.HasMember("per_article"));

  r = run({"eval", gold, in, "--format=json", "--verbose"});
  ASSERT_EQ(r.code, 0) << describe(r);
  d.Parse(r.out.c_str());
  ASSERT_TRUE(d.IsObject()) << r.out;
  ASSERT_EQ(d["per_article"].Size(), 1u);
  EXPECT_STREQ(d["per_article"][0]["id"].GetString(), "moscow_meeting");
}

TEST_F(CliTest, EvalBadInputExits1) {
  const std::string in = kFixtures + "moscow_meeting.txt";
  // GOLD_DIR is not a directory
  const std::string nowhere = (tmp_ / "nowhere").string();
  Result r = run({"eval", nowhere, in});
  EXPECT_EQ(r.code, 1) << describe(r);
  EXPECT_EQ(r.err, "actorgraph: " + nowhere + ": not a directory (expected GOLD_DIR with <article id>.json files)\n");
  // a malformed gold file
  const std::string gold = (tmp_ / "gold").string();
  write("gold/moscow_meeting.json", "{\"version\": 1, \"articles\": [");
  r = run({"eval", gold, in});
  EXPECT_EQ(r.code, 1) << describe(r);
  EXPECT_EQ(r.err, "actorgraph: " + gold +
                       "/moscow_meeting.json: malformed JSON: Invalid value. at byte 28 (expected a gold file of the "
                       "shape of seed-gold.json)\n");
  EXPECT_EQ(r.out, "");
  // no article has a gold file
  const std::string empty = (tmp_ / "empty").string();
  fs::create_directories(empty);
  r = run({"eval", empty, in});
  EXPECT_EQ(r.code, 1) << describe(r);
  EXPECT_NE(r.err.find("actorgraph: no article of the inputs has a gold file in " + empty + "\n"), std::string::npos)
      << r.err;
  // a bad article
  write("gold/moscow_meeting.json", kMoscowGold);
  r = run({"eval", gold, kBad + "bad_date.jsonl"});
  EXPECT_EQ(r.code, 1) << describe(r);
  EXPECT_NE(r.err.find("bad_date.jsonl:3: date \"2025-02-30\" is not a real date"), std::string::npos) << r.err;
}

// ---- actors --unknown --------------------------------------------------------------------------

// An analyst the actor base does not know, named through a title, then by surname only.
const char* const kAnalystArticle =
    " date 2025-10-20 دمشق - قال المحلل السياسي السوري سامر الدباغ في حديثه لوكالة سبوتنيك إن زيارة الوفد "
    "الروسي إلى دمشق تفتح صفحة جديدة.\n\nوأضاف الدباغ أن التعاون العسكري سيتوسع خلال العام المقبل.\n";

// Entry lines of an actor-base file: not the magic line, not comments, not blank, not the header.
std::vector<std::string> entries_of(const std::string& tsv) {
  std::vector<std::string> out;
  for (const std::string& line : lines_of(tsv))
    if (!line.empty() && line[0] != '#' && line.rfind("id\t", 0) != 0) out.push_back(line);
  return out;
}

TEST_F(CliTest, ActorsUnknownRoundTripsThroughGazetteer) {
  const std::string article = write("analyst.txt", kAnalystArticle);
  Result r = run({"actors", "--unknown", article, kFixtures + "moscow_meeting.txt"});
  ASSERT_EQ(r.code, 0) << describe(r);
  EXPECT_EQ(r.err, "actorgraph: 1 unknown actor\n");
  const auto lines = lines_of(r.out);
  ASSERT_GE(lines.size(), 2u);
  EXPECT_EQ(lines[0], "#!actorgraph gazetteer 1");
  EXPECT_NE(r.out.find("\nid\ttype\ten\tar\taliases\tattributes\twikidata\n"), std::string::npos) << r.out;
  const auto entries = entries_of(r.out);
  ASSERT_EQ(entries.size(), 1u) << r.out;
  EXPECT_EQ(entries[0], "person/samr-al-dbagh\tperson\tSamr al-Dbagh\tسامر الدباغ\tالدباغ\tin=state/SY\t-");
  EXPECT_NE(r.out.find("\n# 1 article, 2 mentions\n# role: Political analyst «المحلل السياسي السوري»\n# country: state/SY\n"
                       "# example (analyst): قال المحلل السياسي السوري سامر الدباغ في حديثه لوكالة سبوتنيك إن زيارة "
                       "الوفد الروسي إلى دمشق تفتح صفحة جديدة.\nperson/samr-al-dbagh\t"),
            std::string::npos)
      << r.out;

  // The output, as is, is a --gazetteer file: build accepts it and the analyst is then known.
  const std::string tsv = write("review.tsv", r.out);
  r = run({"build", article, "--gazetteer", tsv, "-o", (tmp_ / "out").string(), "--quiet"});
  ASSERT_EQ(r.code, 0) << describe(r);
  EXPECT_NE(slurp(tmp_ / "out" / "graph.json").find("\"person/samr-al-dbagh\""), std::string::npos);
  r = run({"actors", "--unknown", article, "--gazetteer", tsv});
  ASSERT_EQ(r.code, 0) << describe(r);
  EXPECT_TRUE(entries_of(r.out).empty()) << r.out;
  EXPECT_EQ(r.err, "actorgraph: 0 unknown actors\n");

  // --min-count: found in one article only
  r = run({"actors", "--unknown", article, "--min-count", "2"});
  ASSERT_EQ(r.code, 0) << describe(r);
  EXPECT_TRUE(entries_of(r.out).empty()) << r.out;
  r = run({"actors", "--unknown", article, article, "--min-count=2"});
  ASSERT_EQ(r.code, 0) << describe(r);
  EXPECT_EQ(entries_of(r.out).size(), 1u) << r.out;
  EXPECT_NE(r.out.find("# 2 articles, 4 mentions\n"), std::string::npos) << r.out;
}

TEST_F(CliTest, ActorsUnknownBadInputExits1) {
  Result r = run({"actors", "--unknown", kBad + "bad_date.jsonl"});
  EXPECT_EQ(r.code, 1) << describe(r);
  EXPECT_NE(r.err.find("bad_date.jsonl:3: date \"2025-02-30\" is not a real date"), std::string::npos) << r.err;
  const std::string bad_gazetteer = write("bad.tsv", "#!actorgraph gazetteer 1\nid\ttype\n");
  r = run({"actors", "--unknown", kFixtures + "moscow_meeting.txt", "--gazetteer", bad_gazetteer});
  EXPECT_EQ(r.code, 1) << describe(r);
  EXPECT_NE(r.err.find(bad_gazetteer + ":2: wrong header"), std::string::npos) << r.err;
}

}  // namespace
