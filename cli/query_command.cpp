// actorgraph query: questions asked of a graph.json written by `actorgraph build` (met, timeline,
// ego, path, rank, actors), printed as an aligned table, JSON (RapidJSON) or CSV (RFC 4180).
//
// Every query's rows are built once as full records (ids and labels, every evidence field); the
// table shows the columns an analyst reads, CSV all of them, JSON nests the same fields.
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/export/json.h"
#include "actorgraph/extract/date.h"
#include "actorgraph/graph/query.h"
#include "actorgraph/graph/view.h"
#include "commands.h"

namespace actorgraph::cli {
namespace {

namespace g = actorgraph::graph;

const char* const kQueryUsage =
    "Usage: actorgraph query GRAPH.json QUERY [ARGUMENTS] [OPTIONS]\n"
    "\n"
    "Answers questions about a graph written by 'actorgraph build'. ACTOR, A and B are node ids or\n"
    "any name or alias, Arabic or English, or part of one (alef, hamza and ta marbuta variants match);\n"
    "a name matching several actors is an error that lists them.\n"
    "\n"
    "Queries:\n"
    "  met [--actor A] [--with B]      who met whom: date, parties, place, sources, first evidence\n"
    "  timeline ACTOR                  every event of ACTOR in date order, undated last\n"
    "  ego ACTOR [--depth N]           the actors within N steps of ACTOR (default 1) and their events\n"
    "  path A B [--limit N]            the shortest chains of events between A and B, direction ignored\n"
    "  rank [--by C] [--limit N]       actors by centrality: degree (default), betweenness or pagerank\n"
    "  actors [--type T] [--search S]  the nodes of type T whose names contain S\n"
    "\n"
    "Options of every query:\n"
    "  --from DATE      only events on or after DATE (YYYY-MM-DD); undated events are then left out\n"
    "  --to DATE        only events on or before DATE\n"
    "  --type T         only events of type T, repeatable or comma-separated: meeting, visit, call,\n"
    "                   statement, holds_role, located_in, operates, planned_meeting, planned_visit\n"
    "                   (met: meetings unless --type says otherwise; actors: a node type instead)\n"
    "  --format F       table (default), json or csv\n"
    "  -h, --help       this help; 'actorgraph query QUERY --help' for one query\n"
    "\n"
    "Exit status: 0 ok (also when nothing is found: a note goes to stderr), 1 bad input (unreadable\n"
    "graph, unknown or ambiguous actor), 2 bad usage.\n";

struct QueryInfo {
  const char* name;
  int positionals;                     // arguments after the query name
  std::vector<std::string_view> own;   // options besides the common ones
  const char* missing;                 // message when positionals are missing
  const char* usage;
};

const std::vector<QueryInfo>& queries() {
  static const std::vector<QueryInfo> q = {
      {"met", 0, {"actor", "with"}, "",
       "Usage: actorgraph query GRAPH.json met [--actor A] [--with B] [OPTIONS]\n"
       "\n"
       "Who met whom. With --actor, the meetings of A (A first); with --with too, only those with B.\n"
       "Meetings only, unless --type names other types (e.g. --type meeting,call).\n"
       "Sorted by date (undated last), then the parties' ids.\n"
       "\n"
       "Table columns: date, actor, with, place, type, sources (distinct outlets reporting the event),\n"
       "edge (its id in graph.json), evidence (the first report: document:start-end, code points of its\n"
       "sentence), sentence. CSV adds precision, the ids, every document, and start and end apart.\n"
       "JSON: an array of {edge, type, date, precision, actor, with, place, sources, documents, evidence}.\n"
       "\n"
       "Options: --actor A, --with B, --from DATE, --to DATE, --type T, --format table|json|csv\n"},
      {"timeline", 1, {}, "timeline needs ACTOR",
       "Usage: actorgraph query GRAPH.json timeline ACTOR [OPTIONS]\n"
       "\n"
       "Every event of ACTOR (any type unless --type), in date order, undated last.\n"
       "\n"
       "Table columns: date, event (type), source, target (the event's direction: who visited where,\n"
       "who spoke about whom), place, sources, edge, evidence (document:start-end), sentence.\n"
       "CSV adds precision, the ids, every document, and start and end apart. JSON: an array of\n"
       "{edge, type, date, precision, source, target, place, sources, documents, evidence}.\n"
       "\n"
       "Options: --from DATE, --to DATE, --type T, --format table|json|csv\n"},
      {"ego", 1, {"depth"}, "ego needs ACTOR",
       "Usage: actorgraph query GRAPH.json ego ACTOR [--depth N] [OPTIONS]\n"
       "\n"
       "The neighbourhood of ACTOR: the actors within N undirected steps (default 1) over the events\n"
       "of the window, with every event between two of them.\n"
       "\n"
       "Table: the nodes (id, type, label), a blank line, then the events (edge, type, date, source,\n"
       "target, place). CSV: one table, element (node or edge), id, type, label, source, target, date,\n"
       "place (ids). JSON: the neighbourhood as graph.json, which every exporter reads.\n"
       "\n"
       "Options: --depth N, --from DATE, --to DATE, --type T, --format table|json|csv\n"},
      {"path", 2, {"limit"}, "path needs A and B",
       "Usage: actorgraph query GRAPH.json path A B [--limit N] [OPTIONS]\n"
       "\n"
       "The shortest chains of events connecting A and B in the window, direction ignored (every\n"
       "event type counts, roles included, unless --type). Lists at most N paths (default 10), in the\n"
       "order of the node ids along them; a step lists every event joining its two actors.\n"
       "\n"
       "Table columns: path, step, from, to, date, type, place, sources, edge, evidence\n"
       "(document:start-end), sentence; one line per event of a step. CSV adds the ids, precision,\n"
       "direction (forward when the event runs from -> to), every document, start and end apart.\n"
       "JSON: {from, to, length, total, paths: [{steps: [{from, to, events: [...]}]}]}.\n"
       "\n"
       "Options: --limit N, --from DATE, --to DATE, --type T, --format table|json|csv\n"},
      {"rank", 0, {"by", "limit"}, "",
       "Usage: actorgraph query GRAPH.json rank [--by degree|betweenness|pagerank] [--limit N] [OPTIONS]\n"
       "\n"
       "Actors with an event in the window by descending centrality, ties by id; the first N (default\n"
       "20, 0 = all). The window is copied into a compact graph first.\n"
       "  degree       the number of events of the window the actor takes part in;\n"
       "  betweenness  Brandes betweenness, events taken as a simple undirected graph, divided by\n"
       "               (n-1)(n-2)/2 for the n actors of the window: in [0, 1];\n"
       "  pagerank     PageRank, damping 0.85, each event a link both ways; scores sum to 1.\n"
       "\n"
       "Columns: rank, id, actor, type (node type), score, events (in the window).\n"
       "JSON: an array of {rank, id, label, type, score, events}.\n"
       "\n"
       "Options: --by C, --limit N, --from DATE, --to DATE, --type T, --format table|json|csv\n"},
      {"actors", 0, {"search"}, "",
       "Usage: actorgraph query GRAPH.json actors [--type T] [--search TEXT] [OPTIONS]\n"
       "\n"
       "Lists the nodes, or those whose label, Arabic or English name or alias contains TEXT (Arabic or\n"
       "English; diacritics, alef, hamza and ta marbuta variants and Latin case are ignored). --type\n"
       "here is a node type (person, state, organization, military_base, location, media), repeatable\n"
       "or comma-separated. With --from/--to, only actors with an event in the window.\n"
       "Sorted by events, most first, then id.\n"
       "\n"
       "Table columns: id, type, label, name_ar, events (in the window). CSV adds name_en, aliases\n"
       "(separated by |) and country. JSON: an array of {id, type, label, names, aliases, country, events}.\n"
       "\n"
       "Options: --type T, --search TEXT, --from DATE, --to DATE, --format table|json|csv\n"},
  };
  return q;
}

const QueryInfo* find_query(std::string_view name) {
  for (const QueryInfo& q : queries())
    if (name == q.name) return &q;
  return nullptr;
}

constexpr std::string_view kCommonOptions[] = {"from", "to", "type", "format", "help"};
const std::vector<std::string_view> kEventTypes = {"meeting",    "visit",    "call",    "statement",       "holds_role",
                                                   "located_in", "operates", "planned_meeting", "planned_visit"};

std::string joined(const std::vector<std::string_view>& words) {
  std::string s;
  for (std::string_view w : words) {
    if (!s.empty()) s += ", ";
    s += w;
  }
  return s;
}

// --type values, repeatable and comma-separated.
std::vector<std::string> type_values(const ParsedArgs& args) {
  std::vector<std::string> out;
  for (const std::string& v : args.values("type"))
    for (std::string& t : split_commas(v))
      if (!t.empty()) out.push_back(std::move(t));
  return out;
}

// A count option: digits only; returns false when it is not a number of at least `min`.
bool count_option(const ParsedArgs& args, const char* name, long min, long& out) {
  const std::string* v = args.value(name);
  if (v == nullptr) return true;
  const bool digits = !v->empty() && v->size() <= 9 && std::all_of(v->begin(), v->end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || std::stol(*v) < min) return false;
  out = std::stol(*v);
  return true;
}

enum class Format { table, json, csv };

// ---- output ------------------------------------------------------------------------------------------

struct Column {
  const char* name;
  bool table, csv;
};
using Row = std::vector<std::string>;

// Columns separated by two spaces, widths in code points (labels may be Arabic), the last column
// unpadded; an empty cell shows as "-".
void print_table(std::ostream& out, const std::vector<Column>& columns, const std::vector<Row>& rows) {
  std::vector<size_t> shown;
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i].table) shown.push_back(i);
  auto cell = [](const std::string& s) -> const std::string& {
    static const std::string dash = "-";
    return s.empty() ? dash : s;
  };
  std::vector<size_t> width(shown.size(), 0);
  for (size_t k = 0; k < shown.size(); ++k) {
    width[k] = display_width(columns[shown[k]].name);
    for (const Row& r : rows) width[k] = std::max(width[k], display_width(cell(r[shown[k]])));
  }
  auto line = [&](auto&& text_of) {
    std::string s;
    for (size_t k = 0; k < shown.size(); ++k) {
      const std::string& t = text_of(shown[k]);
      s += t;
      if (k + 1 < shown.size()) s.append(width[k] - display_width(t) + 2, ' ');
    }
    out << s << '\n';
  };
  std::vector<std::string> names;
  for (const Column& c : columns) names.emplace_back(c.name);
  line([&](size_t i) -> const std::string& { return names[i]; });
  for (const Row& r : rows) line([&](size_t i) -> const std::string& { return cell(r[i]); });
}

