// InputReader, parse_record and document_from_text: every accepted form and every error with
// its exact message, file and line. Known-bad files live in tests/bad_inputs/.
#include "actorgraph/extract/input.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <unistd.h>

namespace actorgraph {
namespace {
namespace fs = std::filesystem;

const std::string kBad = std::string(ACTORGRAPH_TESTS_DIR) + "/bad_inputs/";

// A scratch directory per test, removed afterwards.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = fs::temp_directory_path() /
            ("actorgraph_input_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string write(const std::string& rel, const std::string& content) const {
    const fs::path p = path_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

struct Item {
  bool ok = false;
  Document doc;
  std::string error;
};

std::vector<Item> read_all(std::vector<std::string> inputs, const std::string& stdin_text = "") {
  std::istringstream in(stdin_text);
  InputReader reader(std::move(inputs), in);
  std::vector<Item> items;
  Document doc;
  Error err;
  for (int guard = 0; guard < 1000; ++guard) {
    const auto r = reader.next(doc, err);
    if (r == InputReader::Next::end) break;
    Item it;
    it.ok = r == InputReader::Next::document;
    if (it.ok) it.doc = doc; else it.error = err.message();
    items.push_back(std::move(it));
  }
  return items;
}

std::string date_of(const Document& d) { return d.date ? d.date->iso() : "none"; }

// ---- accepted inputs ----------------------------------------------------------------------

struct TxtCase {
  const char* name;
  std::string content;
  std::string date;  // "none" when there is no date
};

TEST(InputReader, TextFiles) {
  const std::string body = "دمشق - استقبل الرئيس السوري وزير الخارجية التركي في قصر الشعب.\n";
  const std::vector<TxtCase> cases = {
      {"marker", "date 2025-11-20 " + body, "2025-11-20"},
      {"marker_leading_space", " date 2025-11-20 " + body, "2025-11-20"},
      {"no_marker", body, "none"},
      {"marker_not_at_start", body + " date 2025-11-20", "none"},
  };
  TempDir tmp;
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string path = tmp.write(std::string(c.name) + ".txt", c.content);
    const auto items = read_all({path});
    ASSERT_EQ(items.size(), 1u);
    ASSERT_TRUE(items[0].ok) << items[0].error;
    const Document& d = items[0].doc;
    EXPECT_EQ(d.id, c.name);
    EXPECT_EQ(date_of(d), c.date);
    EXPECT_EQ(d.text, c.content);  // exactly as given, marker included
    EXPECT_EQ(d.source_file, path);
    EXPECT_EQ(d.source_line, 0);
    EXPECT_TRUE(d.url.empty());
  }
}

struct RecordCase {
  const char* name;
  std::string json;
  std::string id, date, lang, title, url, text;
};

TEST(ParseRecord, AcceptedRecords) {
  const std::string t = "التقى وزير الدفاع السوري نظيره الروسي في موسكو.";
  const std::vector<RecordCase> cases = {
      {"all_fields",
       R"({"id":"x1","url":"https://example.org/a","date":"2025-10-15","lang":"ar","title":"لقاء","text":")" + t + "\"}",
       "x1", "2025-10-15", "ar", "لقاء", "https://example.org/a", t},
      {"no_id", "{\"text\":\"" + t + "\"}", "feed:7", "none", "", "", "", t},
      {"null_id_and_fields", "{\"id\":null,\"url\":null,\"lang\":null,\"title\":null,\"text\":\"" + t + "\"}",
       "feed:7", "none", "", "", "", t},
      {"date_time", "{\"id\":\"x\",\"date\":\"2025-11-20T08:30:00+03:00\",\"text\":\"" + t + "\"}", "x",
       "2025-11-20", "", "", "", t},
      {"date_time_z", "{\"id\":\"x\",\"date\":\"2025-11-20T23:59:59Z\",\"text\":\"" + t + "\"}", "x", "2025-11-20",
       "", "", "", t},
      {"null_date_marker", "{\"id\":\"x\",\"date\":null,\"text\":\" date 2025-11-20 " + t + "\"}", "x",
       "2025-11-20", "", "", "", " date 2025-11-20 " + t},
      {"absent_date_marker", "{\"id\":\"x\",\"text\":\"date 2025-11-21 " + t + "\"}", "x", "2025-11-21", "", "",
       "", "date 2025-11-21 " + t},
      {"record_date_wins", "{\"id\":\"x\",\"date\":\"2025-10-01\",\"text\":\" date 2025-11-20 " + t + "\"}", "x",
       "2025-10-01", "", "", "", " date 2025-11-20 " + t},
      {"record_date_wins_over_bad_marker",
       "{\"id\":\"x\",\"date\":\"2025-10-01\",\"text\":\" date 2025-02-30 " + t + "\"}", "x", "2025-10-01", "", "",
       "", " date 2025-02-30 " + t},
      {"empty_date_string", "{\"id\":\"x\",\"date\":\"\",\"text\":\"" + t + "\"}", "x", "none", "", "", "", t},
      {"escapes_and_extra_fields", R"({"id":"x","text":"\ud83d\udcf0 \u0627\n","extra":[1,{"a":2}]})", "x", "none",
       "", "", "", "\xF0\x9F\x93\xB0 \xD8\xA7\n"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    Document d;
    const Status s = parse_record(c.json, "dir/feed.jsonl", 7, d);
    ASSERT_TRUE(s.ok()) << s.error().message();
    EXPECT_EQ(d.id, c.id);
    EXPECT_EQ(date_of(d), c.date);
    EXPECT_EQ(d.lang, c.lang);
    EXPECT_EQ(d.title, c.title);
    EXPECT_EQ(d.url, c.url);
    EXPECT_EQ(d.text, c.text);
    EXPECT_EQ(d.source_file, "dir/feed.jsonl");
    EXPECT_EQ(d.source_line, 7);
  }
}

TEST(ParseRecord, FieldsOfAPreviousRecordDoNotLeak) {
  Document d;
  ASSERT_TRUE(parse_record(R"({"id":"a","url":"u","date":"2025-01-02","lang":"ar","title":"t","text":"x"})", "f.jsonl",
                           1, d).ok());
  ASSERT_TRUE(parse_record(R"({"text":"y"})", "f.jsonl", 2, d).ok());
  EXPECT_EQ(d.id, "f:2");
  EXPECT_TRUE(d.url.empty());
  EXPECT_TRUE(d.lang.empty());
  EXPECT_TRUE(d.title.empty());
  EXPECT_FALSE(d.date.has_value());
}

TEST(InputReader, JsonLinesSkipBlankLinesAndCountThem) {
  TempDir tmp;
  const std::string path = tmp.write("news.jsonl",
                                     "{\"text\":\"أ\"}\r\n\n   \n{\"id\":\"b\",\"text\":\"ب\"}\n{\"text\":\"ج\"}");
  const auto items = read_all({path});
  ASSERT_EQ(items.size(), 3u);
  for (const auto& it : items) ASSERT_TRUE(it.ok) << it.error;
  EXPECT_EQ(items[0].doc.id, "news:1");
  EXPECT_EQ(items[0].doc.text, "أ");  // the \r of a CRLF line is not text
  EXPECT_EQ(items[1].doc.id, "b");
  EXPECT_EQ(items[1].doc.source_line, 4);
  EXPECT_EQ(items[2].doc.id, "news:5");  // no final newline
}

TEST(InputReader, StdinIdsAndOrderAmongOtherInputs) {
  TempDir tmp;
  const std::string a = tmp.write("a.txt", "نص أول.");
  const auto items = read_all({"-", a}, "{\"text\":\"x\"}\n\n{\"id\":\"given\",\"text\":\"y\"}\n{\"text\":\"z\"}\n");
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].doc.id, "stdin:1");
  EXPECT_EQ(items[0].doc.source_file, "stdin");
  EXPECT_EQ(items[1].doc.id, "given");
  EXPECT_EQ(items[2].doc.id, "stdin:4");
  EXPECT_EQ(items[3].doc.id, "a");
}

TEST(InputReader, DirectoryIsReadRecursivelyInPathOrder) {
  TempDir tmp;
  tmp.write("z.txt", "ز");
  tmp.write("b/2.txt", "اثنان");
  tmp.write("b/1.txt", "واحد");
  tmp.write("a.jsonl", "{\"text\":\"أ\"}\n{\"text\":\"ب\"}\n");
  tmp.write("b-c.txt", "شرطة");  // '-' sorts before '/' as a byte, yet b/ is a directory that comes first
  tmp.write("notes.md", "ignored");
  tmp.write("c/data.json", "{}");
  const auto items = read_all({tmp.path().string()});
  std::vector<std::string> ids;
  for (const auto& it : items) {
    ASSERT_TRUE(it.ok) << it.error;
    ids.push_back(it.doc.id);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"a:1", "a:2", "1", "2", "b-c", "z"}));
  EXPECT_EQ(items[2].doc.source_file, (tmp.path() / "b" / "1.txt").string());
}

