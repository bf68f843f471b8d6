// Queries over an ActorGraph. `query_met` answers "who met whom (when, where, says which article)",
// optionally for one actor named in Arabic or English and within a date window.
//
//   graph::MetQuery q;
//   q.actor = "بوتين";                       // or "putin", "Vladimir Putin", "فلاديمير بوتين"
//   q.from = Date{2025, 10, 1};
//   for (const graph::MetRow& r : graph::query_met(g, q))
//     std::cout << r.date << "\t" << r.actor_a << "\t" << r.actor_b << "\t" << r.place << "\n";
//
// Name matching: the query and every name of a node (label, English and Arabic names, aliases) are
// compared on actorgraph::normalize_key (diacritics dropped, alef/ya/ta marbuta folded, Latin
// lower-cased); the query matches when it is a substring of one of them, so a surname alone works.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "actorgraph/extract/date.h"
#include "actorgraph/graph/actor_graph.h"

namespace actorgraph::graph {

struct MetQuery {
  std::optional<std::string> actor;  // Arabic or English name or alias, any part of it
  std::optional<Date> from, to;      // inclusive; when either is set, undated meetings are left out
};

struct MetRow {
  std::string date;        // YYYY-MM-DD, empty when unknown
  DatePrecision precision = DatePrecision::document;
  std::string actor_a;     // label; with an actor query, the matched actor comes first
  std::string actor_b;
  std::string actor_a_id, actor_b_id;
  std::string place;       // label of the place node, empty when none
  std::string documents;   // evidence document ids, comma-separated, first-seen order
  std::string edge_id;
};

// Nodes whose names match `name` (see above); empty when the normalised name is empty.
std::vector<Vertex> find_actors(const ActorGraph& g, const std::string& name);

// Meetings (edge type "meeting" only: calls and planned meetings are not meetings), sorted by date
// (undated last), then actor ids, then edge id.
std::vector<MetRow> query_met(const ActorGraph& g, const MetQuery& q);

}  // namespace actorgraph::graph