// RFC 4180: CRLF line ends; a field holding a comma, quote, CR or LF is quoted, quotes doubled.
void csv_field(std::ostream& out, const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) {
    out << s;
    return;
  }
  out << '"';
  for (char c : s) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

void print_csv(std::ostream& out, const std::vector<Column>& columns, const std::vector<Row>& rows) {
  auto line = [&](auto&& text_of) {
    bool first = true;
    for (size_t i = 0; i < columns.size(); ++i) {
      if (!columns[i].csv) continue;
      if (!first) out << ',';
      first = false;
      csv_field(out, text_of(i));
    }
    out << "\r\n";
  };
  line([&](size_t i) { return std::string(columns[i].name); });
  for (const Row& r : rows) line([&](size_t i) -> const std::string& { return r[i]; });
}

using Json = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void json_string(Json& w, const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
void json_key(Json& w, const char* k) { w.Key(k); }
void json_string_or_null(Json& w, const std::string& s) {
  if (s.empty()) w.Null();
  else json_string(w, s);
}
void json_actor(Json& w, const std::string& id, const std::string& label) {
  w.StartObject();
  json_key(w, "id");
  json_string(w, id);
  json_key(w, "label");
  json_string(w, label);
  w.EndObject();
}

std::string evidence_ref(const Evidence& e) {
  if (e.document.empty()) return "";
  return e.document + ":" + std::to_string(e.start) + "-" + std::to_string(e.end);
}

// An event as JSON, its two parties under the keys `a` and `b`.
void json_event(Json& w, const g::EventRow& r, const char* a, const char* b, bool direction) {
  w.StartObject();
  json_key(w, "edge");
  json_string(w, r.edge_id);
  json_key(w, "type");
  json_string(w, r.type);
  json_key(w, "date");
  json_string_or_null(w, r.date);
  json_key(w, "precision");
  json_string(w, std::string(to_string(r.precision)));
  json_key(w, a);
  json_actor(w, r.actor_a_id, r.actor_a);
  json_key(w, b);
  json_actor(w, r.actor_b_id, r.actor_b);
  if (direction) {
    json_key(w, "direction");
    w.String(r.reversed ? "backward" : "forward");
  }
  json_key(w, "place");
  if (r.place_id.empty()) w.Null();
  else json_actor(w, r.place_id, r.place);
  json_key(w, "sources");
  w.Uint64(r.sources);
  json_key(w, "documents");
  w.StartArray();
  for (const std::string& d : r.documents) json_string(w, d);
  w.EndArray();
  json_key(w, "evidence");
  if (r.evidence.document.empty()) {
    w.Null();
  } else {
    w.StartObject();
    json_key(w, "document");
    json_string(w, r.evidence.document);
    json_key(w, "sentence");
    json_string(w, r.evidence.sentence);
    json_key(w, "start");
    w.Uint(r.evidence.start);
    json_key(w, "end");
    w.Uint(r.evidence.end);
    w.EndObject();
  }
  w.EndObject();
}

// The evidence fields shared by the event tables: sources, documents, edge, evidence, document,
// start, end, sentence.
const std::vector<Column> kEvidenceColumns = {{"sources", true, true}, {"documents", false, true},
                                              {"edge", true, true},    {"evidence", true, false},
                                              {"document", false, true}, {"start", false, true},
                                              {"end", false, true},    {"sentence", true, true}};

void add_evidence(Row& row, const g::EventRow& r) {
  const bool has = !r.evidence.document.empty();
  std::string documents;  // comma-separated: CSV quotes the field
  for (const std::string& d : r.documents) documents += (documents.empty() ? "" : ",") + d;
  row.insert(row.end(), {std::to_string(r.sources), documents, r.edge_id, evidence_ref(r.evidence),
                         r.evidence.document, has ? std::to_string(r.evidence.start) : "",
                         has ? std::to_string(r.evidence.end) : "", r.evidence.sentence});
}

std::vector<Column> with_evidence(std::vector<Column> columns) {
  columns.insert(columns.end(), kEvidenceColumns.begin(), kEvidenceColumns.end());
  return columns;
}

// Prints rows as a table or CSV, or calls `json` for JSON.
template <class JsonFn>
void print(Format f, const std::vector<Column>& columns, const std::vector<Row>& rows, JsonFn&& json) {
  if (f == Format::table) {
    print_table(std::cout, columns, rows);
  } else if (f == Format::csv) {
    print_csv(std::cout, columns, rows);
  } else {
    rapidjson::OStreamWrapper os(std::cout);
    Json w(os);
    w.SetIndent(' ', 2);
    json(w);
    std::cout << '\n';
  }
}

// ---- the queries -------------------------------------------------------------------------------------

void print_met(Format f, const std::vector<g::EventRow>& rows) {
  const std::vector<Column> columns = with_evidence({{"date", true, true},
                                                     {"precision", false, true},
                                                     {"actor_id", false, true},
                                                     {"actor", true, true},
                                                     {"with_id", false, true},
                                                     {"with", true, true},
                                                     {"place_id", false, true},
                                                     {"place", true, true},
                                                     {"type", true, true}});
  std::vector<Row> table;
  for (const g::EventRow& r : rows) {
    Row row = {r.date, std::string(to_string(r.precision)), r.actor_a_id, r.actor_a, r.actor_b_id, r.actor_b,
               r.place_id, r.place, r.type};
    add_evidence(row, r);
    table.push_back(std::move(row));
  }
  print(f, columns, table, [&](Json& w) {
    w.StartArray();
    for (const g::EventRow& r : rows) json_event(w, r, "actor", "with", false);
    w.EndArray();
  });
}

void print_timeline(Format f, const std::vector<g::EventRow>& rows) {
  const std::vector<Column> columns = with_evidence({{"date", true, true},
                                                     {"precision", false, true},
                                                     {"event", true, true},
                                                     {"source_id", false, true},
                                                     {"source", true, true},
                                                     {"target_id", false, true},
                                                     {"target", true, true},
                                                     {"place_id", false, true},
                                                     {"place", true, true}});
  std::vector<Row> table;
  for (const g::EventRow& r : rows) {
    Row row = {r.date, std::string(to_string(r.precision)), r.type, r.actor_a_id, r.actor_a, r.actor_b_id, r.actor_b,
               r.place_id, r.place};
    add_evidence(row, r);
    table.push_back(std::move(row));
  }
  print(f, columns, table, [&](Json& w) {
    w.StartArray();
    for (const g::EventRow& r : rows) json_event(w, r, "source", "target", false);
    w.EndArray();
  });
}

void print_path(Format f, const g::PathResult& p, const g::NodeProps& from, const g::NodeProps& to) {
  const std::vector<Column> columns = with_evidence({{"path", true, true},
                                                     {"step", true, true},
                                                     {"from_id", false, true},
                                                     {"from", true, true},
                                                     {"to_id", false, true},
                                                     {"to", true, true},
                                                     {"date", true, true},
                                                     {"precision", false, true},
                                                     {"type", true, true},
                                                     {"direction", false, true},
                                                     {"place_id", false, true},
                                                     {"place", true, true}});
  std::vector<Row> table;
  for (size_t i = 0; i < p.paths.size(); ++i) {
    for (size_t s = 0; s < p.paths[i].steps.size(); ++s) {
      const g::PathStep& step = p.paths[i].steps[s];
      for (const g::EventRow& r : step.events) {
        Row row = {std::to_string(i + 1), std::to_string(s + 1), step.from_id, step.from, step.to_id, step.to, r.date,
                   std::string(to_string(r.precision)), r.type, r.reversed ? "backward" : "forward", r.place_id, r.place};
        add_evidence(row, r);
        table.push_back(std::move(row));
      }
    }
  }
  print(f, columns, table, [&](Json& w) {
    w.StartObject();
    json_key(w, "from");
    json_actor(w, from.id, from.label);
    json_key(w, "to");
    json_actor(w, to.id, to.label);
    json_key(w, "length");
    if (p.length < 0) w.Null();
    else w.Int(p.length);
    json_key(w, "total");
    w.Uint64(p.total);
    json_key(w, "paths");
    w.StartArray();
    for (const g::Path& path : p.paths) {
      w.StartObject();
      json_key(w, "steps");
      w.StartArray();
      for (const g::PathStep& step : path.steps) {
        w.StartObject();
        json_key(w, "from");
        json_actor(w, step.from_id, step.from);
        json_key(w, "to");
        json_actor(w, step.to_id, step.to);
        json_key(w, "events");
        w.StartArray();
        for (const g::EventRow& r : step.events) json_event(w, r, "from", "to", true);
        w.EndArray();
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  });
}

std::string score_text(double score, g::Centrality by) {
  char buf[32];
  if (by == g::Centrality::degree) std::snprintf(buf, sizeof buf, "%.0f", score);
  else std::snprintf(buf, sizeof buf, "%.6f", score);
  return buf;
}

void print_rank(Format f, const std::vector<g::RankRow>& rows, g::Centrality by) {
  const std::vector<Column> columns = {{"rank", true, true}, {"id", true, true},    {"actor", true, true},
                                       {"type", true, true}, {"score", true, true}, {"events", true, true}};
  std::vector<Row> table;
  for (size_t i = 0; i < rows.size(); ++i) {
    const g::RankRow& r = rows[i];
    table.push_back({std::to_string(i + 1), r.id, r.label, std::string(to_string(r.type)), score_text(r.score, by),
                     std::to_string(r.events)});
  }
  print(f, columns, table, [&](Json& w) {
    w.StartArray();
    for (size_t i = 0; i < rows.size(); ++i) {
      const g::RankRow& r = rows[i];
      w.StartObject();
      json_key(w, "rank");
      w.Uint64(i + 1);
      json_key(w, "id");
      json_string(w, r.id);
      json_key(w, "label");
      json_string(w, r.label);
      json_key(w, "type");
      json_string(w, std::string(to_string(r.type)));
      json_key(w, "score");
      if (by == g::Centrality::degree) w.Uint64(r.events);
      else w.Double(r.score);
      json_key(w, "events");
      w.Uint64(r.events);
      w.EndObject();
    }
    w.EndArray();
  });
}

void print_actors(Format f, const std::vector<g::ActorRow>& rows) {
  const std::vector<Column> columns = {{"id", true, true},       {"type", true, true},     {"label", true, true},
                                       {"name_ar", true, true},  {"name_en", false, true}, {"aliases", false, true},
                                       {"country", false, true}, {"events", true, true}};
  std::vector<Row> table;
  for (const g::ActorRow& r : rows) {
    std::string aliases;
    for (const std::string& a : r.aliases) aliases += (aliases.empty() ? "" : "|") + a;
    table.push_back({r.id, std::string(to_string(r.type)), r.label, r.name_ar, r.name_en, aliases, r.country,
                     std::to_string(r.events)});
  }
  print(f, columns, table, [&](Json& w) {
    w.StartArray();
    for (const g::ActorRow& r : rows) {
      w.StartObject();
      json_key(w, "id");
      json_string(w, r.id);
      json_key(w, "type");
      json_string(w, std::string(to_string(r.type)));
      json_key(w, "label");
      json_string(w, r.label);
      json_key(w, "names");
      w.StartObject();
      json_key(w, "ar");
      json_string_or_null(w, r.name_ar);
      json_key(w, "en");
      json_string_or_null(w, r.name_en);
      w.EndObject();
      json_key(w, "aliases");
      w.StartArray();
      for (const std::string& a : r.aliases) json_string(w, a);
      w.EndArray();
      json_key(w, "country");
      json_string_or_null(w, r.country);
      json_key(w, "events");
      w.Uint64(r.events);
      w.EndObject();
    }
    w.EndArray();
  });
}

// The neighbourhood: graph.json for JSON (any exporter reads it back), else nodes then edges.
int print_ego(Format f, const g::ActorGraph& sub) {
  if (f == Format::json) {
    const Status st = exporters::write_graph_json(sub, std::cout);
    if (!st) return input_error(st.error().message());
    return kOk;
  }
  const g::Graph& gr = sub.graph();
  std::vector<Row> nodes, edges;
  for (g::Vertex v : boost::make_iterator_range(boost::vertices(gr)))
    nodes.push_back({gr[v].id, std::string(to_string(gr[v].type)), gr[v].label});
  for (g::Edge e : sub.edges_in_order()) {
    const g::EdgeProps& p = gr[e];
    const g::NodeProps& s = gr[boost::source(e, gr)];
    const g::NodeProps& t = gr[boost::target(e, gr)];
    std::string place_label = p.place;
    if (auto pv = sub.find_node(p.place); pv && !p.place.empty()) place_label = gr[*pv].label;
    edges.push_back({p.id, p.type, p.date ? p.date->iso() : "", s.id, s.label, t.id, t.label, p.place, place_label});
  }
  if (f == Format::table) {
    print_table(std::cout, {{"id", true, true}, {"type", true, true}, {"label", true, true}}, nodes);
    std::cout << '\n';
    print_table(std::cout,
                {{"edge", true, true}, {"type", true, true}, {"date", true, true}, {"source_id", false, false},
                 {"source", true, true}, {"target_id", false, false}, {"target", true, true}, {"place_id", false, false},
                 {"place", true, true}},
                edges);
    return kOk;
  }
  // One CSV table for both: element, id, type, label, source, target, date, place (ids).
  std::vector<Row> all;
  for (Row& n : nodes) all.push_back({"node", n[0], n[1], n[2], "", "", "", ""});
  for (Row& e : edges) all.push_back({"edge", e[0], e[1], "", e[3], e[5], e[2], e[7]});
  print_csv(std::cout,
            {{"element", true, true}, {"id", true, true}, {"type", true, true}, {"label", true, true},
             {"source", true, true}, {"target", true, true}, {"date", true, true}, {"place", true, true}},
            all);
  return kOk;
}

}  // namespace

int cmd_query(char** first, char** last) {
  ParsedArgs args;
  int code = kOk;
  const std::vector<OptionSpec> specs = {
      {"actor", 0, true, false},  {"with", 0, true, false},   {"from", 0, true, false},  {"to", 0, true, false},
      {"type", 0, true, true},    {"format", 0, true, false}, {"depth", 0, true, false}, {"limit", 0, true, false},
      {"by", 0, true, false},     {"search", 0, true, false}, {"help", 'h', false, false}};
  if (!parse(first, last, specs, "query", args, code)) return code;
  if (args.has("help")) {
    const QueryInfo* q = nullptr;
    for (size_t i = 0; i < args.positional.size() && i < 2 && q == nullptr; ++i) q = find_query(args.positional[i]);
    std::cout << (q != nullptr ? q->usage : kQueryUsage);
    return kOk;
  }
  const std::string known = "met, timeline, ego, path, rank, actors";
  if (args.positional.size() < 2) return usage_error("query needs GRAPH.json and a query name (" + known + ")", "query");
  const QueryInfo* q = find_query(args.positional[1]);
  if (q == nullptr) return usage_error("unknown query " + args.positional[1] + " (known: " + known + ")", "query");
  const std::string name = q->name;
  const std::string help = "query " + name;  // usage errors point at the query's own help
  if (args.positional.size() < 2 + static_cast<size_t>(q->positionals)) return usage_error(q->missing, help.c_str());
  if (args.positional.size() > 2 + static_cast<size_t>(q->positionals))
    return usage_error("unexpected argument " + args.positional[2 + q->positionals], help.c_str());
  for (const auto& [option, values] : args.options) {
    const bool common = std::find(std::begin(kCommonOptions), std::end(kCommonOptions), option) != std::end(kCommonOptions);
    if (!common && std::find(q->own.begin(), q->own.end(), option) == q->own.end())
      return usage_error("option --" + option + " does not apply to " + name, help.c_str());
  }

  Format format = Format::table;
  if (const std::string* f = args.value("format")) {
    if (*f == "json") format = Format::json;
    else if (*f == "csv") format = Format::csv;
    else if (*f != "table") return usage_error("unknown format " + *f + " (known: table, json, csv)", help.c_str());
  }
  g::Window window;
  for (const char* bound : {"from", "to"}) {
    const std::string* v = args.value(bound);
    if (v == nullptr) continue;
    const auto d = parse_day(*v);
    if (!d)
      return usage_error(std::string("--") + bound + " " + *v + " is not a date (expected YYYY-MM-DD)", help.c_str());
    (std::string_view(bound) == "from" ? window.from : window.to) = d;
  }
  if (window.from && window.to && *window.to < *window.from)
    return usage_error("--from " + window.from->iso() + " is after --to " + window.to->iso(), help.c_str());
  std::set<EntityType> node_types;
  for (const std::string& t : type_values(args)) {
    if (name == "actors") {
      const auto nt = entity_type_from_string(t);
      if (!nt)
        return usage_error("unknown node type " + t + " (known: person, state, organization, military_base, location, media)",
                           help.c_str());
      node_types.insert(*nt);
    } else {
      if (std::find(kEventTypes.begin(), kEventTypes.end(), t) == kEventTypes.end())
        return usage_error("unknown event type " + t + " (known: " + joined(kEventTypes) + ")", help.c_str());
      window.types.insert(t);
    }
  }
  if (args.has("type") && window.types.empty() && node_types.empty())
    return usage_error("--type needs a type name", help.c_str());
  long depth = 1, limit = name == "path" ? 10 : 20;
  if (!count_option(args, "depth", 0, depth))
    return usage_error("--depth " + *args.value("depth") + " is not a number (expected 0 or more)", help.c_str());
  if (!count_option(args, "limit", name == "path" ? 1 : 0, limit))
    return usage_error("--limit " + *args.value("limit") + " is not a " + (name == "path" ? "positive " : "") +
                           "number" + (name == "path" ? "" : " (expected 0 or more; 0 = all)"),
                       help.c_str());
  g::Centrality by = g::Centrality::degree;
  if (const std::string* b = args.value("by")) {
    const auto c = g::centrality_from_string(*b);
    if (!c) return usage_error("unknown centrality " + *b + " (known: degree, betweenness, pagerank)", help.c_str());
    by = *c;
  }

  auto graph = exporters::read_graph_json(args.positional[0]);
  if (!graph) return input_error(graph.error().message());
  const std::vector<std::string> names(args.positional.begin() + 2, args.positional.end());

  if (name == "met") {
    std::optional<g::Vertex> a, b;
    if (const std::string* v = args.value("actor")) {
      auto r = g::resolve_actor(*graph, *v);
      if (!r) return input_error(r.error().message());
      a = *r;
    }
    if (const std::string* v = args.value("with")) {
      auto r = g::resolve_actor(*graph, *v);
      if (!r) return input_error(r.error().message());
      b = *r;
    }
    const auto rows = g::met(*graph, window, a, b);
    print_met(format, rows);
    if (rows.empty()) std::cerr << "actorgraph: no meetings found\n";
  } else if (name == "timeline") {
    auto a = g::resolve_actor(*graph, names[0]);
    if (!a) return input_error(a.error().message());
    const auto rows = g::timeline(*graph, *a, window);
    print_timeline(format, rows);
    if (rows.empty()) std::cerr << "actorgraph: no events of " << graph->node(*a).label << " found\n";
  } else if (name == "ego") {
    auto a = g::resolve_actor(*graph, names[0]);
    if (!a) return input_error(a.error().message());
    if (const int st = print_ego(format, g::ego(*graph, *a, static_cast<int>(depth), window)); st != kOk) return st;
  } else if (name == "path") {
    auto a = g::resolve_actor(*graph, names[0]);
    if (!a) return input_error(a.error().message());
    auto b = g::resolve_actor(*graph, names[1]);
    if (!b) return input_error(b.error().message());
    const g::NodeProps& na = graph->node(*a);
    const g::NodeProps& nb = graph->node(*b);
    if (*a == *b)
      return input_error("path from " + na.label + " (" + na.id + ") to itself (expected two different actors)");
    const g::PathResult p = g::shortest_paths(*graph, *a, *b, window, static_cast<size_t>(limit));
    print_path(format, p, na, nb);
    if (p.length < 0) std::cerr << "actorgraph: no path between " << na.label << " and " << nb.label << " found\n";
    else if (p.total > p.paths.size())
      std::cerr << "actorgraph: " << p.total << " shortest paths, the first " << p.paths.size() << " shown (--limit)\n";
  } else if (name == "rank") {
    const auto rows = g::rank(*graph, by, window, static_cast<size_t>(limit));
    print_rank(format, rows, by);
    if (rows.empty()) std::cerr << "actorgraph: no events found\n";
  } else {
    g::ActorQuery aq;
    aq.types = node_types;
    if (const std::string* s = args.value("search")) aq.search = *s;
    aq.window = window;
    const auto rows = g::actors(*graph, aq);
    print_actors(format, rows);
    if (rows.empty()) std::cerr << "actorgraph: no actors found\n";
  }
  std::cout.flush();
  if (!std::cout) return input_error("cannot write to stdout");
  return kOk;
}

}  // namespace actorgraph::cli
