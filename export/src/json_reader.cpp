// Reads graph.json back into an ActorGraph. Checks what the writer guarantees (types, enums, node
// references, unique ids) so that a hand-edited or foreign file fails with a clear message instead
// of yielding a half-built graph.
//
// Speed and memory (graph.json of a million edges is ~700 MB): the file is streamed through
// RapidJSON's SAX reader and each element of "documents", "nodes" and "edges" is built as a small
// DOM of its own, read into the graph while it is still in cache, and dropped; the whole file is
// never held in memory. The element readers are the same as for a whole-file DOM, so messages do
// not depend on the path. Streaming needs the layout the writer produces: "format" and "version",
// then "documents", "nodes", "edges", each once; any other layout (a hand-edited file) is read
// again as one DOM. Locations such as "edges[12].evidence[0]" are only formatted on error.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/filereadstream.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <unordered_set>
#include <vector>

#include "actorgraph/export/json.h"

namespace actorgraph::exporters {
namespace {

using Value = rapidjson::Value;

std::string_view view(const Value& v) { return {v.GetString(), v.GetStringLength()}; }

// Where an element is, for messages: "nodes[3]", "nodes[3].names", "edges[7].evidence[0]"; the
// top level when `list` is null. Cheap to make; formatted only on error.
struct Where {
  const char* list = nullptr;
  size_t index = 0;
  const char* part = nullptr;  // ".names", ".roles", ".attributes", ".evidence" or null
  size_t part_index = kNoIndex;

  static constexpr size_t kNoIndex = static_cast<size_t>(-1);
  Where in(const char* p, size_t i = kNoIndex) const { return Where{list, index, p, i}; }
  std::string str() const {
    if (!list) return {};
    std::string s = std::string(list) + "[" + std::to_string(index) + "]";
    if (part) s += part;
    if (part_index != kNoIndex) s += "[" + std::to_string(part_index) + "]";
    return s;
  }
};

// Accumulates the first structural error.
class Reader {
 public:
  explicit Reader(const std::string& name) : name_(name) {}

  bool failed() const { return error_.has_value(); }
  Error error() const { return *error_; }
  void fail(const Where& where, const std::string& what, const std::string& expected) {
    if (error_) return;
    const std::string w = where.str();
    error_ = Error{name_, 0, w.empty() ? what : w + ": " + what, expected};
  }

