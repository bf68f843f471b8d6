#include "actorgraph/graph/view.h"

#include <deque>
#include <unordered_set>

#include <boost/range/iterator_range.hpp>

#include "actorgraph/graph/query.h"

namespace actorgraph::graph {

bool in_window(const EdgeProps& e, const Window& w) {
  if (!w.types.empty() && !w.types.count(e.type)) return false;
  if (!w.dated()) return true;
  if (!e.date) return false;
  if (w.from && *e.date < *w.from) return false;
  if (w.to && *w.to < *e.date) return false;
  return true;
}

WindowView window_view(const ActorGraph& g, const Window& w) {
  return WindowView(g.graph(), EdgeInWindow{&g.graph(), &w});
}

std::vector<Vertex> ego_vertices(const ActorGraph& ag, Vertex center, int depth, const Window& w) {
  const Graph& g = ag.graph();
  std::vector<Vertex> order{center};
  std::vector<int> dist(boost::num_vertices(g), -1);
  dist[center] = 0;
  // Undirected breadth-first search by hand over out- and in-edges: boost::breadth_first_search
  // follows out-edges only, and an undirected copy of a million-edge graph would cost more than
  // the search itself.
  for (size_t head = 0; head < order.size(); ++head) {
    const Vertex u = order[head];
    if (dist[u] >= depth) continue;
    auto visit = [&](Vertex x) {
      if (dist[x] >= 0) return;
      dist[x] = dist[u] + 1;
      order.push_back(x);
    };
    for (Edge e : boost::make_iterator_range(boost::out_edges(u, g)))
      if (in_window(g[e], w)) visit(boost::target(e, g));
    for (Edge e : boost::make_iterator_range(boost::in_edges(u, g)))
      if (in_window(g[e], w)) visit(boost::source(e, g));
  }
  return order;
}

Expected<Vertex> resolve_actor(const ActorGraph& g, const std::string& name) {
  if (auto v = g.find_node(name)) return *v;
  std::vector<Vertex> hits = find_actors(g, name);
  if (hits.size() == 1) return hits.front();
  if (hits.empty()) return Error{"", 0, "no actor matches \"" + name + "\"", "a name, alias or node id in the graph"};
  std::string what = "\"" + name + "\" is ambiguous:";
  for (size_t i = 0; i < hits.size() && i < 5; ++i) {
    const NodeProps& n = g.node(hits[i]);
    what += (i ? ", " : " ") + n.label + " (" + n.id + ")";
  }
  if (hits.size() > 5) what += ", ...";
  return Error{"", 0, what, "a more specific name or a node id"};
}

Expected<ActorGraph> select(const ActorGraph& g, const Selection& s) {
  const Graph& gr = g.graph();
  std::vector<char> keep_node(boost::num_vertices(gr), 0);
  std::vector<char> in_ego;  // empty: no ego restriction
  std::optional<Vertex> center;
  if (s.ego) {
    Expected<Vertex> c = resolve_actor(g, *s.ego);
    if (!c) return c.error();
    center = *c;
    in_ego.assign(boost::num_vertices(gr), 0);
    for (Vertex v : ego_vertices(g, *c, s.depth < 0 ? 0 : s.depth, s.window)) in_ego[v] = 1;
    keep_node[*c] = 1;
  }
  const bool everything = s.window.empty() && !s.ego;

  std::vector<Edge> kept;
  for (Edge e : g.edges_in_order()) {
    if (!in_window(gr[e], s.window)) continue;
    const Vertex a = boost::source(e, gr), b = boost::target(e, gr);
    if (!in_ego.empty() && !(in_ego[a] && in_ego[b])) continue;
    kept.push_back(e);
    keep_node[a] = keep_node[b] = 1;
    // the place an event names stays resolvable in the copy
    if (!gr[e].place.empty())
      if (auto p = g.find_node(gr[e].place)) keep_node[*p] = 1;
  }

  ActorGraph out;
  // documents first, so insert_edge() counts sources with the right outlets
  std::unordered_set<std::string_view> cited;
  for (Edge e : kept)
    for (const Evidence& ev : gr[e].evidence) cited.insert(ev.document);
  for (const Document& d : g.documents())
    if (everything || cited.count(d.id)) out.insert_document(d);

  std::vector<Vertex> map(boost::num_vertices(gr), boost::graph_traits<Graph>::null_vertex());
  for (Vertex v : boost::make_iterator_range(boost::vertices(gr)))
    if (everything || keep_node[v]) map[v] = out.insert_node(gr[v]);
  for (Edge e : kept) out.insert_edge(map[boost::source(e, gr)], map[boost::target(e, gr)], gr[e]);
  return out;
}

}  // namespace actorgraph::graph
