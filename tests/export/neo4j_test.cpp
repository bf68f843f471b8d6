// Neo4j writer: golden files of the small fixed graph (nodes.csv, relationships.csv, load.cypher,
// README.md), the CSV read back field by field (quotes, commas, newlines, Arabic, ';' in arrays),
// the Cypher script's statements, errors. The export of the sample corpus read back with Python's
// csv module is tests/consumers/check_neo4j.py (Debian has no Neo4j server to import into).
//
// Regenerate tests/export/golden/small_neo4j/ after a deliberate change:
//   ACTORGRAPH_UPDATE_GOLDEN=1 ctest --test-dir BUILD -R Neo4jExport   (then review git diff)
#include "actorgraph/export/neo4j.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/golden.h"
#include "support/hard_text_graph.h"

namespace actorgraph::exporters {
namespace {

namespace fs = std::filesystem;
using namespace actorgraph::testing;
using Rows = std::vector<std::vector<std::string>>;

// RFC 4180, as neo4j-admin and Python's csv read it; `quoted` marks fields written in quotes.
Rows parse_csv(const std::string& text) {
  Rows rows;
  std::vector<std::string> row;
  std::string field;
  bool in_quotes = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        in_quotes = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      in_quotes = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
    } else {
      field += c;
    }
  }
  EXPECT_FALSE(in_quotes) << "unterminated quoted field";
  EXPECT_TRUE(field.empty() && row.empty()) << "no newline after the last record";
  return rows;
}

std::string written(Status (*write)(const graph::ActorGraph&, std::ostream&), const graph::ActorGraph& g) {
  std::ostringstream out;
  const Status s = write(g, out);
  EXPECT_TRUE(s.ok()) << s.error().message();
  return out.str();
}

TEST(Neo4jExport, MatchesTheGoldenFiles) {
  const std::string dir = ::testing::TempDir() + "/actorgraph_neo4j_golden";
  fs::remove_all(dir);
  const Status s = write_neo4j(small_graph(), dir);
  ASSERT_TRUE(s.ok()) << s.error().message();
  for (const char* name : {"nodes.csv", "relationships.csv", "load.cypher", "README.md"}) {
    SCOPED_TRACE(name);
    expect_golden(read_file(dir + "/" + name), std::string("export/golden/small_neo4j/") + name);
    EXPECT_FALSE(fs::exists(dir + "/" + name + ".tmp"));
  }
  fs::remove_all(dir);
}

TEST(Neo4jExport, NodesReadBackWithTypedHeaderAndEveryField) {
  const graph::ActorGraph g = hard_text_graph();
  const Rows rows = parse_csv(written(&write_neo4j_nodes, g));
  ASSERT_EQ(rows.size(), g.num_nodes() + 1);
  const std::vector<std::string> header = {"id:ID(Actor)", ":LABEL",  "label",           "type", "name_ar",
                                           "name_en",      "country", "aliases:string[]", "roles"};
  EXPECT_EQ(rows[0], header);
  for (const auto& r : rows) EXPECT_EQ(r.size(), header.size());
  const auto& putin = rows[2];
  EXPECT_EQ(putin[0], "person/vladimir-putin");
  EXPECT_EQ(putin[1], "Actor;Person");
  EXPECT_EQ(putin[4], "فلاديمير بوتين");
  EXPECT_EQ(putin[6], "state/RU");
  EXPECT_EQ(putin[7], "فلاديمير بوتين;بوتين");
  EXPECT_EQ(putin[8], R"([{"title":"President","of":"state/RU","from":"2012-05-07","to":null,"title_ar":"الرئيس الروسي"}])");
  const auto& smith = rows.back();
  EXPECT_EQ(smith[1], "Actor;Organization");
  EXPECT_EQ(smith[2], kHardLabel);
  EXPECT_EQ(smith[7], "سميث\xEF\xBC\x9B أبناؤه, \"المحدودة\"");  // ';' inside an element -> U+FF1B
  EXPECT_EQ(smith[8], "");                                        // no roles: no property
}

TEST(Neo4jExport, RelationshipsReadBackWithEveryEdgeLoopsIncluded) {
  const graph::ActorGraph g = hard_text_graph();
  const Rows rows = parse_csv(written(&write_neo4j_relationships, g));
  ASSERT_EQ(rows.size(), g.num_edges() + 1);
  const std::vector<std::string> header = {":START_ID(Actor)", ":END_ID(Actor)", ":TYPE",     "id",
                                           "type",             "date:date",      "date_precision",
                                           "place",            "sources:int",    "attributes",
                                           "documents:string[]", "provenance"};
  EXPECT_EQ(rows[0], header);
  for (const auto& r : rows) EXPECT_EQ(r.size(), header.size());
  const std::vector<std::string> meeting = {
      "person/ahmed-al-sharaa", "person/vladimir-putin", "MEETING", "e1", "meeting", "2025-10-15", "day",
      "place/moscow", "2", R"({"host":"person/vladimir-putin"})", "a1;b1",
      std::string(R"([{"document":"a1","sentence":")") + kSentenceA +
          R"(","start":0,"end":57},{"document":"b1","sentence":")" + kSentenceB + R"(","start":0,"end":41}])"};
  EXPECT_EQ(rows[1], meeting);
  const auto& operates = rows[3];  // undated: empty date, no property
  EXPECT_EQ(operates[2], "OPERATES");
  EXPECT_EQ(operates[5], "");
  const auto& loop = rows.back();
  EXPECT_EQ(loop[0], "org/smith");
  EXPECT_EQ(loop[1], "org/smith");
  EXPECT_EQ(loop[2], "STATEMENT");
  EXPECT_EQ(loop[9], R"({"quote":"a \"quote\", with\nlines; and \\ backslash"})");
  EXPECT_EQ(loop[11], R"([{"document":"c1","sentence":"قال \"سميث\" <اليوم> & أضاف:\n\tسطر; ثانٍ, 🇸🇾 ثالث.","start":0,"end":47}])");
}

TEST(Neo4jExport, CypherMergesEveryRelationshipTypeOfTheGraph) {
  const std::string cypher = written(&write_neo4j_cypher, small_graph());
  for (const char* s : {"MERGE (a:Actor {id: row.`id:ID(Actor)`})", "SET a:MilitaryBase)",
                        "MERGE (s)-[r:`MEETING` {id: row.id}]->(t)", "MERGE (s)-[r:`STATEMENT` {id: row.id}]->(t)",
                        "MERGE (s)-[r:`OPERATES` {id: row.id}]->(t)", "MERGE (s)-[r:`VISIT` {id: row.id}]->(t)",
                        "date(row.`date:date`)"}) {
    EXPECT_NE(cypher.find(s), std::string::npos) << s;
  }
  EXPECT_EQ(cypher.find("HOLDS_ROLE"), std::string::npos);  // a type absent from the graph gets no statement
}

TEST(Neo4jExport, ErrorsNameTheFolder) {
  const std::string file = ::testing::TempDir() + "/actorgraph_neo4j_file";
  std::ofstream(file) << "x";
  struct Case {
    std::string dir, message;
  };
  const std::vector<Case> cases = {
      {file, file + ": not a directory (expected a folder for the CSV files)"},
      {file + "/sub", file + "/sub: cannot create directory: Not a directory (expected a writable folder)"},
  };
  for (const Case& c : cases) {
    const Status s = write_neo4j(small_graph(), c.dir);
    ASSERT_FALSE(s.ok()) << c.dir;
    EXPECT_EQ(s.error().message(), c.message);
  }
  fs::remove(file);
}

}  // namespace
}  // namespace actorgraph::exporters
