#include "actorgraph/graph/query.h"

#include <algorithm>
#include <cassert>
#include <unordered_set>

#include <boost/range/iterator_range.hpp>

#include "actorgraph/extract/text.h"
#include "event_row.h"

namespace actorgraph::graph {
namespace {

// normalize_key folds alef forms, ya and ta marbuta but keeps hamza on its carriers; analysts type
// «مسئول» for «مسؤول» or drop the hamza altogether, so search folds the carriers too: ؤ → و,
// ئ → ي, ء dropped. normalize_key already lower-cases Latin; folding ASCII again keeps matching
// case-insensitive whatever the normaliser does with mixed scripts.
std::string match_key(std::string_view s) {
  const std::string k = normalize_key(s);
  std::string out;
  out.reserve(k.size());
  for (size_t i = 0; i < k.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(k[i]);
    if (c == 0xD8 && i + 1 < k.size()) {
      const unsigned char d = static_cast<unsigned char>(k[i + 1]);
      if (d == 0xA4) {  // ؤ U+0624 → و U+0648
        out += "\xD9\x88";
        ++i;
        continue;
      }
      if (d == 0xA6) {  // ئ U+0626 → ي U+064A
        out += "\xD9\x8A";
        ++i;
        continue;
      }
      if (d == 0xA1) {  // ء U+0621 dropped
        ++i;
        continue;
      }
    }
    out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
  }
  return out;
}

bool names_match(const NodeProps& n, const std::string& key) {
  auto hit = [&](const std::string& s) { return !s.empty() && match_key(s).find(key) != std::string::npos; };
  if (hit(n.label) || hit(n.name_en) || hit(n.name_ar)) return true;
  return std::any_of(n.aliases.begin(), n.aliases.end(), hit);
}

// Meetings are looked for among the window's types, or "meeting" alone when it names none.
Window meeting_window(const Window& w) {
  Window m = w;
  if (m.types.empty()) m.types = {"meeting"};
  return m;
}

struct Hit {
  Edge edge;
  bool reversed;
};

// Rows of the hits, sorted by date (undated last), then the ids of the two parties, then edge id.
// Sorting comes before building rows so that only strings of kept rows are made.
std::vector<EventRow> sorted_rows(const ActorGraph& ag, std::vector<Hit>& hits) {
  const Graph& g = ag.graph();
  auto a_of = [&](const Hit& h) -> const std::string& {
    return g[h.reversed ? boost::target(h.edge, g) : boost::source(h.edge, g)].id;
  };
  auto b_of = [&](const Hit& h) -> const std::string& {
    return g[h.reversed ? boost::source(h.edge, g) : boost::target(h.edge, g)].id;
  };
  std::sort(hits.begin(), hits.end(), [&](const Hit& x, const Hit& y) {
    const EdgeProps& px = g[x.edge];
    const EdgeProps& py = g[y.edge];
    if (px.date != py.date) return detail::date_before(px.date, py.date);
    if (int c = a_of(x).compare(a_of(y)); c != 0) return c < 0;
    if (int c = b_of(x).compare(b_of(y)); c != 0) return c < 0;
    return detail::edge_order(px.id) < detail::edge_order(py.id);
  });
  std::vector<EventRow> rows;
  rows.reserve(hits.size());
  for (const Hit& h : hits) rows.push_back(detail::event_row(ag, h.edge, h.reversed));
  return rows;
}

// The window's meetings of each actor in `actors`, the actor as actor_a, where the other party
// passes `other`; a meeting between two listed actors once.
template <class OtherPred>
std::vector<EventRow> meetings_of(const ActorGraph& ag, const Window& mw, const std::vector<Vertex>& actors,
                                  OtherPred other) {
  const Graph& g = ag.graph();
  std::vector<Hit> hits;
  std::unordered_set<const EdgeProps*> done;
  const bool several = actors.size() > 1;
  for (Vertex v : actors) {
    for (Edge e : boost::make_iterator_range(boost::out_edges(v, g))) {
      if (!in_window(g[e], mw) || !other(boost::target(e, g))) continue;
      if (!several || done.insert(&g[e]).second) hits.push_back({e, false});
    }
    for (Edge e : boost::make_iterator_range(boost::in_edges(v, g))) {
      const Vertex s = boost::source(e, g);
      if (s == v || !in_window(g[e], mw) || !other(s)) continue;  // a loop was seen as an out-edge
      if (!several || done.insert(&g[e]).second) hits.push_back({e, true});
    }
  }
  return sorted_rows(ag, hits);
}

size_t events_of(const Graph& g, Vertex v, const Window& w) {
  size_t n = 0;
  for (Edge e : boost::make_iterator_range(boost::out_edges(v, g))) n += in_window(g[e], w);
  for (Edge e : boost::make_iterator_range(boost::in_edges(v, g)))
    n += boost::source(e, g) != v && in_window(g[e], w);
  return n;
}

}  // namespace

namespace detail {

EventRow event_row(const ActorGraph& ag, Edge e, bool reversed) {
  const Graph& g = ag.graph();
  const EdgeProps& p = g[e];
  Vertex a = boost::source(e, g), b = boost::target(e, g);
  if (reversed) std::swap(a, b);
  EventRow r;
  r.edge_id = p.id;
  r.type = p.type;
  if (p.date) r.date = p.date->iso();
  r.precision = p.precision;
  r.actor_a = g[a].label;
  r.actor_b = g[b].label;
  r.actor_a_id = g[a].id;
  r.actor_b_id = g[b].id;
  r.reversed = reversed;
  if (!p.place.empty()) {
    const auto pv = ag.find_node(p.place);
    r.place = pv ? g[*pv].label : p.place;
    r.place_id = pv ? g[*pv].id : p.place;
  }
  r.sources = p.sources.size();
  for (const Evidence& ev : p.evidence)
    if (std::find(r.documents.begin(), r.documents.end(), ev.document) == r.documents.end())
      r.documents.push_back(ev.document);
  if (!p.evidence.empty()) r.evidence = p.evidence.front();
  return r;
}

}  // namespace detail

std::vector<Vertex> find_actors(const ActorGraph& g, const std::string& name) {
  std::vector<Vertex> out;
  const std::string q = match_key(name);
  if (q.empty()) return out;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g.graph())))
    if (names_match(g.node(v), q)) out.push_back(v);
  return out;
}

