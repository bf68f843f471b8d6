// The input reader: files, directories and stdin, streamed one article at a time.
//
// Why the care below: inputs are scraped news, so every byte sequence must give either a
// Document or one clear Error line, never a crash, and a corpus of millions of lines must not
// be held in memory (JSON Lines are read with std::getline, one record at a time).
#include "actorgraph/extract/input.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <system_error>

#include "actorgraph/extract/preprocess.h"
#include "actorgraph/extract/text.h"

namespace actorgraph {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kStdinName = "stdin";

bool is_jsonl_path(const fs::path& p) {
  const auto ext = p.extension();
  return ext == ".jsonl" || ext == ".ndjson";
}

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; });
}

std::string stem_of(const std::string& file) { return fs::path(file).stem().string(); }

Error make_error(const std::string& file, long line, std::string what, std::string expected = {}) {
  return Error{file, line, std::move(what), std::move(expected)};
}

// Validates UTF-8 with the text layer's decoder; the scratch buffer is reused across calls
// so validation does not allocate per article.
bool valid_utf8(std::string_view bytes, size_t* bad_byte) {
  thread_local std::u32string scratch;
  const bool ok = decode_utf8(bytes, scratch, bad_byte);
  if (scratch.capacity() > (size_t{1} << 24)) std::u32string().swap(scratch);  // do not pin a huge buffer
  return ok;
}

const char* json_type_name(const rapidjson::Value& v) {
  switch (v.GetType()) {
    case rapidjson::kNullType: return "null";
    case rapidjson::kFalseType:
    case rapidjson::kTrueType: return "a boolean";
    case rapidjson::kObjectType: return "an object";
    case rapidjson::kArrayType: return "an array";
    case rapidjson::kStringType: return "a string";
    case rapidjson::kNumberType: return "a number";
  }
  return "a value";
}

// Looks up an optional string member; null and absence both leave `out` empty.
Status optional_string(const rapidjson::Value& obj, const char* key, const std::string& file, long line,
                       std::string& out) {
  out.clear();
  const auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || it->value.IsNull()) return Status::Ok();
  if (!it->value.IsString()) {
    return make_error(file, line, std::string("\"") + key + "\" is " + json_type_name(it->value),
                      "a string or null");
  }
  out.assign(it->value.GetString(), it->value.GetStringLength());
  // A JSON escape such as \udc00 (a lone surrogate) decodes to bytes that are not UTF-8.
  size_t bad = 0;
  if (!valid_utf8(out, &bad)) {
    return make_error(file, line, std::string("\"") + key + "\" holds an invalid Unicode escape",
                      "valid UTF-16 surrogate pairs");
  }
  return Status::Ok();
}

// True when s starts with the shape YYYY-MM-DD (so a failed parse means "not a real date").
bool has_date_shape(std::string_view s) {
  if (s.size() < 10) return false;
  for (size_t i = 0; i < 10; ++i) {
    const bool digit = s[i] >= '0' && s[i] <= '9';
    if ((i == 4 || i == 7) ? s[i] != '-' : !digit) return false;
  }
  return true;
}

// Applies the wire marker at the start of the text: its date is the publication date when the
// record has none; a marker whose date is not real is an error only when it would be used.
Status apply_marker(Document& doc, const std::string& file, long line) {
  if (doc.date) return Status::Ok();
  const WireMarker m = parse_wire_marker(doc.text);
  if (!m.present) return Status::Ok();
  if (!m.date) {
    const std::string_view shown = std::string_view(doc.text).substr(0, m.byte_end);
    const size_t first = shown.find_first_not_of(' ');
    return make_error(file, line,
                      "wire marker '" + std::string(shown.substr(first == std::string_view::npos ? 0 : first)) +
                          "' is not a real date",
                      "date YYYY-MM-DD with a real date");
  }
  doc.date = m.date;
  return Status::Ok();
}

}  // namespace

