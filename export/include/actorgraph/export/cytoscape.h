// Cytoscape.js elements JSON, for Cytoscape (desktop, "Import network from file") and web
// dashboards built on cytoscape.js.
//
//   if (Status st = exporters::write_cytoscape(*sub, "out/graph.cyjs"); !st) report(st.error());
//
//   const cy = cytoscape({headless: true, elements: JSON.parse(text).elements});
//
// The file, one element per line:
//   {"elements": {
//     "nodes": [{"data": {"id": "n:person/vladimir-putin", "graph_id": "person/vladimir-putin",
//                         "label", "type", "name_ar", "name_en", "country", "aliases": [...],
//                         "roles": [...], "parent"?: "n:state/RU"}}],
//     "edges": [{"data": {"id": "e:e1", "graph_id": "e1", "source": "n:...", "target": "n:...",
//                         "type", "label", "date", "date_precision", "place", "sources": int,
//                         "attributes": {...}, "provenance": [{"document", "sentence", "start", "end"}]}}]}}
// Cytoscape.js keeps one namespace for node and edge ids and silently drops an element whose id is
// taken, so node ids get the prefix "n:" and edge ids "e:"; graph_id keeps the graph.json id. Only
// id, source, target and parent use the prefixed ids; country and place hold graph.json ids.
// Missing names, dates, places and countries are null. A state is the compound parent of the
// organisations and military bases whose country it is (when the state is in the graph). Every
// edge is written, loops included; nodes in graph order, edges in id order. Text that is not valid
// UTF-8 is written with U+FFFD in place of the bad bytes.
#pragma once

#include <ostream>
#include <string>

#include "actorgraph/extract/status.h"
#include "actorgraph/graph/actor_graph.h"

namespace actorgraph::exporters {

inline constexpr std::string_view kCytoscapeNodePrefix = "n:";
inline constexpr std::string_view kCytoscapeEdgePrefix = "e:";

// Fails only when the stream does ("write failed").
Status write_cytoscape(const graph::ActorGraph& g, std::ostream& out);
// Through PATH.tmp renamed to PATH, as write_graphml(g, path).
Status write_cytoscape(const graph::ActorGraph& g, const std::string& path);

}  // namespace actorgraph::exporters
