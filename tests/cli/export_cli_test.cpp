// `actorgraph export` run as a real program on the small fixed graph (tests/export/golden/small.json,
// the graph.json of tests/support/test_graph.h): each format gives the writers' golden files, the
// window/type/ego filters keep the known edges, the --to FORMAT / --to DATE rule, usage and input
// errors with their exact messages and exit codes.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "cli/cli_runner.h"

namespace {

namespace fs = std::filesystem;
using actorgraph::testing::CliResult;

const std::string kTests = ACTORGRAPH_TESTS_DIR;
const std::string kGraph = kTests + "/export/golden/small.json";
const std::string kGolden = kTests + "/export/golden/";

class ExportCli : public actorgraph::testing::CliRunner {};

// Edge ids of a GraphML file, in file order.
std::vector<std::string> edge_ids(const std::string& xml) {
  std::vector<std::string> ids;
  const std::string tag = "<edge id=\"";
  for (size_t at = xml.find(tag); at != std::string::npos; at = xml.find(tag, at + 1)) {
    const size_t start = at + tag.size();
    ids.push_back(xml.substr(start, xml.find('"', start) - start));
  }
  return ids;
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST_F(ExportCli, EachFormatWritesTheWritersGoldenFile) {
  struct Case {
    std::vector<std::string> format;  // how the format is named
    std::string golden;
  };
  const std::vector<Case> cases = {
      {{"--to", "graphml"}, "small.graphml"},
      {{"--format", "gexf"}, "small.gexf"},
      {{"--to", "cytoscape"}, "small.cytoscape.json"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.golden);
    std::vector<std::string> args = {"export", kGraph, "-o", path(c.golden)};
    args.insert(args.end(), c.format.begin(), c.format.end());
    const CliResult r = run(args);
    ASSERT_EQ(r.code, 0) << r.describe();
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "actorgraph: 8 nodes, 5 edges -> " + path(c.golden) + "\n");
    EXPECT_EQ(slurp(path(c.golden)), slurp(kGolden + c.golden));
    EXPECT_FALSE(fs::exists(path(c.golden) + ".tmp"));
  }
}

TEST_F(ExportCli, Neo4jWritesTheFolder) {
  const std::string dir = path("neo4j/new");
  const CliResult r = run({"export", kGraph, "--to", "neo4j", "-o", dir, "--quiet"});
  ASSERT_EQ(r.code, 0) << r.describe();
  EXPECT_EQ(r.err, "");
  for (const char* name : {"nodes.csv", "relationships.csv", "load.cypher", "README.md"}) {
    EXPECT_EQ(slurp(dir + "/" + name), slurp(kGolden + "small_neo4j/" + name)) << name;
  }
}

TEST_F(ExportCli, GraphvizFormatsAreDrawn) {
  struct Case {
    std::string format, magic;
    std::vector<std::string> options;
  };
  const std::vector<Case> cases = {
      {"dot", "digraph", {}},
      {"svg", "<svg", {"--labels", "en"}},
      {"png", "\x89PNG", {"--aggregate", "--labels", "ar"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.format);
    std::vector<std::string> args = {"export", kGraph, "--to", c.format, "-o", path("g." + c.format), "--quiet"};
    args.insert(args.end(), c.options.begin(), c.options.end());
    const CliResult r = run(args);
    ASSERT_EQ(r.code, 0) << r.describe();
    EXPECT_EQ(r.err, "");
    EXPECT_NE(slurp(path("g." + c.format)).find(c.magic), std::string::npos);
    EXPECT_FALSE(fs::exists(path("g." + c.format) + ".tmp"));
  }
}

TEST_F(ExportCli, FiltersKeepTheKnownEdges) {
  // e1 meeting 2025-10-15, e2 statement 2025-10-16, e3 operates (undated), e4 visit 2025-10-15,
  // e5 visit 2025-01-30; Hmeimim's only edge is e3.
  struct Case {
    std::vector<std::string> filters;
    std::vector<std::string> edges;
    size_t nodes;
  };
  const std::vector<Case> cases = {
      {{}, {"e1", "e2", "e3", "e4", "e5"}, 8},
      {{"--from", "2025-10-01", "--to", "2025-10-31"}, {"e1", "e2", "e4"}, 4},  // --to DATE after --to FORMAT
      {{"--until", "2025-02-01"}, {"e5"}, 2},
      {{"--from", "2025-10-16"}, {"e2"}, 2},
      {{"--type", "visit"}, {"e4", "e5"}, 2},
      {{"--type", "meeting,statement"}, {"e1", "e2"}, 4},  // e1's place (Moscow) is kept
      {{"--type", "meeting", "--type", "operates"}, {"e1", "e3"}, 5},
      {{"--ego", "Hmeimim Air Base"}, {"e3"}, 2},
      {{"--ego", "قاعدة حميميم", "--depth", "0"}, {}, 1},
      {{"--ego", "person/vladimir-putin", "--type", "statement"}, {"e2"}, 2},
      {{"--ego", "state/RU", "--depth", "2"}, {"e3"}, 2},
  };
  for (const Case& c : cases) {
    std::string trace;
    for (const auto& f : c.filters) trace += f + " ";
    SCOPED_TRACE(trace);
    std::vector<std::string> args = {"export", kGraph, "--to", "graphml", "-o", path("w.graphml"), "--quiet"};
    args.insert(args.end(), c.filters.begin(), c.filters.end());
    const CliResult r = run(args);
    ASSERT_EQ(r.code, 0) << r.describe();
    const std::string xml = slurp(path("w.graphml"));
    EXPECT_EQ(edge_ids(xml), c.edges);
    EXPECT_EQ(count(xml, "<node id="), c.nodes);
  }
}

TEST_F(ExportCli, ToMayNameTheFormatAndTheWindowEndInAnyOrder) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"--to", "2025-02-01", "--to", "gexf"},
           {"--to", "gexf", "--to", "2025-02-01"},
           {"--format", "gexf", "--until", "2025-02-01"},
           {"--to=gexf", "--until=2025-02-01"},
       }) {
    SCOPED_TRACE(args[0] + " " + args[1]);
    std::vector<std::string> full = {"export", kGraph, "-o", path("w.gexf")};
    full.insert(full.end(), args.begin(), args.end());
    const CliResult r = run(full);
    ASSERT_EQ(r.code, 0) << r.describe();
    const std::string xml = slurp(path("w.gexf"));
    EXPECT_EQ(count(xml, "<edge id="), 1u);
    EXPECT_NE(xml.find("<edge id=\"e5\""), std::string::npos);
  }
}

