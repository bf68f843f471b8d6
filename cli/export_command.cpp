// actorgraph export: a graph.json (or a window of it) in the formats of the analysts' tools.
//
// The syntax names both the format (`--to FORMAT`) and the window's end (`--to DATE`); both
// are accepted: --to may be given twice, and each value is read by its shape (a known format name,
// or a YYYY-MM-DD date). --format FORMAT and --until DATE are the unambiguous spellings.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/export/cytoscape.h"
#include "actorgraph/export/dot.h"
#include "actorgraph/export/gexf.h"
#include "actorgraph/export/graphml.h"
#include "actorgraph/export/json.h"
#include "actorgraph/export/neo4j.h"
#include "actorgraph/extract/date.h"
#include "actorgraph/graph/view.h"
#include "commands.h"

namespace actorgraph::cli {
namespace {

namespace fs = std::filesystem;

const char* const kExportUsage =
    "Usage: actorgraph export GRAPH.json --to FORMAT -o FILE [OPTIONS]\n"
    "\n"
    "Writes a graph written by 'actorgraph build' (or a window of it) in the format of another tool.\n"
    "\n"
    "Formats:\n"
    "  dot          Graphviz DOT (states as clusters of their organisations, bases, places, media)\n"
    "  svg, png     the same drawing, rendered with Graphviz\n"
    "  graphml      GraphML with typed keys (NetworkX, Gephi, yEd); parallel events keep their ids\n"
    "  gexf         GEXF 1.3 with dated edges, for Gephi's timeline\n"
    "  cytoscape    Cytoscape.js elements JSON (Cytoscape, web dashboards)\n"
    "  neo4j        -o names a folder: nodes.csv and relationships.csv for neo4j-admin import,\n"
    "               load.cypher (LOAD CSV) for an existing database, README.md\n"
    "\n"
    "Options:\n"
    "  --to FORMAT|DATE      the format, or the last day of the window: --to may be given twice,\n"
    "                        a format name is the format and a YYYY-MM-DD date the window's end\n"
    "  --format FORMAT       the format (same as --to FORMAT)\n"
    "  -o, --output FILE     where to write (a folder for neo4j); required\n"
    "  --from DATE           only events on or after DATE (YYYY-MM-DD)\n"
    "  --until DATE          only events on or before DATE (same as --to DATE)\n"
    "  --type T              only events of type T (meeting, visit, call, statement, holds_role, ...);\n"
    "                        repeatable or comma-separated\n"
    "  --ego ACTOR           only the neighbourhood of ACTOR (name, alias or node id)\n"
    "  --depth N             how many steps around --ego (default 1)\n"
    "  --aggregate           dot/svg/png: one edge per pair and type, with the count and date range\n"
    "  --labels ar|en|both   dot/svg/png: which names label the nodes (default both)\n"
    "  --quiet               no summary line on stderr\n"
    "  -h, --help            show this help\n"
    "\n"
    "A dated window leaves undated events out. Every export keeps each edge's id and evidence.\n"
    "Examples:\n"
    "  actorgraph export out/graph.json --to gexf -o graph.gexf\n"
    "  actorgraph export out/graph.json --to graphml --from 2025-01-01 --to 2025-03-31 -o q1.graphml\n"
    "  actorgraph export out/graph.json --format svg --ego putin --depth 2 -o putin.svg\n";

enum class Kind { graphviz, file, folder };

struct Format {
  std::string_view name;
  Kind kind;
};

constexpr Format kFormats[] = {{"dot", Kind::graphviz},    {"svg", Kind::graphviz},  {"png", Kind::graphviz},
                               {"graphml", Kind::file},    {"gexf", Kind::file},     {"cytoscape", Kind::file},
                               {"neo4j", Kind::folder}};
constexpr const char* kFormatNames = "dot, svg, png, graphml, gexf, cytoscape, neo4j";

const Format* find_format(std::string_view name) {
  for (const Format& f : kFormats)
    if (f.name == name) return &f;
  return nullptr;
}

struct Request {
  const Format* format = nullptr;
  graph::Selection selection;
  std::string output;
  exporters::DotOptions dot;
};

// Reads the options into `req`; on bad usage prints the error and returns false with exit_code set.
bool read_request(const ParsedArgs& args, Request& req, int& exit_code) {
  auto fail = [&](const std::string& what) {
    exit_code = usage_error(what, "export");
    return false;
  };
  auto set_format = [&](const std::string& name) {
    const Format* f = find_format(name);
    if (f == nullptr) return fail("unknown format " + name + " (known: " + kFormatNames + ")");
    if (req.format != nullptr)
      return fail("two formats given: " + std::string(req.format->name) + " and " + name + " (expected one)");
    req.format = f;
    return true;
  };
  auto parse_date = [&](const char* option, const std::string& v, std::optional<Date>& slot) {
    const auto d = parse_day(v);
    if (!d) return fail(std::string("--") + option + " " + v + " is not a date (expected YYYY-MM-DD)");
    if (slot) return fail(std::string("two window ends given: ") + slot->iso() + " and " + v + " (expected one)");
    slot = d;
    return true;
  };

  if (const std::string* f = args.value("format"); f && !set_format(*f)) return false;
  std::optional<Date>& to = req.selection.window.to;
  for (const std::string& v : args.values("to")) {
    // A value that starts with a digit is meant as a date; anything else as a format name.
    if (!v.empty() && v[0] >= '0' && v[0] <= '9') {
      if (!parse_date("to", v, to)) return false;
    } else if (find_format(v) != nullptr) {
      if (!set_format(v)) return false;
    } else {
      return fail("--to " + v + " is neither a format nor a date (expected one of " + kFormatNames +
                  ", or YYYY-MM-DD)");
    }
  }
  if (const std::string* v = args.value("until"); v && !parse_date("until", *v, to)) return false;
  if (const std::string* v = args.value("from"); v && !parse_date("from", *v, req.selection.window.from)) return false;
  if (req.format == nullptr) return fail(std::string("export needs a format: --to FORMAT (") + kFormatNames + ")");
  if (req.selection.window.from && to && *to < *req.selection.window.from)
    return fail("the window is empty: --from " + req.selection.window.from->iso() + " is after " + to->iso());

  const std::string* out = args.value("output");
  if (out == nullptr) {
    return fail(req.format->kind == Kind::folder ? "export needs -o DIR (the folder for the neo4j files)"
                                                 : "export needs -o FILE");
  }
  req.output = *out;

  for (const std::string& list : args.values("type")) {
    for (const std::string& t : split_commas(list)) {
      if (t.empty()) return fail("--type " + list + " names an empty type (expected TYPE[,TYPE...])");
      req.selection.window.types.insert(t);
    }
  }

  if (const std::string* ego = args.value("ego")) req.selection.ego = *ego;
  if (const std::string* d = args.value("depth")) {
    const bool digits = !d->empty() && d->size() <= 6 && std::all_of(d->begin(), d->end(), [](char c) {
      return c >= '0' && c <= '9';
    });
    if (!digits) return fail("--depth " + *d + " is not a number (expected 0 or more)");
    if (!req.selection.ego) return fail("--depth needs --ego ACTOR");
    req.selection.depth = std::stoi(*d);
  }

  const bool graphviz = req.format->kind == Kind::graphviz;
  if (args.has("aggregate")) {
    if (!graphviz) return fail("--aggregate applies to dot, svg and png only");
    req.dot.aggregate = true;
  }
  if (const std::string* l = args.value("labels")) {
    if (!graphviz) return fail("--labels applies to dot, svg and png only");
    if (*l == "ar") req.dot.labels = exporters::DotOptions::Labels::ar;
    else if (*l == "en") req.dot.labels = exporters::DotOptions::Labels::en;
    else if (*l == "both") req.dot.labels = exporters::DotOptions::Labels::both;
    else return fail("--labels " + *l + " is not one of ar, en, both");
  }
  req.dot.state_clusters = true;
  return true;
}

// The Graphviz writers take a path and write it directly: give them a temporary name and rename
// it on success, so a failed run leaves no truncated drawing behind.
Status write_graphviz(const graph::ActorGraph& g, const Request& req) {
  const std::string tmp = req.output + ".tmp";
  Status st;
  if (req.format->name == "dot") st = exporters::write_dot(g, tmp, req.dot);
  else if (req.format->name == "svg") st = exporters::render_svg(g, tmp, req.dot);
  else st = exporters::render_png(g, tmp, req.dot);
  std::error_code ec;
  if (st) {
    fs::rename(tmp, req.output, ec);
    if (ec) st = Error{req.output, 0, "cannot write: " + ec.message(), "a writable path"};
  }
  if (!st) {
    fs::remove(tmp, ec);
    if (st.error().file == tmp) {
      Error e = st.error();
      e.file = req.output;
      return e;
    }
  }
  return st;
}

Status write_format(const graph::ActorGraph& g, const Request& req) {
  const std::string_view f = req.format->name;
  if (req.format->kind == Kind::graphviz) return write_graphviz(g, req);
  if (f == "graphml") return exporters::write_graphml(g, req.output);
  if (f == "gexf") return exporters::write_gexf(g, req.output);
  if (f == "cytoscape") return exporters::write_cytoscape(g, req.output);
  return exporters::write_neo4j(g, req.output);
}

// Writes and reports; returns the exit code.
int write_export(const graph::ActorGraph& g, const Request& req, bool quiet) {
  if (Status st = write_format(g, req); !st) return input_error(st.error().message());
  if (!quiet) std::cerr << "actorgraph: " << g.num_nodes() << " nodes, " << g.num_edges() << " edges -> " << req.output << "\n";
  return kOk;
}

}  // namespace

int cmd_export(char** first, char** last) {
  ParsedArgs args;
  int code = kOk;
  const std::vector<OptionSpec> specs = {
      {"to", 0, true, true},         {"format", 0, true, false},    {"output", 'o', true, false},
      {"from", 0, true, false},      {"until", 0, true, false},     {"type", 0, true, true},
      {"ego", 0, true, false},       {"depth", 0, true, false},     {"aggregate", 0, false, false},
      {"labels", 0, true, false},    {"quiet", 0, false, false},    {"help", 'h', false, false}};
  if (!parse(first, last, specs, "export", args, code)) return code;
  if (args.has("help")) {
    std::cout << kExportUsage;
    return kOk;
  }
  if (args.positional.empty()) return usage_error("export needs GRAPH.json", "export");
  if (args.positional.size() > 1) return usage_error("unexpected argument " + args.positional[1], "export");
  Request req;
  if (!read_request(args, req, code)) return code;

  auto graph = exporters::read_graph_json(args.positional[0]);
  if (!graph) return input_error(graph.error().message());
  for (const std::string& t : req.selection.window.types) {
    const bool known = std::any_of(boost::edges(graph->graph()).first, boost::edges(graph->graph()).second,
                                   [&](graph::Edge e) { return graph->edge(e).type == t; });
    if (!known) std::cerr << "actorgraph: warning: no edge of type " << t << " in " << args.positional[0] << "\n";
  }
  // Without filters the graph is written as read: select() would only copy it.
  if (req.selection.window.empty() && !req.selection.ego) return write_export(*graph, req, args.has("quiet"));
  auto selected = graph::select(*graph, req.selection);
  if (!selected) return input_error("--ego " + *req.selection.ego + ": " + selected.error().message());
  return write_export(*selected, req, args.has("quiet"));
}

}  // namespace actorgraph::cli
