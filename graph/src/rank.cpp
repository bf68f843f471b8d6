// rank: actors by degree, betweenness or PageRank in a window (normalisation: see query.h).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/page_rank.hpp>
#include <boost/range/iterator_range.hpp>

#include "actorgraph/graph/query.h"

namespace actorgraph::graph {
namespace {

constexpr double kDamping = 0.85;
constexpr double kTolerance = 1e-10;
constexpr int kMaxRounds = 200;

// The window copied into compact form: actors numbered 0..n-1 in vertex order, the events each
// takes part in, and the non-loop events as pairs of compact numbers. Only the topology: the
// algorithms need no names or evidence, and a one-month window of a million-edge graph becomes a
// few thousand pairs.
struct Compact {
  std::vector<Vertex> vertex;              // compact number → vertex
  std::vector<size_t> events;              // per compact number
  std::vector<std::pair<uint32_t, uint32_t>> pairs;  // one per non-loop event, in edge order
};

Compact compact_window(const Graph& g, const Window& w) {
  constexpr uint32_t kNone = UINT32_MAX;
  std::vector<uint32_t> index(boost::num_vertices(g), kNone);
  Compact c;
  auto number = [&](Vertex v) {
    if (index[v] == kNone) {
      index[v] = static_cast<uint32_t>(c.vertex.size());
      c.vertex.push_back(v);
      c.events.push_back(0);
    }
    return index[v];
  };
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    if (!in_window(g[e], w)) continue;
    const Vertex s = boost::source(e, g), t = boost::target(e, g);
    const uint32_t a = number(s);
    ++c.events[a];
    if (s == t) continue;
    const uint32_t b = number(t);
    ++c.events[b];
    c.pairs.emplace_back(a, b);
  }
  return c;
}

std::vector<double> betweenness(const Compact& c) {
  const size_t n = c.vertex.size();
  std::vector<double> score(n, 0.0);
  if (n <= 2) return score;  // no pair of other actors to stand between
  // Simple undirected graph: shortest paths do not multiply with parallel events.
  std::vector<std::pair<uint32_t, uint32_t>> simple;
  simple.reserve(c.pairs.size());
  for (auto [a, b] : c.pairs) simple.emplace_back(std::min(a, b), std::max(a, b));
  std::sort(simple.begin(), simple.end());
  simple.erase(std::unique(simple.begin(), simple.end()), simple.end());
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  const Undirected u(simple.begin(), simple.end(), n);
  auto map = boost::make_iterator_property_map(score.begin(), boost::get(boost::vertex_index, u));
  boost::brandes_betweenness_centrality(u, map);
  boost::relative_betweenness_centrality(u, map);
  return score;
}

// Stops page_rank once no score moved by more than kTolerance since the previous round, or after
// kMaxRounds. page_rank keeps this object for the whole run and calls it before every round.
class Converged {
 public:
  explicit Converged(std::vector<double>& previous) : previous_(&previous) {}
  template <class RankMap, class G>
  bool operator()(const RankMap& rank, const G& g) {
    double moved = 0;
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
      moved = std::max(moved, std::abs(get(rank, v) - (*previous_)[v]));
      (*previous_)[v] = get(rank, v);
    }
    return (rounds_++ > 0 && moved <= kTolerance) || rounds_ > kMaxRounds;
  }

 private:
  std::vector<double>* previous_;  // a pointer: Boost passes the predicate by value
  int rounds_ = 0;
};

std::vector<double> pagerank(const Compact& c) {
  const size_t n = c.vertex.size();
  std::vector<double> score(n, 0.0);
  if (n == 0) return score;
  std::vector<std::pair<uint32_t, uint32_t>> arcs;
  arcs.reserve(2 * c.pairs.size());
  for (auto [a, b] : c.pairs) {
    arcs.emplace_back(a, b);
    arcs.emplace_back(b, a);
  }
  using Directed = boost::compressed_sparse_row_graph<boost::directedS>;
  const Directed d(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(), n);
  std::vector<double> previous(n, 0.0);
  auto map = boost::make_iterator_property_map(score.begin(), boost::get(boost::vertex_index, d));
  boost::graph::page_rank(d, map, Converged(previous), kDamping);
  // Boost's iteration adds (1 - d) rather than (1 - d) / n to every score: scale to sum 1.
  const double sum = std::accumulate(score.begin(), score.end(), 0.0);
  if (sum > 0)
    for (double& s : score) s /= sum;
  return score;
}

}  // namespace

std::string_view to_string(Centrality c) {
  switch (c) {
    case Centrality::degree: return "degree";
    case Centrality::betweenness: return "betweenness";
    case Centrality::pagerank: return "pagerank";
  }
  return "degree";
}

std::optional<Centrality> centrality_from_string(std::string_view s) {
  for (Centrality c : {Centrality::degree, Centrality::betweenness, Centrality::pagerank})
    if (to_string(c) == s) return c;
  return std::nullopt;
}

std::vector<RankRow> rank(const ActorGraph& ag, Centrality by, const Window& w, size_t limit) {
  const Graph& g = ag.graph();
  const Compact c = compact_window(g, w);
  std::vector<double> score;
  switch (by) {
    case Centrality::degree: score.assign(c.events.begin(), c.events.end()); break;
    case Centrality::betweenness: score = betweenness(c); break;
    case Centrality::pagerank: score = pagerank(c); break;
  }
  std::vector<uint32_t> order(c.vertex.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    if (score[x] != score[y]) return score[x] > score[y];
    return g[c.vertex[x]].id < g[c.vertex[y]].id;
  });
  if (limit > 0 && order.size() > limit) order.resize(limit);
  std::vector<RankRow> rows;
  rows.reserve(order.size());
  for (uint32_t i : order) {
    const NodeProps& n = g[c.vertex[i]];
    rows.push_back(RankRow{n.id, n.label, n.type, score[i], c.events[i]});
  }
  return rows;
}

}  // namespace actorgraph::graph
