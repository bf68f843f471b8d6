// Reads graph.json back into an ActorGraph. Checks what the writer guarantees (types, enums, node
// references, unique ids) so that a hand-edited or foreign file fails with a clear message instead
// of yielding a half-built graph.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>
#include <unordered_set>

#include "actorgraph/export/json.h"

namespace actorgraph::exporters {
namespace {

using Value = rapidjson::Value;

// Accumulates the first structural error; `where` is like "nodes[3]".
class Reader {
 public:
  explicit Reader(const std::string& name) : name_(name) {}

  bool failed() const { return error_.has_value(); }
  Error error() const { return *error_; }
  void fail(const std::string& where, const std::string& what, const std::string& expected) {
    if (!error_) error_ = Error{name_, 0, where.empty() ? what : where + ": " + what, expected};
  }

  const Value* member(const Value& obj, const char* key, const std::string& where) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) {
      fail(where, std::string("missing \"") + key + "\"", "");
      return nullptr;
    }
    return &it->value;
  }
  // Required string.
  std::string str(const Value& obj, const char* key, const std::string& where) {
    const Value* v = member(obj, key, where);
    if (!v) return {};
    if (!v->IsString()) {
      fail(where, std::string("\"") + key + "\" is not a string", "a string");
      return {};
    }
    return std::string(v->GetString(), v->GetStringLength());
  }
  // String or null (null and absent read as empty).
  std::string opt_str(const Value& obj, const char* key, const std::string& where) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || it->value.IsNull()) return {};
    if (!it->value.IsString()) {
      fail(where, std::string("\"") + key + "\" is not a string or null", "a string or null");
      return {};
    }
    return std::string(it->value.GetString(), it->value.GetStringLength());
  }
  std::optional<Date> opt_date(const Value& obj, const char* key, const std::string& where) {
    std::string s = opt_str(obj, key, where);
    if (s.empty()) return std::nullopt;
    std::optional<Date> d = Date::parse_iso(s);
    if (!d || s.size() != 10) fail(where, std::string("\"") + key + "\" is not a date: " + s, "YYYY-MM-DD");
    return d;
  }
  uint32_t u32(const Value& obj, const char* key, const std::string& where) {
    const Value* v = member(obj, key, where);
    if (!v) return 0;
    if (!v->IsUint()) {
      fail(where, std::string("\"") + key + "\" is not a non-negative integer", "a code-point offset");
      return 0;
    }
    return v->GetUint();
  }
  const Value* array(const Value& obj, const char* key, const std::string& where) {
    const Value* v = member(obj, key, where);
    if (v && !v->IsArray()) {
      fail(where, std::string("\"") + key + "\" is not an array", "an array");
      return nullptr;
    }
    return v;
  }
  const Value* object(const Value& v, const std::string& where) {
    if (!v.IsObject()) {
      fail(where, "not an object", "an object");
      return nullptr;
    }
    return &v;
  }

 private:
  const std::string& name_;
  std::optional<Error> error_;
};

std::string at(const char* list, size_t i) { return std::string(list) + "[" + std::to_string(i) + "]"; }

void read_documents(Reader& r, const Value& list, graph::ActorGraph& g) {
  for (rapidjson::SizeType i = 0; i < list.Size() && !r.failed(); ++i) {
    const std::string where = at("documents", i);
    const Value* o = r.object(list[i], where);
    if (!o) return;
    Document d;
    d.id = r.str(*o, "id", where);
    d.url = r.opt_str(*o, "url", where);
    d.date = r.opt_date(*o, "date", where);
    d.lang = r.opt_str(*o, "lang", where);
    d.title = r.opt_str(*o, "title", where);
    if (!r.failed()) g.insert_document(std::move(d));
  }
}

void read_nodes(Reader& r, const Value& list, graph::ActorGraph& g) {
  for (rapidjson::SizeType i = 0; i < list.Size() && !r.failed(); ++i) {
    const std::string where = at("nodes", i);
    const Value* o = r.object(list[i], where);
    if (!o) return;
    graph::NodeProps n;
    n.id = r.str(*o, "id", where);
    std::string type = r.str(*o, "type", where);
    if (r.failed()) return;
    std::optional<EntityType> t = entity_type_from_string(type);
    if (!t) return r.fail(where, "unknown node type \"" + type + "\"",
                          "person, state, organization, military_base, location or media");
    n.type = *t;
    n.label = r.str(*o, "label", where);
    if (const Value* names = r.member(*o, "names", where); names && r.object(*names, where + ".names")) {
      n.name_ar = r.opt_str(*names, "ar", where + ".names");
      n.name_en = r.opt_str(*names, "en", where + ".names");
    }
    if (const Value* aliases = r.array(*o, "aliases", where)) {
      for (const Value& a : aliases->GetArray()) {
        if (!a.IsString()) return r.fail(where, "an alias is not a string", "a string");
        n.aliases.emplace_back(a.GetString(), a.GetStringLength());
      }
    }
    if (const Value* roles = r.array(*o, "roles", where)) {
      for (rapidjson::SizeType k = 0; k < roles->Size() && !r.failed(); ++k) {
        const std::string rw = where + "." + at("roles", k);
        const Value* ro = r.object((*roles)[k], rw);
        if (!ro) return;
        Role role;
        role.title = r.str(*ro, "title", rw);
        role.of = r.opt_str(*ro, "of", rw);
        role.from = r.opt_date(*ro, "from", rw);
        role.to = r.opt_date(*ro, "to", rw);
        role.title_ar = r.opt_str(*ro, "title_ar", rw);
        if (auto f = ro->FindMember("former"); f != ro->MemberEnd()) {
          if (!f->value.IsBool()) return r.fail(rw, "\"former\" is not a boolean", "true or false");
          role.former = f->value.GetBool();
        }
        n.roles.push_back(std::move(role));
      }
    }
    n.country = r.opt_str(*o, "country", where);
    if (r.failed()) return;
    if (g.find_node(n.id)) return r.fail(where, "duplicate node id \"" + n.id + "\"", "unique node ids");
    g.insert_node(std::move(n));
  }
}

