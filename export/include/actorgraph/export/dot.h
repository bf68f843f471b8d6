// Graphviz output: graph.dot written with cgraph and graph.svg rendered in process with gvc.
//
//   if (Status s = exporters::write_dot(g, "out/graph.dot"); !s) report(s.error());
//   if (Status s = exporters::render_svg(g, "out/graph.svg"); !s) report(s.error());
//
// The drawing: a non-strict directed graph whose edges are keyed by the edge id, so parallel events
// between two actors stay separate and re-reading the file keeps them. Node shape and colour
// follow the node type (person ellipse, state double octagon, organization rounded box, military
// base house, location note, media component); node label = English label, then the Arabic name;
// edge label = type and date, the date wrapped in U+2066…U+2069 so that bidi does not reorder it
// next to Arabic. Font "Amiri" (Debian fonts-hosny-amiri) shapes the Arabic. A cluster named
// cluster_legend holds one node per node type (ids "legend:<type>") and one table of edge colours
// ("legend:edges"); it adds 7 nodes and no edges.
//
// Graphviz is not thread-safe: these functions serialise their calls on an internal mutex.
#pragma once

#include <string>

#include "actorgraph/extract/status.h"
#include "actorgraph/graph/actor_graph.h"

namespace actorgraph::exporters {

// Prefix of the legend's node names in the DOT output.
inline constexpr std::string_view kLegendPrefix = "legend:";

// How the drawing looks (issue 4). Defaults keep the drawing of `actorgraph build`.
struct DotOptions {
  enum class Labels { en, ar, both };
  Labels labels = Labels::both;
  // Parallel events of one type between a pair drawn as one edge labelled with the count and the
  // date range ("meeting ×3, 2025-01-05 … 2025-03-02").
  bool aggregate = false;
  // States drawn as clusters holding their ministries and bases (nodes whose country is the state).
  bool state_clusters = false;
};

Status write_dot(const graph::ActorGraph& g, const std::string& path, const DotOptions& options = {});
// Lays the graph out with dot and writes SVG. Rendering huge graphs is slow: callers may skip it.
Status render_svg(const graph::ActorGraph& g, const std::string& path, const DotOptions& options = {});
// Same, PNG.
Status render_png(const graph::ActorGraph& g, const std::string& path, const DotOptions& options = {});

}  // namespace actorgraph::exporters
