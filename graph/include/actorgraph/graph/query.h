// Queries over an ActorGraph: the questions analysts ask (`actorgraph query`), as plain functions a
// server or a benchmark can call on a loaded graph.
//
//   const graph::ActorGraph& g = ...;                           // exporters::read_graph_json(path)
//   graph::Window w;                                            // view.h: --from/--to/--type
//   w.from = Date{2025, 10, 1};
//   Expected<graph::Vertex> putin = graph::resolve_actor(g, "بوتين");   // view.h: clear errors
//   for (const graph::EventRow& r : graph::met(g, w, *putin))          // who met Putin
//     std::cout << r.date << "\t" << r.actor_a << "\t" << r.actor_b << "\t" << r.place << "\n";
//   graph::timeline(g, *putin, w);                              // every event of Putin, by date
//   graph::ActorGraph around = graph::ego(g, *putin, 2, w);     // any exporter can write it
//   graph::PathResult p = graph::shortest_paths(g, *putin, *other, w);
//   graph::rank(g, graph::Centrality::betweenness, w, 20);      // top 20
//   graph::actors(g, {.search = "الشرع"});
//
// Name matching (find_actors, actors, query_met; resolve_actor in view.h builds on it): the query
// and every name of a node (label, English and Arabic names, aliases) are compared on
// actorgraph::normalize_key (diacritics dropped, alef forms, ya and ta marbuta folded, Latin
// lower-cased) with hamza carriers also folded (ؤ → و, ئ → ي, ء dropped); the query matches when
// it is a substring of one of them, so a surname alone works.
//
// Cost (V nodes, E edges, d = degree of the actor): met with an actor and timeline walk the
// actor's out- and in-edges, O(d log d); met without actors scans every edge, O(E); name matching
// normalises every name of every node, O(V). shortest_paths copies the window's edges into an
// undirected graph and runs one BFS, O(V + E). rank copies the window into a compact graph first;
// betweenness is O(V'E') on that copy (V', E' = actors and events in the window).
//
// Thread safety: every function is const on the graph; concurrent queries are fine.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/extract/date.h"
#include "actorgraph/graph/actor_graph.h"
#include "actorgraph/graph/view.h"