TEST(InputReader, CountsGoodDocumentsOnly) {
  std::istringstream in("{\"text\":\"x\"}\n{\"text\":1}\n{\"text\":\"y\"}\n");
  InputReader reader({"-"}, in);
  Document d;
  Error e;
  std::vector<InputReader::Next> seen;
  for (auto r = reader.next(d, e); r != InputReader::Next::end; r = reader.next(d, e)) seen.push_back(r);
  EXPECT_EQ(seen, (std::vector<InputReader::Next>{InputReader::Next::document, InputReader::Next::error,
                                                   InputReader::Next::document}));
  EXPECT_EQ(reader.documents_read(), 2);
  // end is sticky
  EXPECT_EQ(reader.next(d, e), InputReader::Next::end);
}

// ---- errors ---------------------------------------------------------------------------------

struct BadFileCase {
  const char* file;                  // under tests/bad_inputs/
  std::vector<std::string> results;  // "ok <id>" or the exact message after the path
};

TEST(InputReader, KnownBadFiles) {
  const std::vector<BadFileCase> cases = {
      {"invalid_utf8.txt", {":1: invalid UTF-8 at byte 20 (expected UTF-8 text)"}},
      {"invalid_utf8.jsonl", {"ok u1", "ok u2", ":3: invalid UTF-8 at byte 25 of the line (expected UTF-8 text)"}},
      {"malformed_json.jsonl",
       {"ok a1", ":2: malformed JSON: invalid value at byte 22 (expected one JSON object per line)"}},
      {"bad_date.jsonl",
       {"ok ok", ":3: date \"2025-02-30\" is not a real date (expected YYYY-MM-DD or an ISO 8601 date-time)"}},
      {"not_a_date.jsonl", {":1: date \"yesterday\" is not a date (expected YYYY-MM-DD or an ISO 8601 date-time)"}},
      {"bad_marker_date.txt",
       {":1: wire marker 'date 2025-02-30' is not a real date (expected date YYYY-MM-DD with a real date)"}},
      {"empty.txt", {": empty text (expected an article)"}},
      {"empty_text.jsonl", {":1: empty text (expected a non-empty string)"}},
      {"missing_text.jsonl", {":1: missing \"text\" (expected a non-empty string)"}},
      {"nonstring_text.jsonl", {":1: \"text\" is a number (expected a non-empty string)"}},
      {"nonstring_id.jsonl", {":1: \"id\" is a number (expected a string or null)"}},
      {"not_object.jsonl", {":1: the record is an array (expected a JSON object)"}},
      {"lone_surrogate.jsonl", {":1: \"text\" holds an invalid Unicode escape (expected valid UTF-16 surrogate pairs)"}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.file);
    const std::string path = kBad + c.file;
    const auto items = read_all({path});
    std::vector<std::string> got;
    for (const auto& it : items) {
      if (it.ok) {
        got.push_back("ok " + it.doc.id);
      } else {
        ASSERT_EQ(it.error.rfind(path, 0), 0u) << it.error;  // the message starts with the file
        got.push_back(it.error.substr(path.size()));
      }
    }
    EXPECT_EQ(got, c.results);
  }
}