std::vector<EventRow> met(const ActorGraph& ag, const Window& w, std::optional<Vertex> actor,
                          std::optional<Vertex> with) {
  const Graph& g = ag.graph();
  const Window mw = meeting_window(w);
  if (actor || with) {
    // with `with` alone, the meetings of `with`
    const Vertex a = actor ? *actor : *with;
    const bool any = !actor || !with;
    const Vertex b = any ? boost::graph_traits<Graph>::null_vertex() : *with;
    return meetings_of(ag, mw, {a}, [&](Vertex o) { return any || o == b; });
  }
  std::vector<Hit> hits;
  for (Edge e : boost::make_iterator_range(boost::edges(g)))
    if (in_window(g[e], mw)) hits.push_back({e, false});
  return sorted_rows(ag, hits);
}

std::vector<MetRow> query_met(const ActorGraph& ag, const MetQuery& q) {
  const Window mw = meeting_window(q.window());
  if (!q.actor && !q.with) return met(ag, mw);
  const std::vector<Vertex> actors = find_actors(ag, q.actor ? *q.actor : *q.with);
  if (!q.actor || !q.with) return meetings_of(ag, mw, actors, [](Vertex) { return true; });
  std::vector<char> with(boost::num_vertices(ag.graph()), 0);
  for (Vertex v : find_actors(ag, *q.with)) with[v] = 1;
  return meetings_of(ag, mw, actors, [&](Vertex o) { return with[o] != 0; });
}

std::vector<EventRow> timeline(const ActorGraph& ag, Vertex actor, const Window& w) {
  const Graph& g = ag.graph();
  std::vector<Edge> hits;
  for (Edge e : boost::make_iterator_range(boost::out_edges(actor, g)))
    if (in_window(g[e], w)) hits.push_back(e);
  for (Edge e : boost::make_iterator_range(boost::in_edges(actor, g)))
    if (boost::source(e, g) != actor && in_window(g[e], w)) hits.push_back(e);
  std::sort(hits.begin(), hits.end(), [&](Edge x, Edge y) {
    const EdgeProps& px = g[x];
    const EdgeProps& py = g[y];
    if (px.date != py.date) return detail::date_before(px.date, py.date);
    return detail::edge_order(px.id) < detail::edge_order(py.id);
  });
  std::vector<EventRow> rows;
  rows.reserve(hits.size());
  for (Edge e : hits) rows.push_back(detail::event_row(ag, e, false));
  return rows;
}

ActorGraph ego(const ActorGraph& g, Vertex center, int depth, const Window& w) {
  Selection s;
  s.window = w;
  s.ego = g.node(center).id;  // an exact id always resolves, to this very node
  s.depth = depth < 0 ? 0 : depth;
  Expected<ActorGraph> out = select(g, s);
  assert(out.ok());
  return std::move(*out);
}

std::vector<ActorRow> actors(const ActorGraph& ag, const ActorQuery& q) {
  const Graph& g = ag.graph();
  const std::string key = match_key(q.search);
  const bool search = !key.empty();
  struct Found {
    Vertex v;
    size_t events;
  };
  std::vector<Found> found;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeProps& n = g[v];
    if (!q.types.empty() && !q.types.count(n.type)) continue;
    if (search && !names_match(n, key)) continue;
    const size_t events = events_of(g, v, q.window);
    if (events == 0 && !q.window.empty()) continue;
    found.push_back({v, events});
  }
  std::sort(found.begin(), found.end(), [&](const Found& x, const Found& y) {
    if (x.events != y.events) return x.events > y.events;
    return g[x.v].id < g[y.v].id;
  });
  std::vector<ActorRow> rows;
  rows.reserve(found.size());
  for (const Found& f : found) {
    const NodeProps& n = g[f.v];
    rows.push_back(ActorRow{n.id, n.type, n.label, n.name_ar, n.name_en, n.aliases, n.country, f.events});
  }
  return rows;
}

}  // namespace actorgraph::graph