  const Value* member(const Value& obj, const char* key, const Where& where) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) {
      fail(where, std::string("missing \"") + key + "\"", "");
      return nullptr;
    }
    return &it->value;
  }
  // Required string, as a view into the parsed buffer.
  std::string_view str_view(const Value& obj, const char* key, const Where& where) {
    const Value* v = member(obj, key, where);
    if (!v) return {};
    if (!v->IsString()) {
      fail(where, std::string("\"") + key + "\" is not a string", "a string");
      return {};
    }
    return view(*v);
  }
  std::string str(const Value& obj, const char* key, const Where& where) {
    return std::string(str_view(obj, key, where));
  }
  // String or null (null and absent read as empty).
  std::string_view opt_str_view(const Value& obj, const char* key, const Where& where) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || it->value.IsNull()) return {};
    if (!it->value.IsString()) {
      fail(where, std::string("\"") + key + "\" is not a string or null", "a string or null");
      return {};
    }
    return view(it->value);
  }
  std::string opt_str(const Value& obj, const char* key, const Where& where) {
    return std::string(opt_str_view(obj, key, where));
  }
  std::optional<Date> opt_date(const Value& obj, const char* key, const Where& where) {
    std::string_view s = opt_str_view(obj, key, where);
    if (s.empty()) return std::nullopt;
    std::optional<Date> d = Date::parse_iso(s);
    if (!d || s.size() != 10)
      fail(where, std::string("\"") + key + "\" is not a date: " + std::string(s), "YYYY-MM-DD");
    return d;
  }
  uint32_t u32(const Value& obj, const char* key, const Where& where) {
    const Value* v = member(obj, key, where);
    if (!v) return 0;
    if (!v->IsUint()) {
      fail(where, std::string("\"") + key + "\" is not a non-negative integer", "a code-point offset");
      return 0;
    }
    return v->GetUint();
  }
  const Value* array(const Value& obj, const char* key, const Where& where) {
    const Value* v = member(obj, key, where);
    if (v && !v->IsArray()) {
      fail(where, std::string("\"") + key + "\" is not an array", "an array");
      return nullptr;
    }
    return v;
  }
  const Value* object(const Value& v, const Where& where) {
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

void read_document(Reader& r, const Value& v, size_t i, graph::ActorGraph& g) {
  const Where where{"documents", i};
  const Value* o = r.object(v, where);
  if (!o) return;
  Document d;
  d.id = r.str(*o, "id", where);
  d.url = r.opt_str(*o, "url", where);
  d.date = r.opt_date(*o, "date", where);
  d.lang = r.opt_str(*o, "lang", where);
  d.title = r.opt_str(*o, "title", where);
  if (!r.failed()) g.insert_document(std::move(d));
}

void read_node(Reader& r, const Value& v, size_t i, graph::ActorGraph& g) {
  const Where where{"nodes", i};
  const Value* o = r.object(v, where);
  if (!o) return;
  graph::NodeProps n;
  n.id = r.str(*o, "id", where);
  std::string_view type = r.str_view(*o, "type", where);
  if (r.failed()) return;
  std::optional<EntityType> t = entity_type_from_string(type);
  if (!t) return r.fail(where, "unknown node type \"" + std::string(type) + "\"",
                        "person, state, organization, military_base, location or media");
  n.type = *t;
  n.label = r.str(*o, "label", where);
  if (const Value* names = r.member(*o, "names", where); names && r.object(*names, where.in(".names"))) {
    n.name_ar = r.opt_str(*names, "ar", where.in(".names"));
    n.name_en = r.opt_str(*names, "en", where.in(".names"));
  }
  if (const Value* aliases = r.array(*o, "aliases", where)) {
    n.aliases.reserve(aliases->Size());
    for (const Value& a : aliases->GetArray()) {
      if (!a.IsString()) return r.fail(where, "an alias is not a string", "a string");
      n.aliases.emplace_back(view(a));
    }
  }
  if (const Value* roles = r.array(*o, "roles", where)) {
    for (rapidjson::SizeType k = 0; k < roles->Size() && !r.failed(); ++k) {
      const Where rw = where.in(".roles", k);
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

// Edge ids seen so far. The writer's ids are "e1", "e2"...: those are kept as bits by number, any
// other id as a string (a canonical "eN" and another string are never equal, so the two sets
// cannot hide a duplicate from each other).
class EdgeIds {
 public:
  // False when `id` was seen before.
  bool insert(std::string_view id) {
    if (const std::optional<size_t> n = canonical_number(id)) {
      if (*n >= seen_.size()) seen_.resize(std::max(*n + 1, 2 * seen_.size()), false);
      if (seen_[*n]) return false;
      seen_[*n] = true;
      return true;
    }
    return others_.emplace(id).second;
  }

 private:
  // N when `id` is "eN" written without leading zeros and N is small enough to keep as a bit.
  static std::optional<size_t> canonical_number(std::string_view id) {
    if (id.size() < 2 || id.size() > 8 || id[0] != 'e' || (id[1] == '0' && id.size() > 2)) return std::nullopt;
    size_t n = 0;
    for (char c : id.substr(1)) {
      if (c < '0' || c > '9') return std::nullopt;
      n = n * 10 + static_cast<size_t>(c - '0');
    }
    return n;
  }
  std::vector<bool> seen_;
  std::unordered_set<std::string> others_;
};

void read_edge(Reader& r, const Value& v, size_t i, graph::ActorGraph& g, EdgeIds& ids) {
  const Where where{"edges", i};
  const Value* o = r.object(v, where);
  if (!o) return;
  const std::string_view id = r.str_view(*o, "id", where), type = r.str_view(*o, "type", where);
  const std::string_view source = r.str_view(*o, "source", where), target = r.str_view(*o, "target", where);
  graph::EdgeProps p;
  p.date = r.opt_date(*o, "date", where);
  const std::string_view precision = r.str_view(*o, "date_precision", where);
  const std::string_view place = r.opt_str_view(*o, "place", where);
  if (r.failed()) return;
  std::optional<DatePrecision> prec = precision_from_string(precision);
  if (!prec)
    return r.fail(where, "unknown date_precision \"" + std::string(precision) + "\"",
                  "day, month, year, approx or document");
  p.precision = *prec;
  const auto s = g.find_node(source), t = target == source ? s : g.find_node(target);
  if (!s) return r.fail(where, "source \"" + std::string(source) + "\" is not a node", "a node id");
  if (!t) return r.fail(where, "target \"" + std::string(target) + "\" is not a node", "a node id");
  // A visit's place is its target: found already.
  if (!place.empty() && place != target && place != source && !g.find_node(place))
    return r.fail(where, "place \"" + std::string(place) + "\" is not a node", "a node id or null");
  if (!ids.insert(id)) return r.fail(where, "duplicate edge id \"" + std::string(id) + "\"", "unique edge ids");
  p.id = id;
  p.type = type;
  p.place = place;
  if (const Value* attrs = r.member(*o, "attributes", where); attrs && r.object(*attrs, where.in(".attributes"))) {
    for (const auto& m : attrs->GetObject()) {
      const std::string_view k = view(m.name);
      if (k == "sources") {
        if (!m.value.IsUint()) return r.fail(where, "attributes.sources is not an integer", "a count of documents");
        continue;  // recomputed from the evidence by insert_edge
      }
      if (!m.value.IsString()) return r.fail(where, "attributes." + std::string(k) + " is not a string", "a string");
      p.attributes.emplace(k, view(m.value));
    }
  }
  if (const Value* evs = r.array(*o, "evidence", where)) {
    p.evidence.reserve(evs->Size());
    for (rapidjson::SizeType k = 0; k < evs->Size() && !r.failed(); ++k) {
      const Where ew = where.in(".evidence", k);
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

constexpr unsigned kParseFlags = rapidjson::kParseValidateEncodingFlag;

Error syntax_error(rapidjson::ParseErrorCode code, size_t offset, std::string_view text, const std::string& name) {
  const size_t off = std::min(offset, text.size());
  const long line = 1 + static_cast<long>(std::count(text.begin(), text.begin() + static_cast<long>(off), '\n'));
  return Error{name, line, std::string("invalid JSON: ") + rapidjson::GetParseError_En(code),
               "graph.json written by actorgraph"};
}

// The reference reader: the whole text as one DOM, members looked up by name in any order.
Expected<graph::ActorGraph> read_dom(std::string_view json, const std::string& name) {
  rapidjson::Document doc;
  doc.Parse<kParseFlags>(json.data(), json.size());
  if (doc.HasParseError()) return syntax_error(doc.GetParseError(), doc.GetErrorOffset(), json, name);
  Reader r(name);
  if (!doc.IsObject()) return Error{name, 0, "the top level is not an object", "{\"format\": \"actorgraph\", ...}"};
  auto fmt = doc.FindMember("format");
  if (fmt == doc.MemberEnd() || !fmt->value.IsString() || view(fmt->value) != "actorgraph")
    return Error{name, 0, "not an actorgraph graph", "\"format\": \"actorgraph\""};
  auto ver = doc.FindMember("version");
  if (ver == doc.MemberEnd() || !(ver->value.IsInt() && ver->value.GetInt() == 1))
    return Error{name, 0, "unsupported version", "\"version\": 1"};
  graph::ActorGraph g;
  if (const Value* list = r.array(doc, "documents", {}))
    for (rapidjson::SizeType i = 0; i < list->Size() && !r.failed(); ++i) read_document(r, (*list)[i], i, g);
  if (r.failed()) return r.error();
  if (const Value* list = r.array(doc, "nodes", {}))
    for (rapidjson::SizeType i = 0; i < list->Size() && !r.failed(); ++i) read_node(r, (*list)[i], i, g);
  if (r.failed()) return r.error();
  EdgeIds ids;
  if (const Value* list = r.array(doc, "edges", {}))
    for (rapidjson::SizeType i = 0; i < list->Size() && !r.failed(); ++i) read_edge(r, (*list)[i], i, g, ids);
  if (r.failed()) return r.error();
  return g;
}

// SAX handler of the streaming reader (see the top of the file). Top-level members are followed
// here; the events of each list element go to `element_`, a DOM of that element alone, which is
// read and dropped when the element ends. When the layout is not the writer's it stops the parse
// (returns false), and the caller reads the text as one DOM instead.
class Streamer {
 public:
  Streamer(Reader& r, graph::ActorGraph& g)
      : r_(r), g_(g), pool_(pool_buffer_.data(), pool_buffer_.size()), element_(&pool_) {}

  // True when the root object ended with every expected member seen.
  bool complete() const { return done_; }

  bool Null() { return scalar([&] { return element_.Null(); }); }
  bool Bool(bool b) { return scalar([&] { return element_.Bool(b); }); }
  bool Int(int i) { return scalar([&] { return element_.Int(i); }, i == 1); }
  bool Uint(unsigned u) { return scalar([&] { return element_.Uint(u); }, u == 1); }
  bool Int64(int64_t i) { return scalar([&] { return element_.Int64(i); }); }
  bool Uint64(uint64_t u) { return scalar([&] { return element_.Uint64(u); }); }
  bool Double(double d) { return scalar([&] { return element_.Double(d); }); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) {
    return scalar([&] { return element_.RawNumber(s, n, copy); });
  }
  bool String(const char* s, rapidjson::SizeType n, bool copy) {
    const bool is_format = depth_ == 1 && key_ == Member::format && std::string_view(s, n) == "actorgraph";
    return scalar([&] { return element_.String(s, n, copy); }, false, is_format);
  }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) {
    if (depth_ == 1) return root_key(std::string_view(s, n));
    return !forwarding() || element_.Key(s, n, copy);
  }
  bool StartObject() { return open([&] { return element_.StartObject(); }, false); }
  bool StartArray() { return open([&] { return element_.StartArray(); }, true); }
  bool EndObject(rapidjson::SizeType n) { return close([&] { return element_.EndObject(n); }); }
  bool EndArray(rapidjson::SizeType n) { return close([&] { return element_.EndArray(n); }); }

 private:
  enum class Member { none, format, version, documents, nodes, edges, other };

  static bool stop() { return false; }  // not the writer's layout
  bool is_list(Member m) const { return m == Member::documents || m == Member::nodes || m == Member::edges; }
  // Inside an element of a list, and no error yet (after one, the rest is only checked for syntax).
  bool forwarding() const { return list_ != Member::none && depth_ >= 2 && !r_.failed(); }

  bool root_key(std::string_view k) {
    key_ = k == "format" ? Member::format
           : k == "version" ? Member::version
           : k == "documents" ? Member::documents
           : k == "nodes" ? Member::nodes
           : k == "edges" ? Member::edges
                          : Member::other;
    if (key_ == Member::other) return true;
    // The writer's order, each member once: format, version, documents, nodes, edges.
    const int step = static_cast<int>(key_);
    if (step != seen_ + 1) return stop();
    seen_ = step;
    return true;
  }

  // A scalar: a root member's value, a whole list element, or a part of one.
  template <class F>
  bool scalar(F forward, bool is_one = false, bool is_format = false) {
    if (depth_ == 0) return stop();  // the top level is not an object
    if (depth_ == 1) {
      if (key_ == Member::format) return is_format || stop();
      if (key_ == Member::version) return is_one || stop();
      return key_ == Member::other || stop();  // a list that is not an array
    }
    if (!forwarding()) return true;
    if (!forward()) return false;
    if (depth_ == 2) finish_element();
    return true;
  }

  template <class F>
  bool open(F forward, bool array) {
    if (depth_ == 0) {
      if (array) return stop();
      depth_ = 1;
      return true;
    }
    if (depth_ == 1) {
      if (key_ == Member::format || key_ == Member::version) return stop();
      if (is_list(key_)) {
        if (!array) return stop();
        list_ = key_;
        index_ = 0;
      }
      ++depth_;
      return true;
    }
    if (forwarding() && !forward()) return false;
    ++depth_;
    return true;
  }

  template <class F>
  bool close(F forward) {
    if (depth_ == 1) {  // the root object
      depth_ = 0;
      if (seen_ != static_cast<int>(Member::edges)) return stop();
      done_ = true;
      return true;
    }
    if (depth_ == 2) {  // a root member's value
      list_ = Member::none;
      --depth_;
      return true;
    }
    if (forwarding() && !forward()) return false;
    if (--depth_ == 2 && list_ != Member::none && !r_.failed()) finish_element();
    return true;
  }

  void finish_element() {
    // The element's value is the only one on the document's stack: Populate with no further
    // events makes it the document's root.
    auto nothing_more = [](rapidjson::Document&) { return true; };
    element_.Populate(nothing_more);
    switch (list_) {
      case Member::documents: read_document(r_, element_, index_, g_); break;
      case Member::nodes: read_node(r_, element_, index_, g_); break;
      case Member::edges: read_edge(r_, element_, index_, g_, ids_); break;
      default: break;
    }
    ++index_;
    element_.SetNull();
    pool_.Clear();
  }

  Reader& r_;
  graph::ActorGraph& g_;
  std::array<char, 16384> pool_buffer_;  // holds a typical element without a malloc
  rapidjson::MemoryPoolAllocator<> pool_;
  rapidjson::Document element_;
  EdgeIds ids_;
  int depth_ = 0;               // containers open
  Member key_ = Member::none;   // the root member being read
  int seen_ = 0;                // the last of format..edges seen, as a Member value
  Member list_ = Member::none;  // the list whose elements are being read
  size_t index_ = 0;
  bool done_ = false;
};

// Streams `in` into a graph. Returns the graph or a structural error; std::nullopt when the text
// must be read as one DOM (an unusual layout, or a syntax error: the DOM reader reports it).
template <class Stream>
std::optional<Expected<graph::ActorGraph>> stream(Stream& in, const std::string& name) {
  Reader r(name);
  graph::ActorGraph g;
  Streamer s(r, g);
  rapidjson::Reader reader;
  const rapidjson::ParseResult ok = reader.Parse<kParseFlags>(in, s);
  if (!ok || !s.complete()) return std::nullopt;
  if (r.failed()) return Expected<graph::ActorGraph>(r.error());
  return Expected<graph::ActorGraph>(std::move(g));
}

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

// The rest of the file from the start (a regular file) or from where it is (a pipe); false when it
// cannot be read.
bool slurp(std::FILE* f, bool rewind, std::string& out) {
  if (rewind && std::fseek(f, 0, SEEK_SET) != 0) return false;
  out.clear();
  char chunk[1 << 16];
  for (size_t n; (n = std::fread(chunk, 1, sizeof chunk, f)) > 0;) out.append(chunk, n);
  return !std::ferror(f);
}

}  // namespace

Expected<graph::ActorGraph> parse_graph_json(std::string_view json, const std::string& name) {
  rapidjson::MemoryStream bytes(json.data(), json.size());
  rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> in(bytes);
  if (auto g = stream(in, name)) return std::move(*g);
  return read_dom(json, name);
}

Expected<graph::ActorGraph> read_graph_json(const std::string& path) {
  std::unique_ptr<std::FILE, FileCloser> f(std::fopen(path.c_str(), "rb"));
  if (!f) return Error{path, 0, "cannot open file", "a readable graph.json"};
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    // A pipe cannot be read twice (see parse_graph_json): read it whole first.
    std::string text;
    if (!slurp(f.get(), false, text)) return Error{path, 0, "read error", "a readable graph.json"};
    return parse_graph_json(text, path);
  }
  {
    std::vector<char> chunk(1 << 20);
    rapidjson::FileReadStream in(f.get(), chunk.data(), chunk.size());
    std::optional<Expected<graph::ActorGraph>> g = stream(in, path);
    if (std::ferror(f.get())) return Error{path, 0, "read error", "a readable graph.json"};
    if (g) return std::move(*g);
  }
  std::string text;
  if (!slurp(f.get(), true, text)) return Error{path, 0, "read error", "a readable graph.json"};
  return read_dom(text, path);
}

}  // namespace actorgraph::exporters
