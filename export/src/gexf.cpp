#include "actorgraph/export/gexf.h"

#include <span>

#include <boost/range/iterator_range.hpp>

#include "escape.h"
#include "fields.h"

namespace actorgraph::exporters {
namespace {

// The approx window, as in graph::ActorGraph's merging rules.
constexpr long kApproxDays = 7;

struct Attribute {
  const char* id;
  const char* type;  // GEXF attribute type
};

constexpr Attribute kNodeAttributes[] = {
    {"type", "string"}, {"name_ar", "string"}, {"name_en", "string"},
    {"country", "string"}, {"aliases", "string"}, {"roles", "string"},
};
constexpr Attribute kEdgeAttributes[] = {
    {"type", "string"},    {"date", "string"},       {"date_precision", "string"}, {"place", "string"},
    {"sources", "integer"}, {"attributes", "string"}, {"provenance", "string"},
};

void declare(std::string& out, const char* cls, std::span<const Attribute> attrs) {
  out += "    <attributes class=\"";
  out += cls;
  out += "\" mode=\"static\">\n";
  for (const Attribute& a : attrs) {
    out += "      <attribute id=\"";
    out += a.id;
    out += "\" title=\"";
    out += a.id;
    out += "\" type=\"";
    out += a.type;
    out += "\"/>\n";
  }
  out += "    </attributes>\n";
}

void attvalue(std::string& out, const char* id, std::string_view value) {
  if (value.empty()) return;
  out += "          <attvalue for=\"";
  out += id;
  out += "\" value=\"";
  detail::append_xml(out, value);
  out += "\"/>\n";
}

}  // namespace

std::optional<Interval> event_interval(const graph::EdgeProps& e) {
  if (!e.date) return std::nullopt;
  const Date d = *e.date;
  switch (e.precision) {
    case DatePrecision::day:
    case DatePrecision::document:
      return Interval{d, d};
    case DatePrecision::month:
      return Interval{Date{d.year, d.month, 1}, Date{d.year, d.month, Date::days_in_month(d.year, d.month)}};
    case DatePrecision::year:
      return Interval{Date{d.year, 1, 1}, Date{d.year, 12, 31}};
    case DatePrecision::approx:
      return Interval{d.add_days(-kApproxDays), d.add_days(kApproxDays)};
  }
  return Interval{d, d};
}

Status write_gexf(const graph::ActorGraph& ag, std::ostream& out) {
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
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
      " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
      "  <meta>\n"
      "    <creator>actorgraph</creator>\n"
      "    <description>Actors and dated events; an edge's start and end are the first and last day it may have "
      "happened on</description>\n"
      "  </meta>\n"
      "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n";
  declare(buf, "node", kNodeAttributes);
  declare(buf, "edge", kEdgeAttributes);

  buf += "    <nodes>\n";
  for (graph::Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const graph::NodeProps& n = g[v];
    buf += "      <node id=\"";
    detail::append_xml(buf, n.id);
    buf += "\" label=\"";
    detail::append_xml(buf, n.label);
    buf += "\">\n        <attvalues>\n";
    attvalue(buf, "type", to_string(n.type));
    attvalue(buf, "name_ar", n.name_ar);
    attvalue(buf, "name_en", n.name_en);
    attvalue(buf, "country", n.country);
    if (!n.aliases.empty()) attvalue(buf, "aliases", json.strings(n.aliases));
    if (!n.roles.empty()) attvalue(buf, "roles", json.roles(n.roles));
    buf += "        </attvalues>\n      </node>\n";
    if (!flush()) return Error{"", 0, "write failed", ""};
  }
  buf += "    </nodes>\n    <edges>\n";

  for (size_t i = 0; i < ag.num_edges(); ++i) {
    const graph::Edge e = ag.edge_at(i);
    const graph::EdgeProps& p = g[e];
    buf += "      <edge id=\"";
    detail::append_xml(buf, p.id);
    buf += "\" source=\"";
    detail::append_xml(buf, g[boost::source(e, g)].id);
    buf += "\" target=\"";
    detail::append_xml(buf, g[boost::target(e, g)].id);
    buf += "\" kind=\"";
    detail::append_xml(buf, p.type);
    buf += "\" label=\"";
    label.clear();
    detail::append_edge_label(label, p);
    detail::append_xml(buf, label);
    buf += '"';
    if (const auto span = event_interval(p)) {
      buf += " start=\"";
      buf += span->start.iso();
      buf += "\" end=\"";
      buf += span->end.iso();
      buf += '"';
    }
    buf += ">\n        <attvalues>\n";
    attvalue(buf, "type", p.type);
    if (p.date) attvalue(buf, "date", p.date->iso());
    attvalue(buf, "date_precision", to_string(p.precision));
    attvalue(buf, "place", p.place);
    attvalue(buf, "sources", std::to_string(p.sources.size()));
    attvalue(buf, "attributes", json.attributes(p));
    attvalue(buf, "provenance", json.provenance(p.evidence));
    buf += "        </attvalues>\n      </edge>\n";
    if (!flush()) return Error{"", 0, "write failed", ""};
  }
  buf += "    </edges>\n  </graph>\n</gexf>\n";
  if (!flush()) return Error{"", 0, "write failed", ""};
  out.flush();
  if (!out) return Error{"", 0, "write failed", ""};
  return Status::Ok();
}

Status write_gexf(const graph::ActorGraph& g, const std::string& path) {
  return detail::write_file(path, [&](std::ostream& out) { return write_gexf(g, out); });
}

}  // namespace actorgraph::exporters
