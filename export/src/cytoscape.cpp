#include "actorgraph/export/cytoscape.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <boost/range/iterator_range.hpp>

#include "escape.h"
#include "fields.h"

namespace actorgraph::exporters {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

class Emitter {
 public:
  explicit Emitter(Writer& w) : w_(w) {}
  void str(std::string_view s) {
    const std::string_view v = detail::valid_utf8(s, scratch_);
    w_.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
  }
  void kv(const char* k, std::string_view s) {
    w_.Key(k);
    str(s);
  }
  void kv_or_null(const char* k, std::string_view s) {
    w_.Key(k);
    if (s.empty()) w_.Null(); else str(s);
  }
  // `prefix` + `id`, through a reused buffer.
  void kv_prefixed(const char* k, std::string_view prefix, std::string_view id) {
    prefixed_.assign(prefix);
    prefixed_ += id;
    kv(k, prefixed_);
  }
  // Already serialised JSON (from fields.h).
  void kv_raw(const char* k, std::string_view json, rapidjson::Type type) {
    w_.Key(k);
    w_.RawValue(json.data(), json.size(), type);
  }
  Writer& raw() { return w_; }

 private:
  Writer& w_;
  std::string scratch_, prefixed_;
};

// The state a node is drawn inside: an organisation or base whose country is a state of the graph.
const graph::NodeProps* parent_state(const graph::ActorGraph& ag, const graph::NodeProps& n) {
  if (n.country.empty() || (n.type != EntityType::organization && n.type != EntityType::military_base))
    return nullptr;
  const auto v = ag.find_node(n.country);
  if (!v) return nullptr;
  const graph::NodeProps& state = ag.node(*v);
  return state.type == EntityType::state && state.id != n.id ? &state : nullptr;
}

}  // namespace

Status write_cytoscape(const graph::ActorGraph& ag, std::ostream& out) {
  const graph::Graph& g = ag.graph();
  rapidjson::StringBuffer buf;
  Writer w(buf);
  Emitter o(w);
  detail::JsonText json;
  std::string label;
  // One element per line: a Writer produces one JSON value, so each element gets its own Reset().
  auto flush = [&](const char* after) {
    out.write(buf.GetString(), static_cast<std::streamsize>(buf.GetSize()));
    out << after;
    buf.Clear();
    return static_cast<bool>(out);
  };
  out << "{\"elements\":{\"nodes\":[";
  bool first = true;
  for (graph::Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const graph::NodeProps& n = g[v];
    out << (first ? "\n" : ",\n");
    first = false;
    w.Reset(buf);
    w.StartObject();
    w.Key("data");
    w.StartObject();
    o.kv_prefixed("id", kCytoscapeNodePrefix, n.id);
    o.kv("graph_id", n.id);
    o.kv("label", n.label);
    o.kv("type", to_string(n.type));
    o.kv_or_null("name_ar", n.name_ar);
    o.kv_or_null("name_en", n.name_en);
    o.kv_or_null("country", n.country);
    o.kv_raw("aliases", json.strings(n.aliases), rapidjson::kArrayType);
    o.kv_raw("roles", json.roles(n.roles), rapidjson::kArrayType);
    if (const graph::NodeProps* parent = parent_state(ag, n)) o.kv_prefixed("parent", kCytoscapeNodePrefix, parent->id);
    w.EndObject();
    w.EndObject();
    if (!flush("")) return Error{"", 0, "write failed", ""};
  }
  out << "\n],\"edges\":[";
  first = true;
  for (size_t i = 0; i < ag.num_edges(); ++i) {
    const graph::Edge e = ag.edge_at(i);
    const graph::EdgeProps& p = g[e];
    out << (first ? "\n" : ",\n");
    first = false;
    w.Reset(buf);
    w.StartObject();
    w.Key("data");
    w.StartObject();
    o.kv_prefixed("id", kCytoscapeEdgePrefix, p.id);
    o.kv("graph_id", p.id);
    o.kv_prefixed("source", kCytoscapeNodePrefix, g[boost::source(e, g)].id);
    o.kv_prefixed("target", kCytoscapeNodePrefix, g[boost::target(e, g)].id);
    o.kv("type", p.type);
    label.clear();
    detail::append_edge_label(label, p);
    o.kv("label", label);
    o.kv_or_null("date", p.date ? p.date->iso() : std::string());
    o.kv("date_precision", to_string(p.precision));
    o.kv_or_null("place", p.place);
    w.Key("sources");
    w.Uint64(p.sources.size());
    o.kv_raw("attributes", json.attributes(p), rapidjson::kObjectType);
    o.kv_raw("provenance", json.provenance(p.evidence), rapidjson::kArrayType);
    w.EndObject();
    w.EndObject();
    if (!flush("")) return Error{"", 0, "write failed", ""};
  }
  out << "\n]}}\n";
  out.flush();
  if (!out) return Error{"", 0, "write failed", ""};
  return Status::Ok();
}

Status write_cytoscape(const graph::ActorGraph& g, const std::string& path) {
  return detail::write_file(path, [&](std::ostream& out) { return write_cytoscape(g, out); });
}

}  // namespace actorgraph::exporters
