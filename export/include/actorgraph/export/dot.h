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

Status write_dot(const graph::ActorGraph& g, const std::string& path);
// Lays the graph out with dot and writes SVG. Rendering huge graphs is slow: callers may skip it.
Status render_svg(const graph::ActorGraph& g, const std::string& path);

}  // namespace actorgraph::exporters