namespace actorgraph::graph {

// One event (edge) as a row, for met, timeline and the steps of a path.
struct EventRow {
  std::string edge_id;
  std::string type;        // meeting, visit, call, statement, holds_role, ...
  std::string date;        // YYYY-MM-DD, empty when unknown
  DatePrecision precision = DatePrecision::document;
  // The two parties as labels and ids. met: the asked actor first (meetings have no direction);
  // timeline: in the edge's direction; path: in the path's direction.
  std::string actor_a, actor_b;
  std::string actor_a_id, actor_b_id;
  bool reversed = false;   // actor_a is the edge's target: the event runs actor_b → actor_a
  std::string place;       // label of the place node, empty when none
  std::string place_id;
  size_t sources = 0;      // distinct outlets reporting it (EdgeProps::sources)
  std::vector<std::string> documents;  // evidence document ids, distinct, first-seen order
  Evidence evidence;       // the first report: document, sentence, code-point offsets
};
using MetRow = EventRow;

// ---- met: who met whom ---------------------------------------------------------------------------

// Meetings in the window: edges whose type is in w.types, or of type "meeting" when w.types is
// empty (calls and planned meetings are not meetings unless asked for). With `actor`, only its
// meetings, the actor as actor_a; with `with` too, only those between the two (`with` alone is
// taken as `actor`). Sorted by date
// (undated last), then actor ids, then edge id (e2 before e10).
std::vector<EventRow> met(const ActorGraph& g, const Window& w, std::optional<Vertex> actor = std::nullopt,
                          std::optional<Vertex> with = std::nullopt);

// The same by names, lenient: every node matching a name (find_actors) counts, and no match gives
// no rows. The CLI resolves names with resolve_actor instead, to report unknown and ambiguous ones.
struct MetQuery {
  std::optional<std::string> actor;  // Arabic or English name or alias, any part of it
  std::optional<Date> from, to;      // inclusive; when either is set, undated meetings are left out
  std::optional<std::string> with;   // the other party, same matching
  std::set<std::string> types;       // event types that count; empty = meeting only (see met)
  Window window() const { return Window{from, to, types}; }
};
std::vector<MetRow> query_met(const ActorGraph& g, const MetQuery& q);

// ---- timeline: what one actor did ----------------------------------------------------------------

// Every event of `actor` in the window (any type unless w.types says), in date order, undated last,
// then in insertion order. A loop (a statement about nobody else) appears once.
std::vector<EventRow> timeline(const ActorGraph& g, Vertex actor, const Window& w);

// ---- ego: who is around an actor -----------------------------------------------------------------

// The neighbourhood of `center` within `depth` (>= 0) undirected steps over the window's edges, as a
// compact graph (view.h select(): ids, dates and evidence kept), for any exporter.
ActorGraph ego(const ActorGraph& g, Vertex center, int depth, const Window& w);

// ---- path: how two actors are connected ----------------------------------------------------------

struct PathStep {
  std::string from, from_id, to, to_id;  // labels and ids, in the path's direction
  std::vector<EventRow> events;          // every event of the window joining the two, by date
};
struct Path {
  std::vector<PathStep> steps;  // steps[i].to_id == steps[i + 1].from_id
};
struct PathResult {
  int length = -1;           // steps of a shortest path; -1 when unconnected in the window, 0 when from == to
  size_t total = 0;          // number of shortest paths (saturates at SIZE_MAX)
  std::vector<Path> paths;   // the first `limit` of them, ordered by the node ids along the path
};

// All shortest chains of events between `from` and `to` in the window, ignoring direction
// (Boost breadth_first_search on an undirected copy of the window, recording every predecessor).
// A path is a sequence of actors; parallel events between two of them are one step listing them all.
PathResult shortest_paths(const ActorGraph& g, Vertex from, Vertex to, const Window& w, size_t limit = 10);

// ---- rank: who is central ------------------------------------------------------------------------

enum class Centrality { degree, betweenness, pagerank };
std::string_view to_string(Centrality c);
std::optional<Centrality> centrality_from_string(std::string_view s);

struct RankRow {
  std::string id, label;
  EntityType type = EntityType::person;
  double score = 0;
  size_t events = 0;  // events of the window it takes part in (a loop once)
};

// Actors with at least one event in the window, by descending score, ties by id; the first `limit`
// (0 = all). Scores:
//   degree       the number of events of the window the actor takes part in (= `events`);
//   betweenness  Brandes betweenness on the window taken as a simple undirected graph (direction,
//                parallel events and loops dropped), normalised by (n-1)(n-2)/2 for the n actors of
//                the window (boost::relative_betweenness_centrality): the share of pairs of other
//                actors whose shortest paths go through the actor, in [0, 1];
//   pagerank     PageRank with damping 0.85 (boost::graph::page_rank) on the window's events taken
//                as undirected, each event an arc both ways (parallel events weigh more, loops
//                dropped), iterated until no score moves by more than 1e-10 (at most 200 rounds),
//                scaled to sum to 1 over the n actors of the window.
std::vector<RankRow> rank(const ActorGraph& g, Centrality by, const Window& w, size_t limit = 0);

// ---- actors: list and search nodes ---------------------------------------------------------------

struct ActorQuery {
  std::set<EntityType> types;  // node types kept; empty = all
  std::string search;          // a name, alias or part of one (see Name matching); empty = all
  Window window;               // when it filters, only actors with an event in it
};
struct ActorRow {
  std::string id;
  EntityType type = EntityType::person;
  std::string label, name_ar, name_en;
  std::vector<std::string> aliases;
  std::string country;  // state id, may be empty
  size_t events = 0;    // events in the window (all when the window is empty); a loop once
};
// Sorted by descending events, then id.
std::vector<ActorRow> actors(const ActorGraph& g, const ActorQuery& q);

// Nodes whose names match `name` (see Name matching), in vertex order; empty when the normalised
// name is empty.
std::vector<Vertex> find_actors(const ActorGraph& g, const std::string& name);

}  // namespace actorgraph::graph
