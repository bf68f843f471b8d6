// GraphML written by hand rather than with boost::write_graphml: Boost names nodes and edges n0,
// e0 ... by index, which would lose the graph.json ids that keep parallel events apart.
#include "actorgraph/export/graphml.h"

#include <boost/range/iterator_range.hpp>

#include "escape.h"
#include "fields.h"

namespace actorgraph::exporters {
namespace {

struct Key {
  const char* id;
  const char* domain;  // node | edge
  const char* name;
  const char* type;    // GraphML attr.type
};

constexpr Key kKeys[] = {
    {"v_type", "node", "type", "string"},          {"v_label", "node", "label", "string"},
    {"v_name_ar", "node", "name_ar", "string"},    {"v_name_en", "node", "name_en", "string"},
    {"v_country", "node", "country", "string"},    {"v_aliases", "node", "aliases", "string"},
    {"v_roles", "node", "roles", "string"},        {"e_type", "edge", "type", "string"},
    {"e_label", "edge", "label", "string"},        {"e_date", "edge", "date", "string"},
    {"e_date_precision", "edge", "date_precision", "string"},
    {"e_place", "edge", "place", "string"},        {"e_sources", "edge", "sources", "int"},
    {"e_attributes", "edge", "attributes", "string"},
    {"e_provenance", "edge", "provenance", "string"},
};

void data(std::string& out, const char* key, std::string_view value) {
  if (value.empty()) return;
  out += "      <data key=\"";
  out += key;
  out += "\">";
  detail::append_xml(out, value);
  out += "</data>\n";
}

}  // namespace

Status write_graphml(const graph::ActorGraph& ag, std::ostream& out) {
  const graph::Graph& g = ag.graph();
  std::string buf, label;
  detail::JsonText json;
  auto flush = [&]() {
    out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
    buf.clear();
    return static_cast<bool>(out);
  };
  buf +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
      " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
      " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
      " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys) {
    buf += "  <key id=\"";
    buf += k.id;
    buf += "\" for=\"";
    buf += k.domain;
    buf += "\" attr.name=\"";
    buf += k.name;
    buf += "\" attr.type=\"";
    buf += k.type;
    buf += "\"/>\n";
  }
  buf += "  <graph id=\"actorgraph\" edgedefault=\"directed\">\n";

  for (graph::Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const graph::NodeProps& n = g[v];
    buf += "    <node id=\"";
    detail::append_xml(buf, n.id);
    buf += "\">\n";
    data(buf, "v_type", to_string(n.type));
    data(buf, "v_label", n.label);
    data(buf, "v_name_ar", n.name_ar);
    data(buf, "v_name_en", n.name_en);
    data(buf, "v_country", n.country);
    if (!n.aliases.empty()) data(buf, "v_aliases", json.strings(n.aliases));
    if (!n.roles.empty()) data(buf, "v_roles", json.roles(n.roles));
    buf += "    </node>\n";
    if (!flush()) return Error{"", 0, "write failed", ""};
  }

  for (size_t i = 0; i < ag.num_edges(); ++i) {
    const graph::Edge e = ag.edge_at(i);
    const graph::EdgeProps& p = g[e];
    buf += "    <edge id=\"";
    detail::append_xml(buf, p.id);
    buf += "\" source=\"";
    detail::append_xml(buf, g[boost::source(e, g)].id);
    buf += "\" target=\"";
    detail::append_xml(buf, g[boost::target(e, g)].id);
    buf += "\">\n";
    data(buf, "e_type", p.type);
    label.clear();
    detail::append_edge_label(label, p);
    data(buf, "e_label", label);
    if (p.date) data(buf, "e_date", p.date->iso());
    data(buf, "e_date_precision", to_string(p.precision));
    data(buf, "e_place", p.place);
    data(buf, "e_sources", std::to_string(p.sources.size()));
    data(buf, "e_attributes", json.attributes(p));
    data(buf, "e_provenance", json.provenance(p.evidence));
    buf += "    </edge>\n";
    if (!flush()) return Error{"", 0, "write failed", ""};
  }
  buf += "  </graph>\n</graphml>\n";
  if (!flush()) return Error{"", 0, "write failed", ""};
  out.flush();
  if (!out) return Error{"", 0, "write failed", ""};
  return Status::Ok();
}

Status write_graphml(const graph::ActorGraph& g, const std::string& path) {
  return detail::write_file(path, [&](std::ostream& out) { return write_graphml(g, out); });
}

}  // namespace actorgraph::exporters
