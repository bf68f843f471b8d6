// TsvFile: the magic line, the header, comments, empty fields and every error message with its
// file:line, using the known-bad files in tests/bad_inputs/data/.
#include "actorgraph/extract/tsv.h"

#include <gtest/gtest.h>

#include <ostream>

#include <cstdio>
#include <fstream>
#include <string>

namespace actorgraph {
namespace {

const std::string kBad = std::string(ACTORGRAPH_TESTS_DIR) + "/bad_inputs/data/";

// Writes a temporary data file and removes it at scope exit.
struct TempFile {
  std::string path;
  explicit TempFile(const std::string& name, const std::string& content)
      : path(testing::TempDir() + name) {
    std::ofstream(path, std::ios::binary) << content;
  }
  ~TempFile() { std::remove(path.c_str()); }
};

TEST(Tsv, ReadsEntriesSkippingCommentsAndBlankLinesAndMapsDashToEmpty) {
  TempFile f("ok.tsv",
             "#!actorgraph words 1\n# comment before the header\n\nform\tclass\n"
             "أحمد\tgiven_name\n# comment\n\n   \nفي\t-\n\tstop\r\n");
  auto t = TsvFile::open(f.path, "words", 1, {"form", "class"});
  ASSERT_TRUE(t) << t.error().message();
  EXPECT_EQ(t->header().kind, "words");
  EXPECT_EQ(t->header().version, 1);
  EXPECT_EQ(t->header().columns, (std::vector<std::string>{"form", "class"}));
  TsvRow row;
  ASSERT_TRUE(t->next(row));
  EXPECT_EQ(row.line, 5);
  EXPECT_EQ(row[0], "أحمد");
  EXPECT_EQ(row[1], "given_name");
  ASSERT_TRUE(t->next(row));
  EXPECT_EQ(row.line, 9);
  EXPECT_EQ(row[1], "");  // "-" is the empty field
  ASSERT_TRUE(t->next(row));
  EXPECT_EQ(row.line, 10);
  EXPECT_EQ(row[0], "");
  EXPECT_EQ(row[1], "stop");  // CRLF accepted
  EXPECT_FALSE(t->next(row));
  EXPECT_TRUE(t->status());
}

TEST(Tsv, AnyKindAndHeaderWhenUnconstrained) {
  TempFile f("any.tsv", "\xEF\xBB\xBF#!actorgraph roles 3\na\tb\tc\n1\t2\t3\n");
  auto t = TsvFile::open(f.path, "", 0, {});
  ASSERT_TRUE(t) << t.error().message();
  EXPECT_EQ(t->header().kind, "roles");
  EXPECT_EQ(t->header().version, 3);
  EXPECT_FALSE(t->check(1, {}));
  EXPECT_EQ(t->check(1, {}).error().message(), f.path + ":1: unsupported version 3 of kind roles (expected version 1)");
  EXPECT_FALSE(t->check(3, {"a", "b"}));
  EXPECT_EQ(t->check(3, {"a", "b"}).error().message(), f.path + ":2: wrong header \"a b c\" (expected columns \"a b\")");
  EXPECT_TRUE(t->check(3, {"a", "b", "c"}));
}

struct OpenCase {
  const char* file;
  const char* kind;
  std::vector<std::string> columns;
  const char* message;  // after "<path>"
};
// Short parameter names keep ctest's test list readable.
void PrintTo(const OpenCase& c, std::ostream* os) { *os << c.file; }

class TsvOpenError : public testing::TestWithParam<OpenCase> {};

TEST_P(TsvOpenError, ReportsFileLineWhatExpected) {
  const OpenCase& c = GetParam();
  const std::string path = kBad + c.file;
  auto t = TsvFile::open(path, c.kind, 1, c.columns);
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().message(), path + c.message);
}

const std::vector<std::string> kEnt{"id", "type", "en", "ar", "aliases", "attributes", "wikidata"};

INSTANTIATE_TEST_SUITE_P(
    BadFiles, TsvOpenError,
    testing::Values(
        OpenCase{"tsv_missing_magic.tsv", "gazetteer", kEnt,
                 ":1: missing magic line (expected \"#!actorgraph KIND VERSION\")"},
        OpenCase{"tsv_empty.tsv", "gazetteer", kEnt, ":1: empty file (expected \"#!actorgraph KIND VERSION\")"},
        OpenCase{"tsv_bad_version.tsv", "gazetteer", kEnt, ":1: bad version \"one\" (expected a positive integer)"},
        OpenCase{"tsv_unsupported_version.tsv", "gazetteer", kEnt,
                 ":1: unsupported version 2 of kind gazetteer (expected version 1)"},
        OpenCase{"tsv_wrong_kind.tsv", "gazetteer", kEnt, ":1: wrong kind \"roles\" (expected gazetteer)"},
        OpenCase{"tsv_wrong_header.tsv", "gazetteer", kEnt,
                 ":2: wrong header \"id type name\" (expected columns \"id type en ar aliases attributes wikidata\")"},
        OpenCase{"tsv_missing_header.tsv", "gazetteer", kEnt, ":4: missing header line (expected the column names)"}),
    [](const testing::TestParamInfo<OpenCase>& i) {
      std::string n = i.param.file;
      return n.substr(4, n.size() - 8);
    });

TEST(Tsv, MissingFile) {
  auto t = TsvFile::open(kBad + "no_such_file.tsv", "gazetteer", 1, {});
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().message(), kBad + "no_such_file.tsv: cannot open file (expected a readable data file)");
}

