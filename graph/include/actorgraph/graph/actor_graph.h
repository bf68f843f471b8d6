// The actor graph: one node per real-world entity across all articles, one edge per event, as a
// Boost.Graph multigraph with bundled properties. `add` is the "reduce" step after extraction: it
// merges an article's entities into existing nodes and its events into existing edges when they
// report the same event, so an edge carries every piece of evidence for it.
//
//   graph::ActorGraph g;
//   for (const ArticleResult& r : results) g.add(r);
//   for (auto e : boost::make_iterator_range(boost::edges(g.graph())))
//     std::cout << g.graph()[e].id << " " << g.graph()[e].evidence.size() << "\n";
//   g.find_node("person/mstfa-frhat");   // also finds a node this id was merged into
//
// When two entities are one node (see ActorGraph::add):
//   - the same id (actor-base entities share stable ids across articles);
//   - a person the actor base does not know (EntityRecord::in_gazetteer false, id made by the
//     extractor from a transliteration) joins an earlier such person whose name is compatible
//     (person_name.h: same given and family name skeleton, «مصطفى الفرحات» ~ «مصطفى فرحات») and
//     whose country and roles are compatible: the same country or one unknown, and no role with
//     the same title held for different states/organisations. A shared surname with a different
//     given name never merges; a single-word name never merges across articles by name;
//   - a person not in the actor base and an actor-base person merge only when their names are
//     equal after normalize_key (the actor-base name, English name or a multi-word alias) and the
//     countries are compatible; the actor-base id wins, also when the other node came first;
//   - two actor-base entities never merge (different ids are different actors).
//   The surviving node keeps the first id (or the actor-base id), takes the union of aliases and
//   roles (the other spelling becomes an alias) and lists the other id in merged_ids; find_node()
//   and the events of every later article resolve that id to the surviving node.
//
// When two events are the same event:
//   - same type and the same parties: an unordered pair for meeting, call and planned_meeting, an
//     ordered pair for every other type;
//   - relations (holds_role, located_in, operates): also the same attributes.title; dates ignored;
//   - statements: also the same date (or both unknown) and the same attributes.quote;
//   - other events: compatible dates. Each precision gives a window around the event's date:
//     day and document = the day itself, approx = ±7 days, month = that month, year = that year.
//     Two dates are compatible when one falls in the other's window, with two exceptions for
//     `document` precision (the text gave no date): within one article it is compatible with any
//     date (a later "the meeting" refers back to the dated one); across articles only with the very
//     same date. Unknown dates (no date at all) merge only within one article.
//   The merged edge keeps the most precise date (day > approx > month > year > document) and all
//   evidence; EdgeProps::sources counts the distinct outlets that reported it (outlet_of()).
//
// Cost: add() does O(1) hash lookups per entity (persons: one bucket of the name-skeleton hash,
// holding the few nodes with the same given+family skeleton) and per event, plus a scan of the
// candidate edges with the same parties in the same year window (and of the edges this article
// already touched), so building from millions of articles stays linear. Not thread-safe: one writer.
// Copying an ActorGraph copies every node and edge; moving one (returning it) is O(1).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "actorgraph/extract/date.h"
#include "actorgraph/extract/model.h"

namespace actorgraph::graph {

struct NodeProps {
  std::string id;                    // stable entity id, e.g. state/SY, person/vladimir-putin
  EntityType type = EntityType::person;
  std::string label;                 // English label or a transliteration
  std::string name_ar;
  std::string name_en;
  std::vector<std::string> aliases;  // distinct surface forms, first-seen order
  std::vector<Role> roles;           // distinct by (title, of, former)
  std::string country;               // state id, may be empty
  // False for a person found only through the text (the extractor made its id). Nodes read back
  // from graph.json cannot tell and keep true, so they merge only on exact names.
  bool in_gazetteer = true;
  std::vector<std::string> merged_ids;  // ids of entities merged into this node; find_node() knows them
};

struct EdgeProps {
  std::string id;                    // "e1", "e2"... in insertion order: stable for a given input order
  std::string type;                  // meeting, visit, call, statement, holds_role, ...
  std::optional<Date> date;
  DatePrecision precision = DatePrecision::document;
  std::string place;                 // node id or empty
  std::map<std::string, std::string> attributes;
  std::vector<Evidence> evidence;    // one per report of the event
  // Distinct outlets among the evidence (ActorGraph::outlet_of: url host, else document id), so
  // one outlet reporting an event twice counts once. Exported as attributes.sources when > 1.
  std::set<std::string> sources;
};

// Out-edge list vecS (not setS) so parallel edges (several events between two actors) are allowed.
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeProps, EdgeProps>;
using Vertex = Graph::vertex_descriptor;
using Edge = Graph::edge_descriptor;

// Hash of string-keyed maps that are looked up by std::string_view without making a std::string.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

// Precision rank used when merging: lower is more precise.
int precision_rank(DatePrecision p);

class ActorGraph {
 public:
  // Merges one article: its document (without text), entities, and events.
  void add(const ArticleResult& article);

