// Windows on an ActorGraph: the date window, event-type filter and ego neighbourhood that every
// query (`actorgraph query`) and every exporter (`actorgraph export`) share.
//
//   graph::Window w;
//   w.from = Date{2025, 1, 1};
//   w.to = Date{2025, 1, 31};
//   w.types = {"meeting", "visit"};
//   graph::WindowView view = graph::window_view(g, w);          // boost::filtered_graph, no copy
//   for (auto e : boost::make_iterator_range(boost::edges(view))) ...
//
//   graph::Selection s;
//   s.window = w;
//   s.ego = "بوتين";                                             // any name, see find_actors()
//   s.depth = 2;
//   Expected<graph::ActorGraph> sub = graph::select(g, s);       // a compact copy for exporters
//
// Contracts:
//   - An edge is in the window when its type is in `types` (all types when empty) and, when `from`
//     or `to` is set, it has a date inside [from, to] (both inclusive). Undated edges are left out
//     of any dated window; relations (holds_role, located_in, operates) carry the date of the
//     article that stated them and are filtered like events.
//   - filtered_graph keeps every vertex and its num_edges() still counts the unfiltered edges:
//     iterate, do not count.
//   - select() copies the kept edges (ids, dates, attributes, evidence unchanged) and the nodes they
//     touch or name as their place, plus the ego node itself, plus, when nothing is filtered at all, every node (isolated
//     ones included): select() with an empty Selection is a full copy. The documents cited by kept
//     evidence are copied, in their original order. Ego neighbourhoods are breadth-first over the
//     windowed edges, ignoring direction: depth 1 = the ego, its neighbours and the edges between
//     any two of them.
//   - Thread safety: all functions are const on the graph; concurrent readers are fine.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include <boost/graph/filtered_graph.hpp>

#include "actorgraph/extract/date.h"
#include "actorgraph/extract/status.h"
#include "actorgraph/graph/actor_graph.h"

namespace actorgraph::graph {

struct Window {
  std::optional<Date> from, to;  // inclusive
  std::set<std::string> types;   // edge types kept; empty = all
  bool dated() const { return from.has_value() || to.has_value(); }
  bool empty() const { return !dated() && types.empty(); }
};

// True when the edge is in the window (see above).
bool in_window(const EdgeProps& e, const Window& w);

// Edge predicate for boost::filtered_graph. Default-constructible and cheap to copy, as Boost wants.
struct EdgeInWindow {
  const Graph* g = nullptr;
  const Window* w = nullptr;
  bool operator()(const Edge& e) const { return in_window((*g)[e], *w); }
};
using WindowView = boost::filtered_graph<Graph, EdgeInWindow>;

// A view of `g` through `w`. The view refers to both arguments: keep them alive while it is used.
WindowView window_view(const ActorGraph& g, const Window& w);

// Vertices within `depth` undirected steps of `center` over the edges in `w`, center first, then in
// breadth-first order.
std::vector<Vertex> ego_vertices(const ActorGraph& g, Vertex center, int depth, const Window& w);

struct Selection {
  Window window;
  std::optional<std::string> ego;  // a name or node id (exact ids win over name matches)
  int depth = 1;                   // >= 0
};

// One node for `name`: an exact node id (or merged id), else the single node whose names match
// (find_actors). Errors: no node matches ("no actor matches \"X\""), or several do ("\"X\" is
// ambiguous: A (id), B (id)..." listing up to five, expected "a more specific name or a node id").
Expected<Vertex> resolve_actor(const ActorGraph& g, const std::string& name);

// A compact copy of the selected part of `g` (see above). Fails only when the ego does not resolve.
Expected<ActorGraph> select(const ActorGraph& g, const Selection& s);

}  // namespace actorgraph::graph