TEST_F(ExportCli, BadUsageExitsWith2) {
  const std::string out = "out.graphml";
  const std::string formats = "dot, svg, png, graphml, gexf, cytoscape, neo4j";
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{}, "export needs GRAPH.json"},
      {{kGraph, "-o", out}, "export needs a format: --to FORMAT (" + formats + ")"},
      {{kGraph, "--to", "xml", "-o", out},
       "--to xml is neither a format nor a date (expected one of " + formats + ", or YYYY-MM-DD)"},
      {{kGraph, "--format", "xml", "-o", out}, "unknown format xml (known: " + formats + ")"},
      {{kGraph, "--to", "graphml", "--to", "gexf", "-o", out}, "two formats given: graphml and gexf (expected one)"},
      {{kGraph, "--to", "graphml", "--format", "gexf", "-o", out},
       "two formats given: gexf and graphml (expected one)"},
      {{kGraph, "--to", "graphml", "--to", "2025-02-30", "-o", out}, "--to 2025-02-30 is not a date (expected YYYY-MM-DD)"},
      {{kGraph, "--to", "graphml", "--to", "2025-1-5", "-o", out}, "--to 2025-1-5 is not a date (expected YYYY-MM-DD)"},
      {{kGraph, "--to", "graphml", "--until", "2025-13-01", "-o", out},
       "--until 2025-13-01 is not a date (expected YYYY-MM-DD)"},
      {{kGraph, "--to", "graphml", "--from", "yesterday", "-o", out},
       "--from yesterday is not a date (expected YYYY-MM-DD)"},
      {{kGraph, "--to", "graphml", "--to", "2025-01-01", "--until", "2025-02-01", "-o", out},
       "two window ends given: 2025-01-01 and 2025-02-01 (expected one)"},
      {{kGraph, "--to", "graphml", "--to", "2025-01-01", "--to", "2025-02-01", "-o", out},
       "two window ends given: 2025-01-01 and 2025-02-01 (expected one)"},
      {{kGraph, "--to", "graphml", "--from", "2025-03-01", "--to", "2025-01-01", "-o", out},
       "the window is empty: --from 2025-03-01 is after 2025-01-01"},
      {{kGraph, "--to", "graphml"}, "export needs -o FILE"},
      {{kGraph, "--to", "neo4j"}, "export needs -o DIR (the folder for the neo4j files)"},
      {{kGraph, "--to", "graphml", "-o", out, "--depth", "2"}, "--depth needs --ego ACTOR"},
      {{kGraph, "--to", "graphml", "-o", out, "--ego", "x", "--depth", "two"},
       "--depth two is not a number (expected 0 or more)"},
      {{kGraph, "--to", "graphml", "-o", out, "--type", "meeting,"},
       "--type meeting, names an empty type (expected TYPE[,TYPE...])"},
      {{kGraph, "--to", "graphml", "-o", out, "--aggregate"}, "--aggregate applies to dot, svg and png only"},
      {{kGraph, "--to", "neo4j", "-o", out, "--labels", "ar"}, "--labels applies to dot, svg and png only"},
      {{kGraph, "--to", "dot", "-o", out, "--labels", "fr"}, "--labels fr is not one of ar, en, both"},
      {{kGraph, "extra", "--to", "dot", "-o", out}, "unexpected argument extra"},
      {{kGraph, "--to", "dot", "-o", out, "--ego"}, "option --ego needs a value"},
      {{kGraph, "--to", "dot", "-o", out, "--format", "dot", "--format", "svg"}, "option --format given twice"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.message);
    std::vector<std::string> args = {"export"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    const CliResult r = run(args);
    EXPECT_EQ(r.code, 2) << r.describe();
    EXPECT_EQ(r.first_error_line(), "actorgraph: " + c.message);
    EXPECT_NE(r.err.find("Try 'actorgraph export --help'."), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "");
  }
  EXPECT_FALSE(fs::exists(out));
}

