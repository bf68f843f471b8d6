#include "fields.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "escape.h"

namespace actorgraph::exporters::detail {

void JsonText::start() {
  buffer_.Clear();
  writer_.Reset(buffer_);
}

void JsonText::put(std::string_view s) {
  const std::string_view v = valid_utf8(s, scratch_);
  writer_.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
}

void JsonText::put_or_null(std::string_view s) {
  if (s.empty()) writer_.Null(); else put(s);
}

void JsonText::put_date(const std::optional<Date>& d) {
  if (d) put(d->iso()); else writer_.Null();
}

std::string_view JsonText::strings(const std::vector<std::string>& items) {
  start();
  writer_.StartArray();
  for (const std::string& s : items) put(s);
  writer_.EndArray();
  return done();
}

std::string_view JsonText::roles(const std::vector<Role>& roles) {
  start();
  writer_.StartArray();
  for (const Role& r : roles) {
    writer_.StartObject();
    writer_.Key("title");
    put(r.title);
    writer_.Key("of");
    put_or_null(r.of);
    writer_.Key("from");
    put_date(r.from);
    writer_.Key("to");
    put_date(r.to);
    if (!r.title_ar.empty()) {
      writer_.Key("title_ar");
      put(r.title_ar);
    }
    if (r.former) {
      writer_.Key("former");
      writer_.Bool(true);
    }
    writer_.EndObject();
  }
  writer_.EndArray();
  return done();
}

std::string_view JsonText::attributes(const graph::EdgeProps& e) {
  start();
  writer_.StartObject();
  for (const auto& [k, v] : e.attributes) {
    if (k == "sources") continue;
    const std::string_view key = valid_utf8(k, scratch_);
    writer_.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
    put(v);
  }
  writer_.EndObject();
  return done();
}

std::string_view JsonText::provenance(const std::vector<Evidence>& evidence) {
  start();
  writer_.StartArray();
  for (const Evidence& ev : evidence) {
    writer_.StartObject();
    writer_.Key("document");
    put(ev.document);
    writer_.Key("sentence");
    put(ev.sentence);
    writer_.Key("start");
    writer_.Uint(ev.start);
    writer_.Key("end");
    writer_.Uint(ev.end);
    writer_.EndObject();
  }
  writer_.EndArray();
  return done();
}

std::string json_array(const std::vector<std::string>& items) { return std::string(JsonText().strings(items)); }
std::string roles_json(const std::vector<Role>& roles) { return std::string(JsonText().roles(roles)); }
std::string attributes_json(const graph::EdgeProps& e) { return std::string(JsonText().attributes(e)); }
std::string provenance_json(const std::vector<Evidence>& evidence) {
  return std::string(JsonText().provenance(evidence));
}

void evidence_documents(const std::vector<Evidence>& evidence, std::vector<std::string_view>& out) {
  out.clear();
  for (const Evidence& ev : evidence)
    if (std::find(out.begin(), out.end(), ev.document) == out.end()) out.push_back(ev.document);
}

void append_edge_label(std::string& out, const graph::EdgeProps& e) {
  out += e.type;
  if (e.date) {
    out += ' ';
    out += e.date->iso();
  }
}

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