Status parse_record(std::string_view json, const std::string& file, long line, Document& doc) {
  doc.source_file = file;
  doc.source_line = line;
  size_t bad = 0;
  if (!valid_utf8(json, &bad)) {
    return make_error(file, line, "invalid UTF-8 at byte " + std::to_string(bad + 1) + " of the line",
                      "UTF-8 text");
  }
  rapidjson::Document d;
  // Iterative parsing: deeply nested garbage must not overflow the stack.
  d.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  if (d.HasParseError()) {
    // RapidJSON says "Invalid value."; the message reads better as "invalid value at byte N".
    std::string why = rapidjson::GetParseError_En(d.GetParseError());
    if (!why.empty() && why.back() == '.') why.pop_back();
    if (!why.empty() && why[0] >= 'A' && why[0] <= 'Z') why[0] = static_cast<char>(why[0] - 'A' + 'a');
    return make_error(file, line, "malformed JSON: " + why + " at byte " + std::to_string(d.GetErrorOffset() + 1),
                      "one JSON object per line");
  }
  if (!d.IsObject()) {
    return make_error(file, line, std::string("the record is ") + json_type_name(d), "a JSON object");
  }

  const auto text = d.FindMember("text");
  if (text == d.MemberEnd()) return make_error(file, line, "missing \"text\"", "a non-empty string");
  if (!text->value.IsString()) {
    return make_error(file, line, std::string("\"text\" is ") + json_type_name(text->value), "a non-empty string");
  }
  doc.text.assign(text->value.GetString(), text->value.GetStringLength());
  if (!valid_utf8(doc.text, &bad)) {
    return make_error(file, line, "\"text\" holds an invalid Unicode escape", "valid UTF-16 surrogate pairs");
  }
  if (is_blank(doc.text)) return make_error(file, line, "empty text", "a non-empty string");

  if (Status s = optional_string(d, "id", file, line, doc.id); !s) return s;
  if (doc.id.empty()) doc.id = stem_of(file) + ":" + std::to_string(line);
  if (Status s = optional_string(d, "url", file, line, doc.url); !s) return s;
  if (Status s = optional_string(d, "lang", file, line, doc.lang); !s) return s;
  if (Status s = optional_string(d, "title", file, line, doc.title); !s) return s;

  std::string date;
  if (Status s = optional_string(d, "date", file, line, date); !s) return s;
  doc.date.reset();
  if (!date.empty()) {
    doc.date = Date::parse_iso(date);
    if (!doc.date) {
      return make_error(file, line,
                        "date \"" + date + (has_date_shape(date) ? "\" is not a real date" : "\" is not a date"),
                        "YYYY-MM-DD or an ISO 8601 date-time");
    }
  }
  return apply_marker(doc, file, line);
}

Status document_from_text(std::string content, const std::string& file, Document& doc) {
  doc.source_file = file;
  doc.source_line = 0;
  size_t bad = 0;
  if (!valid_utf8(content, &bad)) {
    const long line = 1 + static_cast<long>(std::count(content.begin(), content.begin() + static_cast<long>(bad), '\n'));
    return make_error(file, line, "invalid UTF-8 at byte " + std::to_string(bad + 1), "UTF-8 text");
  }
  if (is_blank(content)) return make_error(file, 0, "empty text", "an article");
  doc.id = stem_of(file);
  doc.url.clear();
  doc.lang.clear();
  doc.title.clear();
  doc.date.reset();
  doc.text = std::move(content);
  return apply_marker(doc, file, 1);
}

struct InputReader::State {
  std::vector<std::string> inputs;
  std::istream* stdin_stream = nullptr;
  size_t next_input = 0;
  std::deque<std::string> files;  // files of the current directory still to read

  // The JSON Lines source being read, if any.
  std::ifstream file_stream;
  std::istream* lines = nullptr;
  std::string lines_name;  // for messages and derived ids
  long line_no = 0;
  std::string line;  // reused buffer

  void close_lines() {
    lines = nullptr;
    if (file_stream.is_open()) file_stream.close();
    file_stream.clear();
  }
};

InputReader::InputReader(std::vector<std::string> inputs, std::istream& stdin_stream)
    : state_(std::make_unique<State>()) {
  state_->inputs = std::move(inputs);
  state_->stdin_stream = &stdin_stream;
}

InputReader::~InputReader() = default;

