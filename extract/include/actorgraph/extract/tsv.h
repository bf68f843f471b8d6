// Reader for actorgraph's data files: UTF-8, tab-separated, one entry per line.
//
// Format (specified in data/README.md):
//   line 1:  "#!actorgraph KIND VERSION"     e.g. "#!actorgraph gazetteer 1"
//   then:    a header line naming the columns, tab-separated
//   then:    entries; blank lines and lines starting with '#' are ignored
// Every error names file:line and what was expected.
//
//   auto t = TsvFile::open("data/lexicons/triggers.tsv", "triggers", 1, {"form", "event", "pos"});
//   if (!t) return t.error();
//   TsvRow row;
//   while (t->next(row)) use(row[0], row.line);
//   if (!t->status()) return t->status().error();
#pragma once

#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/extract/status.h"

namespace actorgraph {

struct TsvRow {
  long line = 0;
  std::vector<std::string> fields;
  const std::string& operator[](size_t i) const { return fields[i]; }
  size_t size() const { return fields.size(); }
};

// Reads the header of a data file without checking its kind: for loaders that dispatch on kind.
struct TsvHeader {
  std::string kind;
  int version = 0;
  std::vector<std::string> columns;
};

class TsvFile {
 public:
  // Opens `path` and checks the magic line (kind, version) and the column header. An empty
  // `kind` accepts any kind (see header()), `version` <= 0 any version, `columns` empty any header.
  static Expected<TsvFile> open(const std::string& path, std::string_view kind, int version,
                                const std::vector<std::string>& columns);
  const TsvHeader& header() const { return header_; }
  // For loaders that opened with an empty kind and dispatch on header().kind: checks the version
  // (any when version <= 0) and the columns (any when empty), as open() does.
  Status check(int version, const std::vector<std::string>& columns) const;
  const std::string& path() const { return path_; }
  // Next entry; false at end or on error (then status() says why). Checks the field count,
  // valid UTF-8, and trims no whitespace inside fields. A field "-" is returned as "" (both
  // spell an empty field). Lines ending in CRLF are accepted.
  bool next(TsvRow& row);
  const Status& status() const { return status_; }
  // An Error located at this file and `line`.
  Error error_at(long line, std::string what, std::string expected = {}) const;

 private:
  std::string path_;
  std::unique_ptr<std::ifstream> in_;
  TsvHeader header_;
  long line_ = 0;
  long header_line_ = 0;
  Status status_;
};

// The *.tsv files directly under `dir`, sorted by name; an Error when the directory cannot be read
// or holds none (`what` names the expected files in the message: "gazetteer data files").
Expected<std::vector<std::string>> list_data_files(const std::string& dir, std::string_view what);

// Splits a field on '|', dropping empty parts.
std::vector<std::string> split_list(std::string_view field, char sep = '|');
// True for "" and "-", the two spellings of an empty field.
inline bool is_empty_field(std::string_view f) { return f.empty() || f == "-"; }

}  // namespace actorgraph
