// actorgraph query: questions asked of a graph.json written by `actorgraph build`.
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "actorgraph/export/json.h"
#include "actorgraph/extract/date.h"
#include "actorgraph/graph/query.h"
#include "commands.h"

namespace actorgraph::cli {
namespace {

const char* const kQueryUsage =
    "Usage: actorgraph query GRAPH.json met [OPTIONS]\n"
    "\n"
    "Prints the meetings of a graph written by 'actorgraph build' as a table:\n"
    "date, actor, actor, place, document.\n"
    "\n"
    "Options:\n"
    "  --actor NAME          only meetings of this actor (Arabic or English name, alias, or part of it)\n"
    "  --from DATE           only meetings on or after DATE (YYYY-MM-DD)\n"
    "  --to DATE             only meetings on or before DATE (YYYY-MM-DD)\n"
    "  -h, --help            show this help\n";

}  // namespace

int cmd_query(char** first, char** last) {
  ParsedArgs args;
  int code = kOk;
  const std::vector<OptionSpec> specs = {
      {"actor", 0, true, false}, {"from", 0, true, false}, {"to", 0, true, false}, {"help", 'h', false, false}};
  if (!parse(first, last, specs, "query", args, code)) return code;
  if (args.has("help")) {
    std::cout << kQueryUsage;
    return kOk;
  }
  if (args.positional.size() < 2) return usage_error("query needs GRAPH.json and a query name (met)", "query");
  if (args.positional.size() > 2) return usage_error("unexpected argument " + args.positional[2], "query");
  if (args.positional[1] != "met") return usage_error("unknown query " + args.positional[1] + " (known: met)", "query");

  actorgraph::graph::MetQuery q;
  if (const std::string* a = args.value("actor")) q.actor = *a;
  for (const char* bound : {"from", "to"}) {
    const std::string* v = args.value(bound);
    if (v == nullptr) continue;
    const auto d = actorgraph::Date::parse_iso(*v);
    if (!d) return usage_error(std::string("--") + bound + " " + *v + " is not a date (expected YYYY-MM-DD)", "query");
    (std::string_view(bound) == "from" ? q.from : q.to) = d;
  }

  auto graph = actorgraph::exporters::read_graph_json(args.positional[0]);
  if (!graph) return input_error(graph.error().message());
  const auto rows = actorgraph::graph::query_met(*graph, q);

  std::vector<std::vector<std::string>> table = {{"date", "actor", "actor", "place", "document"}};
  for (const auto& r : rows) {
    table.push_back({r.date.empty() ? "-" : r.date, r.actor_a, r.actor_b, r.place.empty() ? "-" : r.place,
                     r.documents});
  }
  std::vector<size_t> width(5, 0);
  for (const auto& row : table) {
    for (size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], display_width(row[i]));
  }
  for (const auto& row : table) {
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size()) line.append(width[i] - display_width(row[i]) + 2, ' ');
    }
    std::cout << line << '\n';
  }
  if (rows.empty()) std::cerr << "actorgraph: no meetings found\n";
  return kOk;
}

}  // namespace actorgraph::cli
