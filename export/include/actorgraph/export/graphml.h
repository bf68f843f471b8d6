// GraphML export, for NetworkX (read_graphml), Gephi, yEd and igraph.
//
//   graph::Selection s;                       // window, types, ego: see graph/view.h
//   Expected<graph::ActorGraph> sub = graph::select(g, s);
//   if (Status st = exporters::write_graphml(*sub, "out/graph.graphml"); !st) report(st.error());
//
//   >>> G = networkx.read_graphml("out/graph.graphml")   # a MultiDiGraph when events are parallel
//
// The file: one <graph edgedefault="directed">; node ids are the graph.json node ids
// (person/vladimir-putin), edge ids the graph.json edge ids (e1, e2 ...), so parallel events of a
// pair stay separate edges and NetworkX uses the ids as multigraph keys. graphml.xsd types ids as
// NMTOKEN, which has no '/': NetworkX reads these ids (tests/consumers/check_graphml.py), a
// schema-validating reader would not; they are kept because they join the export to graph.json.
// Typed <key>s:
//   node: type, label, name_ar, name_en, country (a state id), aliases, roles;
//   edge: type, label ("meeting 2025-10-15"), date (YYYY-MM-DD), date_precision, place (a node id),
//         sources (int: distinct outlets), attributes, provenance.
// aliases, roles, attributes and provenance are JSON text (GraphML has no lists or maps):
// aliases ["..."], roles as in graph.json, attributes {"host": ...}, provenance
// [{"document", "sentence", "start", "end"}] with offsets in code points, as in graph.json.
// Empty values (no date, no country ...) have no <data> element. Nodes come in graph order, edges
// in id order, so the same graph gives the same bytes. Every edge is written, loops included.
// Text that is not valid UTF-8 or not allowed in XML 1.0 is written as U+FFFD.
// Cost: one pass over nodes and edges; memory does not grow with the graph.
#pragma once

#include <ostream>
#include <string>

#include "actorgraph/extract/status.h"
#include "actorgraph/graph/actor_graph.h"

namespace actorgraph::exporters {

// Fails only when the stream does ("write failed").
Status write_graphml(const graph::ActorGraph& g, std::ostream& out);
// Writes PATH.tmp, then renames it to PATH; on failure nothing is left behind and the error names
// PATH: "PATH: cannot open for writing: No such file or directory (expected a writable path)".
Status write_graphml(const graph::ActorGraph& g, const std::string& path);

}  // namespace actorgraph::exporters
