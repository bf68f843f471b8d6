// graph.json and the `extract` line. One templated emitter serves the compact and the pretty
// RapidJSON writers; nodes/entities and edges/events share their object writers so the two
// outputs cannot drift apart.
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <span>

#include "actorgraph/export/json.h"
#include "json_common.h"

namespace actorgraph::exporters {
namespace detail {

size_t utf8_sequence_length(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  size_t n;
  char32_t cp;
  if (c >= 0xC2 && c <= 0xDF) { n = 2; cp = c & 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) { n = 3; cp = c & 0x0F; }
  else if (c >= 0xF0 && c <= 0xF4) { n = 4; cp = c & 0x07; }
  else return 0;
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return n;
}

std::string repair_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t n = utf8_sequence_length(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.data() + i, n);
      i += n;
    }
  }
  return out;
}

}  // namespace detail

namespace {

using Buffer = rapidjson::StringBuffer;
using Compact = rapidjson::Writer<Buffer, rapidjson::UTF8<>, rapidjson::UTF8<>, rapidjson::CrtAllocator,
                                  rapidjson::kWriteValidateEncodingFlag>;
// RapidJSON 1.1.0's PrettyWriter drops its writeFlags when naming its base class (it does not compile
// with kWriteValidateEncodingFlag), so the Emitter validates every string itself as well.
using Pretty = rapidjson::PrettyWriter<Buffer>;

bool valid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t n = detail::utf8_sequence_length(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

// Wraps a RapidJSON writer: remembers the first string that failed UTF-8 validation and where it
// was (element kind, id, field), or repairs strings instead when `repair` is set.
template <class W>
class Emitter {
 public:
  Emitter(W& w, bool repair) : w_(w), repair_(repair) {}

  void at(const char* kind, std::string_view id) {
    kind_ = kind;
    id_ = id;
  }
  bool ok() const { return bad_field_ == nullptr; }
  Error error() const {
    return Error{"", 0,
                 std::string("invalid UTF-8 in ") + kind_ + " '" + detail::repair_utf8(id_) + "' field " + bad_field_,
                 "UTF-8 text"};
  }

  void key(const char* k) { w_.Key(k); }
  void str(std::string_view s, const char* field) {
    if (repair_) {
      std::string fixed = detail::repair_utf8(s);
      w_.String(fixed.data(), static_cast<rapidjson::SizeType>(fixed.size()));
    } else if (!valid_utf8(s)) {
      w_.Null();  // keeps the writer's structure intact; the element is discarded
      if (ok()) bad_field_ = field;
    } else {
      w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    }
  }
  void dyn_key(std::string_view k, const char* field) {
    if (repair_) {
      std::string fixed = detail::repair_utf8(k);
      w_.Key(fixed.data(), static_cast<rapidjson::SizeType>(fixed.size()));
    } else if (!valid_utf8(k)) {
      w_.Key("");
      if (ok()) bad_field_ = field;
    } else {
      w_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
    }
  }
  void str_or_null(std::string_view s, const char* field) {
    if (s.empty()) w_.Null(); else str(s, field);
  }
  void kv(const char* k, std::string_view s) { key(k); str(s, k); }
  void kv_or_null(const char* k, std::string_view s) { key(k); str_or_null(s, k); }
  void kv_date(const char* k, const std::optional<Date>& d) {
    key(k);
    if (d) {
      std::string iso = d->iso();
      w_.String(iso.data(), static_cast<rapidjson::SizeType>(iso.size()));
    } else {
      w_.Null();
    }
  }
  void kv_uint(const char* k, uint64_t n) { key(k); w_.Uint64(n); }
  W& raw() { return w_; }

 private:
  W& w_;
  bool repair_;
  const char* kind_ = "";
  std::string_view id_;
  const char* bad_field_ = nullptr;
};

template <class W>
void write_document(Emitter<W>& o, const Document& d) {
  o.at("document", d.id);
  o.raw().StartObject();
  o.kv("id", d.id);
  o.kv_or_null("url", d.url);
  o.kv_date("date", d.date);
  o.kv_or_null("lang", d.lang);
  o.kv_or_null("title", d.title);
  o.raw().EndObject();
}

struct NodeView {
  const std::string& id;
  EntityType type;
  const std::string& label;
  const std::string& name_ar;
  const std::string& name_en;
  const std::vector<std::string>& aliases;
  const std::vector<Role>& roles;
  const std::string& country;
};

template <class W>
void write_node(Emitter<W>& o, const NodeView& n) {
  o.at("node", n.id);
  o.raw().StartObject();
  o.kv("id", n.id);
  o.kv("type", to_string(n.type));
  o.kv("label", n.label);
  o.key("names");
  o.raw().StartObject();
  o.kv_or_null("ar", n.name_ar);
  o.kv_or_null("en", n.name_en);
  o.raw().EndObject();
  o.key("aliases");
  o.raw().StartArray();
  for (const std::string& a : n.aliases) o.str(a, "aliases");
  o.raw().EndArray();
  o.key("roles");
  o.raw().StartArray();
  for (const Role& r : n.roles) {
    o.raw().StartObject();
    o.kv("title", r.title);
    o.kv_or_null("of", r.of);
    o.kv_date("from", r.from);
    o.kv_date("to", r.to);
    if (!r.title_ar.empty()) o.kv("title_ar", r.title_ar);
    if (r.former) {
      o.key("former");
      o.raw().Bool(true);
    }
    o.raw().EndObject();
  }
  o.raw().EndArray();
  if (!n.country.empty()) o.kv("country", n.country);
  o.raw().EndObject();
}

struct EdgeView {
  const std::string& id;
  const std::string& type;
  const std::string& source;
  const std::string& target;
  const std::optional<Date>& date;
  DatePrecision precision;
  const std::string& place;
  const std::map<std::string, std::string>& attributes;
  std::span<const Evidence> evidence;
  size_t sources;
};

template <class W>
void write_edge(Emitter<W>& o, const EdgeView& e) {
  o.at("edge", e.id);
  o.raw().StartObject();
  o.kv("id", e.id);
  o.kv("type", e.type);
  o.kv("source", e.source);
  o.kv("target", e.target);
  o.kv_date("date", e.date);
  o.kv("date_precision", to_string(e.precision));
  o.kv_or_null("place", e.place);
  o.key("attributes");
  o.raw().StartObject();
  for (const auto& [k, v] : e.attributes) {
    if (k == "sources") continue;  // computed, below
    o.dyn_key(k, "attributes");  // attribute names come from the extractor: validate them too
    o.str(v, "attributes");
  }
  if (e.sources > 1) o.kv_uint("sources", e.sources);
  o.raw().EndObject();
  o.key("evidence");
  o.raw().StartArray();
  for (const Evidence& ev : e.evidence) {
    o.raw().StartObject();
    o.kv("document", ev.document);
    o.kv("sentence", ev.sentence);
    o.kv_uint("start", ev.start);
    o.kv_uint("end", ev.end);
    o.raw().EndObject();
  }
  o.raw().EndArray();
  o.raw().EndObject();
}

template <class W>
Status write_graph(W& w, Buffer& buf, const graph::ActorGraph& ag, std::ostream& out) {
  Emitter<W> o(w, false);
  const graph::Graph& g = ag.graph();
  // Flushing after each element keeps memory flat and never lets a rejected string reach `out`.
  auto flush = [&]() -> Status {
    if (!o.ok()) return o.error();
    out.write(buf.GetString(), static_cast<std::streamsize>(buf.GetSize()));
    buf.Clear();
    if (!out) return Error{"", 0, "write failed", ""};
    return Status::Ok();
  };
  w.StartObject();
  o.kv("format", "actorgraph");
  o.key("version");
  w.Int(1);
  o.key("documents");
  w.StartArray();
  for (const Document& d : ag.documents()) {
    write_document(o, d);
    if (Status s = flush(); !s) return s;
  }
  w.EndArray();
  o.key("nodes");
  w.StartArray();
  for (graph::Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const graph::NodeProps& n = g[v];
    write_node(o, NodeView{n.id, n.type, n.label, n.name_ar, n.name_en, n.aliases, n.roles, n.country});
    if (Status s = flush(); !s) return s;
  }
  w.EndArray();
  o.key("edges");
  w.StartArray();
  for (size_t i = 0; i < ag.num_edges(); ++i) {
    const graph::Edge e = ag.edge_at(i);
    const graph::EdgeProps& p = g[e];
    write_edge(o, EdgeView{p.id, p.type, g[boost::source(e, g)].id, g[boost::target(e, g)].id, p.date, p.precision,
                           p.place, p.attributes, p.evidence, p.sources.size()});
    if (Status s = flush(); !s) return s;
  }
  w.EndArray();
  w.EndObject();
  if (Status s = flush(); !s) return s;
  out.put('\n');
  out.flush();
  if (!out) return Error{"", 0, "write failed", ""};
  return Status::Ok();
}

template <class W>
bool write_article(W& w, const ArticleResult& a, bool repair) {
  Emitter<W> o(w, repair);
  w.StartObject();
  o.key("document");
  write_document(o, a.document);
  o.key("mentions");
  w.StartArray();
  for (const Mention& m : a.mentions) {
    w.StartObject();
    o.kv_uint("start", m.start);
    o.kv_uint("end", m.end);
    o.kv("text", m.text);
    o.kv("type", to_string(m.type));
    o.kv("entity", m.entity);
    w.EndObject();
  }
  w.EndArray();
  o.key("entities");
  w.StartArray();
  for (const EntityRecord& r : a.entities)
    write_node(o, NodeView{r.id, r.type, r.label, r.name_ar, r.name_en, r.aliases, r.roles, r.country});
  w.EndArray();
  o.key("events");
  w.StartArray();
  size_t i = 0;
  for (const Event& ev : a.events) {
    std::string id = "e" + std::to_string(++i);
    write_edge(o, EdgeView{id, ev.type, ev.source, ev.target.empty() ? ev.source : ev.target, ev.date, ev.precision,
                           ev.place, ev.attributes, std::span<const Evidence>(&ev.evidence, 1), 1});
  }
  w.EndArray();
  w.EndObject();
  return o.ok();
}

}  // namespace

Status write_graph_json(const graph::ActorGraph& g, std::ostream& out, bool pretty) {
  Buffer buf;
  if (pretty) {
    Pretty w(buf);
    w.SetIndent(' ', 2);
    return write_graph(w, buf, g, out);
  }
  Compact w(buf);
  return write_graph(w, buf, g, out);
}

std::string article_json_line(const ArticleResult& article) {
  Buffer buf;
  {
    Compact w(buf);
    if (write_article(w, article, false)) return std::string(buf.GetString(), buf.GetSize());
  }
  buf.Clear();
  Compact w(buf);
  write_article(w, article, true);
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace actorgraph::exporters
