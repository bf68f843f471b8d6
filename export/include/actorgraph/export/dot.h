// Graphviz output: graph.dot written with cgraph, graph.svg and graph.png rendered in process with gvc.
//
//   exporters::DotOptions o;
//   o.labels = exporters::DotOptions::Labels::ar;
//   o.aggregate = o.state_clusters = true;
//   if (Status s = exporters::write_dot(g, "out/graph.dot", o); !s) report(s.error());
//   if (Status s = exporters::render_png(g, "out/graph.png", o); !s) report(s.error());
//
// The drawing: a non-strict directed graph whose edges are keyed by the edge id, so parallel events
// between two actors stay separate and re-reading the file keeps them. Node shape and colour
// follow the node type (person ellipse, state double octagon, organization rounded box, military
// base house, location note, media component); nodes are sized by Graphviz to their label
// (fixedsize=false) and labels are wrapped at spaces to lines of at most 22 code points. Node
// label (DotOptions::labels): en = NodeProps::label; ar = the Arabic name (the label when there is
// none); both = the English lines, then the Arabic lines when the Arabic name differs. Edge label
// = type and date, the date wrapped in U+2066 LRI … U+2069 PDI so that bidi does not reorder it
// next to Arabic (2025-10-15 would otherwise be drawn 15-10-2025). Meetings, calls and planned
// meetings are unordered pairs in the graph and are drawn without arrowheads (dir=none). Font
// "Amiri" (Debian fonts-hosny-amiri) shapes the Arabic. A cluster named cluster_legend holds one
// node per node type (ids "legend:<type>") and one table of edge types ("legend:edges"), which
// also explains the aggregated labels and the state boxes when those options are on; it adds 7
// nodes and no edges.
//
// Nothing of graph.json is lost in the DOT file. Nodes carry type, name_en, name_ar and country.
// Every edge of the graph is one DOT edge with key = id = the event id (also the SVG element's id)
// and the attributes type, date, precision, place, sources (when > 1), attributes (graph.json's
// attributes as a JSON object, when any), evidence (JSON array of {document, sentence, start,
// end}, graph.json's shape) and tooltip (the evidence sentences, shown on hover in SVG) — unless
// it is aggregated, see DotOptions::aggregate. In JSON values the string escapes \" and \\ are
// written \u0022 and \u005c (the same JSON): a DOT string cannot hold a backslash before a quote.
//
// render_svg/render_png lay out the DOT text that write_dot writes, read back, with dot's newrank
// ranking: the picture is what `dot -Tsvg graph.dot` draws. (Graphviz 2.43's default ranking
// crashes on clusters such as the demo graph's; newrank does not.) Cost, measured on the demo
// graph (311 nodes, 769 edges): SVG 2.3 s; PNG 16 s and 1.1 GB, for a 10,600 × 25,000 pixel
// bitmap (at 96 dpi, the size of the layout) — draw a window or an ego network instead.
//
// Graphviz is not thread-safe: these functions serialise their calls on an internal mutex.
#pragma once

#include <string>
#include <string_view>

#include "actorgraph/extract/status.h"
#include "actorgraph/graph/actor_graph.h"

namespace actorgraph::exporters {

// Prefix of the legend's node names in the DOT output.
inline constexpr std::string_view kLegendPrefix = "legend:";
// Prefix of an aggregated edge's key and SVG id: "agg:" + the id of the group's first event.
inline constexpr std::string_view kAggregatePrefix = "agg:";

// How the drawing looks (issue 4). Defaults keep the drawing of `actorgraph build`.
struct DotOptions {
  enum class Labels { en, ar, both };
  Labels labels = Labels::both;
  // Parallel events of one type between one pair drawn as one edge. The group is the events with
  // the same type and the same (source, target), or the same unordered pair for meeting, call and
  // planned_meeting; it is drawn in the direction of its first event (insertion order). A group of
  // one event is drawn as without aggregation. A group of two or more is one edge with
  //   key = id = "agg:" + the id of its first event (kAggregatePrefix),
  //   label = "meeting ×3" and, on a second line, the date range "⁦2025-01-05 … 2025-03-02⁩"
  //           (one date when all are equal; no line when none is dated), the range wrapped in
  //           U+2066…U+2069 like single dates,
  //   attributes type, count, events (JSON array of the event ids, insertion order: look them up
  //   in graph.json for their evidence), date_from, date_to (when any event is dated), tooltip
  //   (one line per event: id, date, first evidence sentence), and a pen width growing with
  //   log2(count) up to 5.
  bool aggregate = false;
  // States drawn as clusters (subgraph "cluster_<state id>", a rounded light box without label)
  // holding the state node itself and every organisation, military base, place and media node
  // whose home state it is: NodeProps::country when it names a state node of the graph (the
  // gazetteer's `in=`), else the target of the node's first located_in edge to a state. Persons
  // stay outside: they are actors who meet across borders, and clusters of persons make the layout
  // unreadable. A state with no such nodes gets no cluster, and so does a state that is not a
  // node of the drawn graph (an ego selection may leave it out).
  bool state_clusters = false;
};

Status write_dot(const graph::ActorGraph& g, const std::string& path, const DotOptions& options = {});
// Lays the graph out with dot and writes SVG. Rendering huge graphs is slow: callers may skip it.
Status render_svg(const graph::ActorGraph& g, const std::string& path, const DotOptions& options = {});
// Same, PNG.
Status render_png(const graph::ActorGraph& g, const std::string& path, const DotOptions& options = {});

}  // namespace actorgraph::exporters