TEST(Tsv, WrongFieldCountStopsWithLine) {
  auto t = TsvFile::open(kBad + "tsv_field_count.tsv", "gazetteer", 1, {"id", "type", "en"});
  ASSERT_TRUE(t) << t.error().message();
  TsvRow row;
  ASSERT_TRUE(t->next(row));
  EXPECT_EQ(row.line, 4);
  EXPECT_FALSE(t->next(row));
  ASSERT_FALSE(t->status());
  EXPECT_EQ(t->status().error().message(),
            kBad + "tsv_field_count.tsv:5: 2 fields (expected 3 tab-separated fields: id type en)");
  EXPECT_FALSE(t->next(row));  // stays failed
}

TEST(Tsv, InvalidUtf8StopsWithLineAndByte) {
  auto t = TsvFile::open(kBad + "tsv_invalid_utf8.tsv", "gazetteer", 1, {});
  ASSERT_TRUE(t) << t.error().message();
  TsvRow row;
  EXPECT_FALSE(t->next(row));
  ASSERT_FALSE(t->status());
  EXPECT_EQ(t->status().error().message(),
            kBad + "tsv_invalid_utf8.tsv:3: invalid UTF-8 at byte 19 of the line (expected UTF-8 text)");
}

TEST(Tsv, OverlongAndSurrogateAreInvalid) {
  for (const char* bad : {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82"}) {
    TempFile f("utf8.tsv", std::string("#!actorgraph words 1\nform\tclass\nx") + bad + "\tstop\n");
    auto t = TsvFile::open(f.path, "words", 1, {});
    ASSERT_TRUE(t);
    TsvRow row;
    EXPECT_FALSE(t->next(row));
    ASSERT_FALSE(t->status());
    EXPECT_EQ(t->status().error().line, 3);
  }
}

TEST(Tsv, SplitListDropsEmptyParts) {
  EXPECT_EQ(split_list("a|b||c|"), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(split_list(""), std::vector<std::string>{});
  EXPECT_EQ(split_list("k=v;x=y", ';'), (std::vector<std::string>{"k=v", "x=y"}));
  EXPECT_TRUE(is_empty_field("-"));
  EXPECT_TRUE(is_empty_field(""));
  EXPECT_FALSE(is_empty_field("--"));
}

}  // namespace
}  // namespace actorgraph