  const Graph& graph() const { return g_; }
  // Documents in first-seen order, `text` left empty.
  const std::vector<Document>& documents() const { return documents_; }
  // The node with this id or with this id among its merged_ids.
  std::optional<Vertex> find_node(std::string_view id) const;
  // The outlet of a known document (outlet_from), else the id itself.
  const std::string& outlet_of(const std::string& document_id) const;
  // The outlet a document stands for when counting sources: the host of its url in lower case
  // without "www." (https://www.aljazeera.net/news/x → aljazeera.net), else its id (two .txt files
  // without urls are two sources).
  static std::string outlet_from(const Document& doc);
  const NodeProps& node(Vertex v) const { return g_[v]; }
  const EdgeProps& edge(Edge e) const { return g_[e]; }
  size_t num_nodes() const { return boost::num_vertices(g_); }
  size_t num_edges() const { return boost::num_edges(g_); }
  // The i-th edge in insertion order (the order of their ids), i < num_edges().
  Edge edge_at(size_t i) const;
  // All edges in insertion order.
  std::vector<Edge> edges_in_order() const;

  // Low-level insertion used when a graph is read back from graph.json. The node id must be new;
  // the edge's id must be unique (ids of the form eN move the id counter past N). Inserted nodes
  // and edges are indexed for merging when the next add() starts, so later add() calls merge into
  // them (find_node knows inserted nodes at once). An inserted edge's sources are recomputed from
  // its evidence with outlet_of, so insert the documents first. Both move the properties in.
  Vertex insert_node(NodeProps props);
  Edge insert_edge(Vertex source, Vertex target, EdgeProps props);
  // Appends a document unless one with the same id is already known; returns false then.
  bool insert_document(Document doc);

 private:
  using LocalIds = std::unordered_map<std::string_view, Vertex>;  // an article's entity ids → nodes

  Vertex upsert_node(const EntityRecord& rec);
  Vertex new_node(const EntityRecord& rec, std::string id);
  void merge_record(Vertex v, const EntityRecord& rec);
  std::optional<Vertex> resolve_person(const EntityRecord& rec) const;
  void absorb_into_gazetteer(Vertex v, const EntityRecord& rec);
  void index_person(Vertex v, bool names, size_t first_alias);
  void alias_id(Vertex v, const std::string& id);
  Vertex node_for_id(const std::string& id);  // creates a bare node for an unknown id
  Vertex vertex_for(const std::string& id, const LocalIds& local);
  void add_event(const Event& ev, const std::string& outlet, const LocalIds& local, std::vector<uint32_t>& touched);
  void merge_into(uint32_t edge_index, const Event& ev, const std::string& outlet);
  uint64_t party_key(std::string_view type, Vertex s, Vertex t, std::string_view extra) const;
  void index_edge(uint32_t edge_index);
  void index_new_edges();
  void index_new_nodes();
  // outlet_of, remembering the last document found: consecutive edges mostly cite one article.
  const std::string& outlet_of_cited(const std::string& document_id);

  // Boost 1.74's adjacency_list can be copied but not moved (its swap() copies too), so returning an
  // ActorGraph (Expected<ActorGraph>, select()) would copy every node and edge. This moves by
  // swapping the adjacency list's containers (public members in Boost 1.74): O(1), and std::list
  // and std::vector swaps keep the edge iterators stored in the out-edge lists valid.
  struct MovableGraph : Graph {
    MovableGraph() = default;
    MovableGraph(const MovableGraph&) = default;
    MovableGraph& operator=(const MovableGraph&) = default;
    MovableGraph(MovableGraph&& other) noexcept { take(other); }
    MovableGraph& operator=(MovableGraph&& other) noexcept {
      MovableGraph old;
      old.take(*this);  // freed on return
      take(other);
      return *this;
    }
    void take(MovableGraph& other) noexcept {  // precondition: *this is empty
      m_vertices.swap(other.m_vertices);
      m_edges.swap(other.m_edges);
      m_property.swap(other.m_property);
    }
  };
  MovableGraph g_;
  std::vector<Document> documents_;
  std::vector<std::string> outlets_;  // parallel to documents_
  size_t last_cited_ = SIZE_MAX;       // index of the document outlet_of_cited found last
  std::unordered_map<std::string, size_t, StringHash, std::equal_to<>> document_index_;
  std::unordered_map<std::string, Vertex, StringHash, std::equal_to<>> node_index_;  // ids and merged ids
  // Person name keys → nodes: "s:" + PersonName::key() of names of persons outside the actor base,
  // "x:" + normalize_key of full names (both kinds), for the rules above. Buckets stay tiny. Only
  // merging needs it: it holds the vertices below indexed_nodes_, and add() indexes the nodes
  // inserted since (insert_node does not, so loading a graph.json for queries never builds it).
  std::unordered_map<std::string, std::vector<Vertex>> person_index_;
  size_t indexed_nodes_ = 0;
  // By insertion index: the source vertex and the position in its out-edge vector. Edges are never
  // removed, so positions are stable; descriptors are not stored because they point into this
  // object's edge list and would dangle after a copy (adjacency_list has no move constructor).
  struct EdgeRef {
    Vertex source;
    uint32_t position;
  };
  std::vector<EdgeRef> edges_;
  // (type, parties, extra, year) hash -> edge insertion indices. Hash collisions are resolved by
  // checking the candidate edge itself. Only merging needs it: it holds edges_[0, indexed_edges_),
  // and add() indexes the edges inserted since (insert_edge does not, so loading a graph.json for
  // queries never builds it).
  std::unordered_map<uint64_t, std::vector<uint32_t>> edge_index_;
  size_t indexed_edges_ = 0;
  uint64_t next_edge_id_ = 1;
};

}  // namespace actorgraph::graph
