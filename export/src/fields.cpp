#include "fields.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <unordered_set>

#include "escape.h"

namespace actorgraph::exporters::detail {
namespace {

// No validation flag: strings are repaired before they reach the writer (exports never fail on
// text, see escape.h).
using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void put(Writer& w, std::string_view s) {
  std::string scratch;
  const std::string_view v = valid_utf8(s, scratch);
  w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
}

void put_or_null(Writer& w, std::string_view s) {
  if (s.empty()) w.Null(); else put(w, s);
}

void put_date(Writer& w, const std::optional<Date>& d) {
  if (d) put(w, d->iso()); else w.Null();
}

std::string take(rapidjson::StringBuffer& buf) { return std::string(buf.GetString(), buf.GetSize()); }

}  // namespace

std::string json_array(const std::vector<std::string>& items) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartArray();
  for (const std::string& s : items) put(w, s);
  w.EndArray();
  return take(buf);
}

std::string roles_json(const std::vector<Role>& roles) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartArray();
  for (const Role& r : roles) {
    w.StartObject();
    w.Key("title");
    put(w, r.title);
    w.Key("of");
    put_or_null(w, r.of);
    w.Key("from");
    put_date(w, r.from);
    w.Key("to");
    put_date(w, r.to);
    if (!r.title_ar.empty()) {
      w.Key("title_ar");
      put(w, r.title_ar);
    }
    if (r.former) {
      w.Key("former");
      w.Bool(true);
    }
    w.EndObject();
  }
  w.EndArray();
  return take(buf);
}

std::string attributes_json(const graph::EdgeProps& e) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  for (const auto& [k, v] : e.attributes) {
    if (k == "sources") continue;
    std::string scratch;
    const std::string_view key = valid_utf8(k, scratch);
    w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
    put(w, v);
  }
  w.EndObject();
  return take(buf);
}

std::string provenance_json(const std::vector<Evidence>& evidence) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartArray();
  for (const Evidence& ev : evidence) {
    w.StartObject();
    w.Key("document");
    put(w, ev.document);
    w.Key("sentence");
    put(w, ev.sentence);
    w.Key("start");
    w.Uint(ev.start);
    w.Key("end");
    w.Uint(ev.end);
    w.EndObject();
  }
  w.EndArray();
  return take(buf);
}

std::vector<std::string> evidence_documents(const std::vector<Evidence>& evidence) {
  std::vector<std::string> out;
  std::unordered_set<std::string_view> seen;
  for (const Evidence& ev : evidence)
    if (seen.insert(ev.document).second) out.push_back(ev.document);
  return out;
}

std::string edge_label(const graph::EdgeProps& e) { return e.date ? e.type + " " + e.date->iso() : e.type; }

Status write_file(const std::string& path, const std::function<Status(std::ostream&)>& write) {
  namespace fs = std::filesystem;
  const std::string tmp = path + ".tmp";
  std::ofstream out(tmp, std::ios::binary);
  if (!out) return Error{path, 0, std::string("cannot open for writing: ") + std::strerror(errno), "a writable path"};
  Status st = write(out);
  out.close();
  std::error_code ec;
  if (st && !out) st = Error{path, 0, "write failed", "a writable path with free space"};
  if (st) {
    fs::rename(tmp, path, ec);
    if (ec) st = Error{path, 0, "cannot write: " + ec.message(), "a writable path"};
  }
  if (!st) {
    fs::remove(tmp, ec);
    if (st.error().file.empty()) {
      Error e = st.error();
      e.file = path;
      return e;
    }
  }
  return st;
}

}  // namespace actorgraph::exporters::detail