TEST(InputReader, MissingFileAndDirectory) {
  TempDir tmp;
  const std::string missing = (tmp.path() / "no-such-article.txt").string();
  const std::string missing_jsonl = (tmp.path() / "nothing.jsonl").string();
  const std::string empty_dir = (tmp.path() / "empty").string();
  fs::create_directories(empty_dir);
  const std::string good = tmp.write("good.txt", "نص.");
  const auto items = read_all({missing, missing_jsonl, empty_dir, good});
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].error, missing + ": cannot open: No such file or directory");
  EXPECT_EQ(items[1].error, missing_jsonl + ": cannot open: No such file or directory");
  EXPECT_EQ(items[2].error, empty_dir + ": no .txt or .jsonl files in this directory (expected articles to read)");
  ASSERT_TRUE(items[3].ok);  // reading goes on after errors
  EXPECT_EQ(items[3].doc.id, "good");
}

TEST(InputReader, UnreadableFile) {
  if (::geteuid() == 0) {
    // root reads everything; the permission case is then the same as a readable file.
    TempDir tmp;
    EXPECT_TRUE(read_all({tmp.write("r.txt", "نص.")})[0].ok);
    return;
  }
  TempDir tmp;
  const std::string path = tmp.write("secret.txt", "نص.");
  fs::permissions(path, fs::perms::none);
  const auto items = read_all({path});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].error, path + ": cannot open: Permission denied");
}

TEST(DocumentFromText, InvalidUtf8NamesTheLine) {
  Document d;
  const Status s = document_from_text("سطر أول\nسطر \xC3\x28 ثان", "x/a.txt", d);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().message(), "x/a.txt:2: invalid UTF-8 at byte 22 (expected UTF-8 text)");
}

TEST(ParseRecord, NeverCrashesOnArbitraryBytes) {
  std::mt19937 rng(12345);
  const std::string pieces[] = {"{", "}", "[", "]", "\"text\"", ":", ",", "\"", "\\u", "d800", "\\", "null",
                                "1e999", "\xFF", "\xD8", "\xA7", "date 2025-02-30", "\"date\"", "\n", "\0"};
  Document d;
  int accepted = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string line;
    const int n = static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) line += pieces[rng() % std::size(pieces)];
    if (rng() % 4 == 0) line = "{\"text\":\"" + line + "\"}";
    const Status s = parse_record(line, "fuzz.jsonl", i + 1, d);
    if (s.ok()) {
      ++accepted;
      EXPECT_FALSE(d.text.empty());
    } else {
      EXPECT_EQ(s.error().message().rfind("fuzz.jsonl:" + std::to_string(i + 1) + ": ", 0), 0u);
    }
  }
  EXPECT_GT(accepted, 0);
  // Deep nesting must not exhaust the stack.
  const std::string deep(1'000'000, '[');
  EXPECT_FALSE(parse_record(deep, "deep.jsonl", 1, d).ok());
}

}  // namespace
}  // namespace actorgraph
