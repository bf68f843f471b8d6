// Reader for actorgraph's tab-separated data files (format: data/README.md).
#include "actorgraph/extract/tsv.h"

#include <algorithm>
#include <filesystem>

#include <charconv>

namespace actorgraph {
namespace {

constexpr std::string_view kMagic = "#!actorgraph";

std::string join(const std::vector<std::string>& v, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out += sep;
    out += v[i];
  }
  return out;
}

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      out.emplace_back(line.substr(start));
      return out;
    }
    out.emplace_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

// Byte offset of the first invalid UTF-8 sequence, or npos. Rejects overlong forms, surrogates
// and values above U+10FFFF. Kept local so the reader does not depend on the text layer.
size_t first_invalid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) { ++i; continue; }
    int len = 0;
    char32_t cp = 0, min = 0;
    if ((b & 0xE0) == 0xC0) { len = 2; cp = b & 0x1F; min = 0x80; }
    else if ((b & 0xF0) == 0xE0) { len = 3; cp = b & 0x0F; min = 0x800; }
    else if ((b & 0xF8) == 0xF0) { len = 4; cp = b & 0x07; min = 0x10000; }
    else return i;
    if (i + len > s.size()) return i;
    for (int k = 1; k < len; ++k) {
      auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::string_view::npos;
}

bool is_skipped(std::string_view line) {
  return line.empty() || line.front() == '#' ||
         line.find_first_not_of(" \t") == std::string_view::npos;
}

}  // namespace

std::vector<std::string> split_list(std::string_view field, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= field.size()) {
    size_t end = field.find(sep, start);
    if (end == std::string_view::npos) end = field.size();
    std::string_view part = field.substr(start, end - start);
    if (!part.empty()) out.emplace_back(part);
    start = end + 1;
  }
  return out;
}

Error TsvFile::error_at(long line, std::string what, std::string expected) const {
  return Error{path_, line, std::move(what), std::move(expected)};
}

Expected<TsvFile> TsvFile::open(const std::string& path, std::string_view kind, int version,
                                const std::vector<std::string>& columns) {
  TsvFile f;
  f.path_ = path;
  f.in_ = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*f.in_) return Error{path, 0, "cannot open file", "a readable data file"};

  std::string line;
  if (!std::getline(*f.in_, line)) {
    return f.error_at(1, "empty file", "\"#!actorgraph KIND VERSION\"");
  }
  f.line_ = 1;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // a BOM some editors add
  // Magic line: "#!actorgraph KIND VERSION", single spaces.
  std::vector<std::string> parts = split_list(line, ' ');
  if (parts.size() != 3 || parts[0] != kMagic) {
    return f.error_at(1, "missing magic line", "\"#!actorgraph KIND VERSION\"");
  }
  f.header_.kind = parts[1];
  const std::string& v = parts[2];
  int ver = 0;
  auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), ver);
  if (ec != std::errc() || ptr != v.data() + v.size() || ver <= 0) {
    return f.error_at(1, "bad version \"" + v + "\"", "a positive integer");
  }
  f.header_.version = ver;
  if (!kind.empty() && f.header_.kind != kind) {
    return f.error_at(1, "wrong kind \"" + f.header_.kind + "\"", std::string(kind));
  }

  // Header: the first line after the magic line that is neither blank nor a comment.
  bool have_header = false;
  while (std::getline(*f.in_, line)) {
    ++f.line_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (is_skipped(line)) continue;
    if (size_t bad = first_invalid_utf8(line); bad != std::string_view::npos) {
      return f.error_at(f.line_, "invalid UTF-8 at byte " + std::to_string(bad + 1) + " of the line",
                        "UTF-8 text");
    }
    f.header_.columns = split_tabs(line);
    f.header_line_ = f.line_;
    have_header = true;
    break;
  }
  if (!have_header) return f.error_at(f.line_ + 1, "missing header line", "the column names");
  if (Status s = f.check(version, columns); !s) return s.error();
  return f;
}

Status TsvFile::check(int version, const std::vector<std::string>& columns) const {
  if (version > 0 && header_.version != version) {
    return Error{path_, 1,
                 "unsupported version " + std::to_string(header_.version) + " of kind " + header_.kind,
                 "version " + std::to_string(version)};
  }
  if (!columns.empty() && header_.columns != columns) {
    return Error{path_, header_line_, "wrong header \"" + join(header_.columns, " ") + "\"",
                 "columns \"" + join(columns, " ") + "\""};
  }
  return Status::Ok();
}

bool TsvFile::next(TsvRow& row) {
  if (!status_ || !in_) return false;
  std::string line;
  while (std::getline(*in_, line)) {
    ++line_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (is_skipped(line)) continue;
    if (size_t bad = first_invalid_utf8(line); bad != std::string_view::npos) {
      status_ = error_at(line_, "invalid UTF-8 at byte " + std::to_string(bad + 1) + " of the line",
                         "UTF-8 text");
      return false;
    }
    row.line = line_;
    row.fields = split_tabs(line);
    if (row.fields.size() != header_.columns.size()) {
      status_ = error_at(line_, std::to_string(row.fields.size()) + " fields",
                         std::to_string(header_.columns.size()) + " tab-separated fields: " +
                             join(header_.columns, " "));
      return false;
    }
    for (std::string& f : row.fields) {
      if (f == "-") f.clear();
    }
    return true;
  }
  if (in_->bad()) status_ = error_at(line_, "read error", "a readable file");
  return false;
}

Expected<std::vector<std::string>> list_data_files(const std::string& dir, std::string_view what) {
  std::error_code ec;
  std::vector<std::string> files;
  std::filesystem::directory_iterator it(dir, ec);
  if (ec) return Error{dir, 0, "cannot read directory: " + ec.message(), "a directory of *.tsv files"};
  for (const auto& entry : it)
    if (entry.path().extension() == ".tsv" && entry.is_regular_file(ec)) files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  if (files.empty()) return Error{dir, 0, "no *.tsv file", std::string(what)};
  return files;
}

}  // namespace actorgraph
