// shortest_paths: every shortest chain of events between two actors in a window.
#include <algorithm>
#include <cstdint>
#include <limits>
#include <unordered_map>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/range/iterator_range.hpp>

#include "actorgraph/graph/query.h"
#include "event_row.h"

namespace actorgraph::graph {
namespace {

// The window as a compact directed graph with each event as an arc both ways, so that BFS, which
// follows out-edges, walks it undirected. The arc's property is the event's index in `events`.
// CSR rather than an undirected adjacency_list: built from one sorted array, no per-edge allocation.
using Arcs = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, uint32_t>;
using Arc = boost::graph_traits<Arcs>::edge_descriptor;

// Records the BFS distance of every vertex and, for each, every arc that reaches it on a shortest
// path (tree edges, and non-tree edges from the previous layer): all predecessors, not only the
// first one that a plain predecessor map would keep.
class AllPredecessors : public boost::default_bfs_visitor {
 public:
  AllPredecessors(std::vector<int>& dist, std::vector<std::vector<Arc>>& preds) : dist_(&dist), preds_(&preds) {}
  void tree_edge(Arc a, const Arcs& g) const {
    (*dist_)[boost::target(a, g)] = (*dist_)[boost::source(a, g)] + 1;
    (*preds_)[boost::target(a, g)].push_back(a);
  }
  void non_tree_edge(Arc a, const Arcs& g) const {
    if ((*dist_)[boost::target(a, g)] == (*dist_)[boost::source(a, g)] + 1) (*preds_)[boost::target(a, g)].push_back(a);
  }

 private:
  std::vector<int>* dist_;  // pointers: Boost copies visitors by value
  std::vector<std::vector<Arc>>* preds_;
};

size_t saturating_add(size_t a, size_t b) {
  return a > std::numeric_limits<size_t>::max() - b ? std::numeric_limits<size_t>::max() : a + b;
}

}  // namespace

PathResult shortest_paths(const ActorGraph& ag, Vertex from, Vertex to, const Window& w, size_t limit) {
  const Graph& g = ag.graph();
  PathResult result;
  if (from == to) {
    result.length = 0;
    result.total = 1;
    if (limit > 0) result.paths.emplace_back();
    return result;
  }

  std::vector<Edge> events;
  std::vector<std::pair<size_t, size_t>> ends;
  std::vector<uint32_t> props;
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    const Vertex s = boost::source(e, g), t = boost::target(e, g);
    if (s == t || !in_window(g[e], w)) continue;
    const auto i = static_cast<uint32_t>(events.size());
    events.push_back(e);
    ends.emplace_back(s, t);
    ends.emplace_back(t, s);
    props.push_back(i);
    props.push_back(i);
  }
  const size_t n = boost::num_vertices(g);
  const Arcs arcs(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), props.begin(), n);

  std::vector<int> dist(n, -1);
  std::vector<std::vector<Arc>> preds(n);
  dist[from] = 0;
  boost::breadth_first_search(arcs, from, boost::visitor(AllPredecessors(dist, preds)));
  if (dist[to] < 0) return result;
  result.length = dist[to];

  // The shortest-path DAG restricted to vertices that lead to `to`, walked back from `to`:
  // next[u] = the vertices one step closer to `to`, each with the events joining u to it.
  struct Next {
    Vertex v;
    std::vector<Edge> events;
  };
  std::unordered_map<Vertex, std::vector<Next>> next;
  std::vector<Vertex> on_path{to};
  std::vector<char> seen(n, 0);
  seen[to] = 1;
  for (size_t i = 0; i < on_path.size(); ++i) {
    const Vertex v = on_path[i];
    for (Arc a : preds[v]) {
      const Vertex u = boost::source(a, arcs);
      std::vector<Next>& out = next[u];
      auto it = std::find_if(out.begin(), out.end(), [&](const Next& x) { return x.v == v; });
      if (it == out.end()) it = out.insert(out.end(), Next{v, {}});
      it->events.push_back(events[arcs[a]]);
      if (!seen[u]) {
        seen[u] = 1;
        on_path.push_back(u);
      }
    }
  }
  for (auto& [u, out] : next) {
    std::sort(out.begin(), out.end(), [&](const Next& x, const Next& y) { return g[x.v].id < g[y.v].id; });
    for (Next& x : out) {
      std::sort(x.events.begin(), x.events.end(), [&](Edge p, Edge q) {
        if (g[p].date != g[q].date) return detail::date_before(g[p].date, g[q].date);
        return detail::edge_order(g[p].id) < detail::edge_order(g[q].id);
      });
    }
  }

  // Paths counted from `to` backwards: on_path holds vertices in non-decreasing distance from
  // `to`, so each comes after every vertex it leads to.
  std::unordered_map<Vertex, size_t> count{{to, 1}};
  for (size_t i = 1; i < on_path.size(); ++i) {
    size_t c = 0;
    for (const Next& x : next[on_path[i]]) c = saturating_add(c, count[x.v]);
    count[on_path[i]] = c;
  }
  result.total = count[from];

  // The first `limit` paths in order of node ids, depth first from `from`; every branch of the
  // DAG reaches `to`, so each leaf is a path and the walk stops after `limit` of them.
  std::vector<const Next*> chain;
  auto emit = [&]() {
    Path p;
    Vertex u = from;
    for (const Next* x : chain) {
      PathStep step{g[u].label, g[u].id, g[x->v].label, g[x->v].id, {}};
      for (Edge e : x->events) step.events.push_back(detail::event_row(ag, e, boost::source(e, g) != u));
      p.steps.push_back(std::move(step));
      u = x->v;
    }
    result.paths.push_back(std::move(p));
  };
  auto walk = [&](auto&& self, Vertex u) -> void {
    if (result.paths.size() >= limit) return;
    if (u == to) {
      emit();
      return;
    }
    for (const Next& x : next[u]) {
      chain.push_back(&x);
      self(self, x.v);
      chain.pop_back();
    }
  };
  walk(walk, from);
  return result;
}

}  // namespace actorgraph::graph