void read_edges(Reader& r, const Value& list, graph::ActorGraph& g) {
  std::unordered_set<std::string> ids;
  for (rapidjson::SizeType i = 0; i < list.Size() && !r.failed(); ++i) {
    const std::string where = at("edges", i);
    const Value* o = r.object(list[i], where);
    if (!o) return;
    graph::EdgeProps p;
    p.id = r.str(*o, "id", where);
    p.type = r.str(*o, "type", where);
    std::string source = r.str(*o, "source", where), target = r.str(*o, "target", where);
    p.date = r.opt_date(*o, "date", where);
    std::string precision = r.str(*o, "date_precision", where);
    p.place = r.opt_str(*o, "place", where);
    if (r.failed()) return;
    std::optional<DatePrecision> prec = precision_from_string(precision);
    if (!prec) return r.fail(where, "unknown date_precision \"" + precision + "\"", "day, month, year, approx or document");
    p.precision = *prec;
    auto s = g.find_node(source), t = g.find_node(target);
    if (!s) return r.fail(where, "source \"" + source + "\" is not a node", "a node id");
    if (!t) return r.fail(where, "target \"" + target + "\" is not a node", "a node id");
    if (!p.place.empty() && !g.find_node(p.place))
      return r.fail(where, "place \"" + p.place + "\" is not a node", "a node id or null");
    if (!ids.insert(p.id).second) return r.fail(where, "duplicate edge id \"" + p.id + "\"", "unique edge ids");
    if (const Value* attrs = r.member(*o, "attributes", where); attrs && r.object(*attrs, where + ".attributes")) {
      for (const auto& m : attrs->GetObject()) {
        std::string k(m.name.GetString(), m.name.GetStringLength());
        if (k == "sources") {
          if (!m.value.IsUint()) return r.fail(where, "attributes.sources is not an integer", "a count of documents");
          continue;  // recomputed from the evidence by insert_edge
        }
        if (!m.value.IsString()) return r.fail(where, "attributes." + k + " is not a string", "a string");
        p.attributes.emplace(std::move(k), std::string(m.value.GetString(), m.value.GetStringLength()));
      }
    }
    if (const Value* evs = r.array(*o, "evidence", where)) {
      for (rapidjson::SizeType k = 0; k < evs->Size() && !r.failed(); ++k) {
        const std::string ew = where + "." + at("evidence", k);
        const Value* eo = r.object((*evs)[k], ew);
        if (!eo) return;
        Evidence ev;
        ev.document = r.str(*eo, "document", ew);
        ev.sentence = r.str(*eo, "sentence", ew);
        ev.start = r.u32(*eo, "start", ew);
        ev.end = r.u32(*eo, "end", ew);
        p.evidence.push_back(std::move(ev));
      }
    }
    if (r.failed()) return;
    g.insert_edge(*s, *t, std::move(p));  // recomputes sources (outlets) from the evidence
  }
}

}  // namespace

Expected<graph::ActorGraph> parse_graph_json(std::string_view json, const std::string& name) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  if (doc.HasParseError()) {
    const size_t off = std::min(doc.GetErrorOffset(), json.size());
    const long line = 1 + static_cast<long>(std::count(json.begin(), json.begin() + static_cast<long>(off), '\n'));
    return Error{name, line, std::string("invalid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()),
                 "graph.json written by actorgraph"};
  }
  Reader r(name);
  if (!doc.IsObject()) return Error{name, 0, "the top level is not an object", "{\"format\": \"actorgraph\", ...}"};
  auto fmt = doc.FindMember("format");
  if (fmt == doc.MemberEnd() || !fmt->value.IsString() || std::string_view(fmt->value.GetString()) != "actorgraph")
    return Error{name, 0, "not an actorgraph graph", "\"format\": \"actorgraph\""};
  auto ver = doc.FindMember("version");
  if (ver == doc.MemberEnd() || !(ver->value.IsInt() && ver->value.GetInt() == 1))
    return Error{name, 0, "unsupported version", "\"version\": 1"};
  graph::ActorGraph g;
  if (const Value* docs = r.array(doc, "documents", "")) read_documents(r, *docs, g);
  if (r.failed()) return r.error();
  if (const Value* nodes = r.array(doc, "nodes", "")) read_nodes(r, *nodes, g);
  if (r.failed()) return r.error();
  if (const Value* edges = r.array(doc, "edges", "")) read_edges(r, *edges, g);
  if (r.failed()) return r.error();
  return g;
}

Expected<graph::ActorGraph> read_graph_json(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path, 0, "cannot open file", "a readable graph.json"};
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Error{path, 0, "read error", "a readable graph.json"};
  return parse_graph_json(text, path);
}

}  // namespace actorgraph::exporters
