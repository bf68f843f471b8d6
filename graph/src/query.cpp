#include "actorgraph/graph/query.h"

#include <algorithm>
#include <unordered_set>

#include <boost/graph/filtered_graph.hpp>
#include <boost/range/iterator_range.hpp>

#include "actorgraph/extract/text.h"

namespace actorgraph::graph {
namespace {

// normalize_key already lower-cases Latin; folding ASCII again keeps matching case-insensitive
// whatever the normaliser does with mixed scripts.
std::string match_key(std::string_view s) {
  std::string k = normalize_key(s);
  for (char& c : k)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return k;
}

// Meetings inside the date window. filtered_graph keeps the predicate by value: it must be
// default-constructible and cheap to copy.
struct MeetingInWindow {
  const Graph* g = nullptr;
  std::optional<Date> from, to;
  bool operator()(const Edge& e) const {
    const EdgeProps& p = (*g)[e];
    if (p.type != "meeting") return false;
    if (!from && !to) return true;
    if (!p.date) return false;
    if (from && *p.date < *from) return false;
    if (to && *to < *p.date) return false;
    return true;
  }
};

}  // namespace

std::vector<Vertex> find_actors(const ActorGraph& g, const std::string& name) {
  std::vector<Vertex> out;
  const std::string q = match_key(name);
  if (q.empty()) return out;
  auto hit = [&](const std::string& s) { return !s.empty() && match_key(s).find(q) != std::string::npos; };
  for (Vertex v : boost::make_iterator_range(boost::vertices(g.graph()))) {
    const NodeProps& n = g.node(v);
    bool m = hit(n.label) || hit(n.name_en) || hit(n.name_ar);
    for (size_t i = 0; !m && i < n.aliases.size(); ++i) m = hit(n.aliases[i]);
    if (m) out.push_back(v);
  }
  return out;
}

std::vector<MetRow> query_met(const ActorGraph& ag, const MetQuery& q) {
  const Graph& g = ag.graph();
  MeetingInWindow pred{&g, q.from, q.to};
  boost::filtered_graph<Graph, MeetingInWindow> fg(g, pred);

  std::vector<MetRow> rows;
  auto emit = [&](Edge e, bool swap) {
    const EdgeProps& p = g[e];
    Vertex a = boost::source(e, g), b = boost::target(e, g);
    if (swap) std::swap(a, b);
    MetRow r;
    if (p.date) r.date = p.date->iso();
    r.precision = p.precision;
    r.actor_a = g[a].label;
    r.actor_b = g[b].label;
    r.actor_a_id = g[a].id;
    r.actor_b_id = g[b].id;
    if (!p.place.empty()) {
      auto pv = ag.find_node(p.place);
      r.place = pv ? g[*pv].label : p.place;
    }
    std::vector<std::string_view> seen;
    for (const Evidence& ev : p.evidence) {
      if (std::find(seen.begin(), seen.end(), ev.document) != seen.end()) continue;
      seen.push_back(ev.document);
      if (!r.documents.empty()) r.documents += ",";
      r.documents += ev.document;
    }
    r.edge_id = p.id;
    rows.push_back(std::move(r));
  };

  if (!q.actor) {
    for (Edge e : boost::make_iterator_range(boost::edges(fg))) emit(e, false);
  } else {
    std::vector<Vertex> actors = find_actors(ag, *q.actor);
    std::unordered_set<std::string_view> done;  // a meeting between two matched actors once
    for (Vertex v : actors) {
      for (Edge e : boost::make_iterator_range(boost::out_edges(v, fg)))
        if (done.insert(g[e].id).second) emit(e, false);
      for (Edge e : boost::make_iterator_range(boost::in_edges(v, fg)))
        if (done.insert(g[e].id).second) emit(e, true);
    }
  }

  auto edge_num = [](const std::string& id) {
    return std::make_pair(id.size(), std::string_view(id));  // e2 before e10
  };
  std::sort(rows.begin(), rows.end(), [&](const MetRow& x, const MetRow& y) {
    if (x.date.empty() != y.date.empty()) return y.date.empty();
    if (x.date != y.date) return x.date < y.date;
    if (x.actor_a_id != y.actor_a_id) return x.actor_a_id < y.actor_a_id;
    if (x.actor_b_id != y.actor_b_id) return x.actor_b_id < y.actor_b_id;
    return edge_num(x.edge_id) < edge_num(y.edge_id);
  });
  return rows;
}

}  // namespace actorgraph::graph
