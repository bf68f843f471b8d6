// GEXF 1.3 export for Gephi (0.9.3 and later), whose timeline then plays the events in time.
//
//   if (Status st = exporters::write_gexf(*sub, "out/graph.gexf"); !st) report(st.error());
//
// The file:
//   <gexf xmlns="http://gexf.net/1.3" version="1.3">
//     <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
//       <attributes class="node" mode="static">  type, name_ar, name_en, country, aliases, roles
//       <attributes class="edge" mode="static">  type, date, date_precision, place,
//                                                sources (integer), attributes, provenance
//       <node id="person/vladimir-putin" label="Vladimir Putin">
//       <edge id="e1" source=… target=… kind="meeting" label="meeting 2025-10-15"
//             start="2025-10-15" end="2025-10-15">
// Ids are the graph.json ids; `kind` (the event type) and the id keep parallel events of a pair
// apart. A dated edge carries the interval of days it may have happened on (event_interval below,
// inclusive ends); an undated one has no start/end and so exists at all times. Nodes have no
// interval: an actor exists over the whole timeline. aliases, roles, attributes and provenance
// are JSON text, as in the GraphML export (graphml.h). Every edge is written, loops included;
// nodes in graph order, edges in id order. Text that is not valid UTF-8 or not allowed in XML 1.0
// is written as U+FFFD.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "actorgraph/extract/date.h"
#include "actorgraph/extract/status.h"
#include "actorgraph/graph/actor_graph.h"

namespace actorgraph::exporters {

struct Interval {
  Date start, end;  // inclusive
  bool operator==(const Interval&) const = default;
};

// The days an edge may have happened on, by its date precision: day and document = the day
// itself; month = that month; year = that year; approx = the date ±7 days (the window in which
// graph::ActorGraph merges reports). nullopt for an undated edge.
std::optional<Interval> event_interval(const graph::EdgeProps& e);

// Fails only when the stream does ("write failed").
Status write_gexf(const graph::ActorGraph& g, std::ostream& out);
// Through PATH.tmp renamed to PATH, as write_graphml(g, path).
Status write_gexf(const graph::ActorGraph& g, const std::string& path);

}  // namespace actorgraph::exporters
