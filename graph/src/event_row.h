// Private to actorgraph::graph: turning edges into query rows, shared by query.cpp and path.cpp.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "actorgraph/graph/actor_graph.h"
#include "actorgraph/graph/query.h"

namespace actorgraph::graph::detail {

// The row of edge `e`; actor_a is the edge's target when `reversed`.
EventRow event_row(const ActorGraph& g, Edge e, bool reversed);

// Orders edge ids as numbers when they are eN ("e2" before "e10"), else as strings.
inline std::pair<size_t, std::string_view> edge_order(const std::string& id) { return {id.size(), id}; }

// Dates first in date order, then undated ones.
inline bool date_before(const std::optional<Date>& x, const std::optional<Date>& y) {
  if (x.has_value() != y.has_value()) return x.has_value();
  return x && *x < *y;
}

}  // namespace actorgraph::graph::detail