TEST_F(ExportCli, BadInputAndUnwritableOutputExitWith1AndLeaveNothingBehind) {
  const std::string file = path("a-file");
  std::ofstream(file) << "x";
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{path("none.json"), "--to", "gexf", "-o", path("x.gexf")},
       path("none.json") + ": cannot open file (expected a readable graph.json)"},
      {{kGraph, "--to", "graphml", "-o", "/nonexistent-dir/x.graphml"},
       "/nonexistent-dir/x.graphml: cannot open for writing: No such file or directory (expected a writable path)"},
      {{kGraph, "--to", "dot", "-o", "/nonexistent-dir/x.dot"},
       "/nonexistent-dir/x.dot: cannot open for writing: No such file or directory (expected a writable path)"},
      {{kGraph, "--to", "neo4j", "-o", file}, file + ": not a directory (expected a folder for the CSV files)"},
      {{kGraph, "--to", "gexf", "-o", path("x.gexf"), "--ego", "Nobody"},
       "--ego Nobody: no actor matches \"Nobody\" (expected a name, alias or node id in the graph)"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.message);
    std::vector<std::string> args = {"export"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    const CliResult r = run(args);
    EXPECT_EQ(r.code, 1) << r.describe();
    EXPECT_EQ(r.err, "actorgraph: " + c.message + "\n");
  }
  EXPECT_FALSE(fs::exists(path("x.gexf")));
  EXPECT_FALSE(fs::exists("/nonexistent-dir"));
}

TEST_F(ExportCli, WarnsAboutATypeTheGraphDoesNotHave) {
  const CliResult r = run({"export", kGraph, "--to", "graphml", "-o", path("w.graphml"), "--type", "meetings"});
  EXPECT_EQ(r.code, 0) << r.describe();
  EXPECT_EQ(r.err, "actorgraph: warning: no edge of type meetings in " + kGraph + "\n" +
                       "actorgraph: 0 nodes, 0 edges -> " + path("w.graphml") + "\n");
}

TEST_F(ExportCli, HelpExplainsTheToRule) {
  for (const auto& args : std::vector<std::vector<std::string>>{{"export", "--help"}, {"export", "-h"}}) {
    const CliResult r = run(args);
    EXPECT_EQ(r.code, 0) << r.describe();
    EXPECT_EQ(r.out.rfind("Usage: actorgraph export GRAPH.json --to FORMAT -o FILE", 0), 0u) << r.out;
    EXPECT_NE(r.out.find("--to may be given twice"), std::string::npos);
    EXPECT_NE(r.out.find("--until DATE"), std::string::npos);
    EXPECT_EQ(r.err, "");
  }
  const CliResult main = run({"--help"});
  EXPECT_NE(main.out.find("  export GRAPH.json --to FORMAT -o FILE"), std::string::npos) << main.out;
}

}  // namespace