namespace {

std::string errno_text(int e) { return e != 0 ? std::strerror(e) : "unknown error"; }

// Reads a whole .txt file (one article) into out.
Status read_whole_file(const std::string& path, std::string& out) {
  errno = 0;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return make_error(path, 0, "cannot open: " + errno_text(errno));
  out.clear();
  char buf[1 << 16];
  size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  const bool failed = std::ferror(f) != 0;
  const int e = errno;
  std::fclose(f);
  if (failed) return make_error(path, 0, "cannot read: " + errno_text(e));
  return Status::Ok();
}

// Every .txt and .jsonl file under dir, sorted by path (component-wise, so a directory's
// files come together).
Status list_directory(const std::string& dir, std::deque<std::string>& out) {
  std::vector<fs::path> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec);
  if (ec) return make_error(dir, 0, "cannot read directory: " + ec.message());
  for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) return make_error(dir, 0, "cannot read directory: " + ec.message());
    std::error_code type_ec;
    if (!it->is_regular_file(type_ec)) continue;
    const auto ext = it->path().extension();
    if (ext == ".txt" || ext == ".jsonl") found.push_back(it->path());
  }
  if (ec) return make_error(dir, 0, "cannot read directory: " + ec.message());
  if (found.empty()) return make_error(dir, 0, "no .txt or .jsonl files in this directory", "articles to read");
  std::sort(found.begin(), found.end());
  for (auto& p : found) out.push_back(p.string());
  return Status::Ok();
}

}  // namespace

InputReader::Next InputReader::next(Document& doc, Error& err) {
  State& s = *state_;
  for (;;) {
    // 1. Records of the JSON Lines source being read.
    if (s.lines != nullptr) {
      while (std::getline(*s.lines, s.line)) {
        ++s.line_no;
        std::string_view rec = s.line;
        if (s.line_no == 1 && rec.substr(0, 3) == "\xEF\xBB\xBF") rec.remove_prefix(3);  // byte order mark
        if (!rec.empty() && rec.back() == '\r') rec.remove_suffix(1);
        if (is_blank(rec)) continue;
        Status st = parse_record(rec, s.lines_name, s.line_no, doc);
        if (!st) {
          err = st.error();
          return Next::error;
        }
        ++documents_;
        return Next::document;
      }
      const bool read_failed = s.lines->bad();
      const std::string name = s.lines_name;
      const long line = s.line_no + 1;
      s.close_lines();
      if (read_failed) {
        err = make_error(name, line, "read error");
        return Next::error;
      }
      continue;
    }

    // 2. The next file of a directory, or the next command-line input.
    std::string path;
    bool from_directory = false;
    if (!s.files.empty()) {
      path = std::move(s.files.front());
      s.files.pop_front();
      from_directory = true;
    } else if (s.next_input < s.inputs.size()) {
      path = s.inputs[s.next_input++];
    } else {
      return Next::end;
    }

    if (!from_directory && path == "-") {
      s.lines = s.stdin_stream;
      s.lines_name = std::string(kStdinName);
      s.line_no = 0;
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      err = make_error(path, 0, "cannot open: " + (ec ? ec.message() : std::string("No such file or directory")));
      return Next::error;
    }
    if (fs::is_directory(st)) {
      if (from_directory) continue;  // not reached: listings hold files only
      if (Status ls = list_directory(path, s.files); !ls) {
        err = ls.error();
        return Next::error;
      }
      continue;
    }
    if (is_jsonl_path(path)) {
      errno = 0;
      s.file_stream.open(path, std::ios::binary);
      if (!s.file_stream) {
        const int e = errno;
        s.file_stream.clear();
        err = make_error(path, 0, "cannot open: " + errno_text(e));
        return Next::error;
      }
      s.lines = &s.file_stream;
      s.lines_name = path;
      s.line_no = 0;
      continue;
    }
    // Anything else given by name is read as one article (a .txt file).
    std::string content;
    if (Status rd = read_whole_file(path, content); !rd) {
      err = rd.error();
      return Next::error;
    }
    if (Status dt = document_from_text(std::move(content), path, doc); !dt) {
      err = dt.error();
      return Next::error;
    }
    ++documents_;
    return Next::document;
  }
}

}  // namespace actorgraph
