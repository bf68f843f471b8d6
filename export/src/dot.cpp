// The Graphviz adapter: every cgraph/gvc call of the project lives here. Graphviz 2.42/2.43 takes
// non-const char* almost everywhere, hence the `cs` helper.
#include "actorgraph/export/dot.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "escape.h"
#include "fields.h"

namespace actorgraph::exporters {
namespace {

std::mutex graphviz_mutex;

char* cs(const char* s) { return const_cast<char*>(s); }
char* cs(const std::string& s) { return const_cast<char*>(s.c_str()); }

struct Style {
  const char* shape;
  const char* fill;
  const char* line;
  const char* extra_style;
};

Style node_style(EntityType t) {
  switch (t) {
    case EntityType::person: return {"ellipse", "#cfe2ff", "#1f4e9c", ""};
    case EntityType::state: return {"doubleoctagon", "#ffe0b2", "#b34700", ""};
    case EntityType::organization: return {"box", "#d7f5dd", "#1b7f3b", ",rounded"};
    case EntityType::military_base: return {"house", "#f8d7da", "#a71d2a", ""};
    case EntityType::location: return {"note", "#fff3cd", "#8a6d00", ""};
    case EntityType::media: return {"component", "#e2d9f3", "#5a3d99", ""};
  }
  return {"ellipse", "#ffffff", "#000000", ""};
}

constexpr EntityType kNodeTypes[] = {EntityType::person,        EntityType::state,    EntityType::organization,
                                     EntityType::military_base, EntityType::location, EntityType::media};

struct EdgeStyle {
  const char* type;
  const char* color;
  const char* style;
  // Meetings and calls have no direction (graph::ActorGraph merges them as unordered pairs): drawn
  // without arrowheads, and aggregated over both directions.
  bool undirected;
};

constexpr EdgeStyle kEdgeStyles[] = {
    {"meeting", "#c62828", "bold", true},
    {"visit", "#1565c0", "solid", false},
    {"call", "#2e7d32", "dashed", true},
    {"statement", "#616161", "solid", false},
    {"holds_role", "#6a1b9a", "dotted", false},
    {"located_in", "#795548", "dotted", false},
    {"operates", "#ef6c00", "dashed", false},
    {"planned_meeting", "#e57373", "dashed", true},
    {"planned_visit", "#64b5f6", "dashed", false},
};

EdgeStyle edge_style(std::string_view type) {
  for (const EdgeStyle& s : kEdgeStyles)
    if (type == s.type) return s;
  return {"", "#000000", "solid", false};
}

// Plain labels and tooltips are escStrings: \n, \l, \N... are interpreted, so a literal backslash
// is doubled.
void append_esc(std::string& out, std::string_view s) {
  for (char c : s) {
    if (c == '\\') out += '\\';
    out += c;
  }
}

constexpr std::string_view kLri = "\xE2\x81\xA6";  // U+2066 LEFT-TO-RIGHT ISOLATE
constexpr std::string_view kPdi = "\xE2\x81\xA9";  // U+2069 POP DIRECTIONAL ISOLATE

// Longest line of a wrapped node label, in code points. Graphviz sizes each node to its label
// (fixedsize stays false), so wrapping is what keeps long names from stretching nodes into bars.
constexpr size_t kWrapWidth = 22;

size_t code_points(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// Appends `text` escaped, broken at spaces into lines of at most kWrapWidth code points ("\n"
// between lines); a longer word stays whole on its own line. Arabic wraps the same way: each
// line is laid out on its own, in logical order from top to bottom.
void append_wrapped(std::string& out, std::string_view text) {
  size_t line = 0;  // code points on the current line
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(pos, end - pos);
    const size_t width = code_points(word);
    if (!word.empty()) {
      if (line > 0 && line + 1 + width > kWrapWidth) {
        out += "\\n";
        line = 0;
      } else if (line > 0) {
        out += ' ';
        ++line;
      }
      append_esc(out, word);
      line += width;
    }
    pos = end + 1;
  }
}

std::string node_label(const graph::NodeProps& n, DotOptions::Labels labels) {
  const std::string& en = n.label;
  const std::string& ar = n.name_ar.empty() ? n.label : n.name_ar;
  std::string out;
  switch (labels) {
    case DotOptions::Labels::en: append_wrapped(out, en); break;
    case DotOptions::Labels::ar: append_wrapped(out, ar); break;
    case DotOptions::Labels::both:
      append_wrapped(out, en);
      if (ar != en) {
        out += "\\n";
        append_wrapped(out, ar);
      }
      break;
  }
  return out;
}

// An ISO date or date range kept left to right inside Arabic text (see dot.h).
std::string isolated(std::string_view text) {
  std::string out;
  out.reserve(text.size() + kLri.size() + kPdi.size());
  out += kLri;
  out += text;
  out += kPdi;
  return out;
}

// Object ids in order of creation. cgraph's default id discipline uses the address of a named
// object's interned name as its id, and agwrite writes subgraphs in id order: the clusters and the
// legend would come out in an order that changes from run to run. Here named objects get the even
// ids 2, 4, 6... in order of first use and anonymous ones the odd ids, as in the default. Names are
// interned with agstrdup like the default's (agwrite reads the string's header to tell HTML
// strings apart) and released with the graph's string pool on agclose. One IdState per graph;
// Graphviz calls are serialised on graphviz_mutex anyway.
struct IdState {
  Agraph_t* root;
  std::vector<char*> names;  // the name of id 2(i+1) at i
  std::unordered_map<std::string_view, IDTYPE> ids;
  IDTYPE next_anonymous = 1;
};

void* id_open(Agraph_t* g, Agdisc_t*) { return new IdState{g, {}, {}, 1}; }

long id_map(void* state, int /*objtype*/, char* name, IDTYPE* id, int create) {
  IdState& s = *static_cast<IdState*>(state);
  if (!name) {
    *id = s.next_anonymous;
    s.next_anonymous += 2;
    return 1;
  }
  if (const auto it = s.ids.find(name); it != s.ids.end()) {
    *id = it->second;
    return 1;
  }
  if (!create) return 0;
  s.names.push_back(agstrdup(s.root, name));
  *id = 2 * s.names.size();
  s.ids.emplace(s.names.back(), *id);
  return 1;
}

long id_alloc(void*, int, IDTYPE) { return 0; }  // no caller-chosen ids
void id_free(void*, int, IDTYPE) {}             // names live as long as the graph
char* id_print(void* state, int /*objtype*/, IDTYPE id) {
  IdState& s = *static_cast<IdState*>(state);
  return id % 2 == 0 && id / 2 <= s.names.size() ? s.names[id / 2 - 1] : nullptr;
}
void id_close(void* state) { delete static_cast<IdState*>(state); }
void id_register(void*, int, void*) {}

Agiddisc_t ordered_ids = {id_open, id_map, id_alloc, id_free, id_print, id_close, id_register};

// DOT text in memory: agwrite appends to a std::string, agread reads one (line by line, as
// Graphviz's own in-memory reader does).
struct TextReader {
  std::string_view text;
  size_t pos = 0;
};

int text_read(void* chan, char* buf, int size) {
  TextReader& r = *static_cast<TextReader*>(chan);
  if (size <= 0 || r.pos >= r.text.size()) return 0;
  const size_t newline = r.text.find('\n', r.pos);
  const size_t line_end = newline == std::string_view::npos ? r.text.size() : newline + 1;
  const size_t n = std::min(line_end - r.pos, static_cast<size_t>(size));
  std::memcpy(buf, r.text.data() + r.pos, n);
  r.pos += n;
  return static_cast<int>(n);
}
int text_append(void* chan, const char* s) {
  static_cast<std::string*>(chan)->append(s);
  return 0;
}
int text_flush(void*) { return 0; }

Agiodisc_t text_io = {text_read, text_append, text_flush};
Agdisc_t discipline = {&AgMemDisc, &ordered_ids, &text_io};

struct AgraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using AgraphPtr = std::unique_ptr<Agraph_t, AgraphCloser>;

// DOT strings have one escape, \" for a quote, and dot's lexer reads backslashes in pairs: `\\"`
// is two backslashes and the end of the string. So an odd run of backslashes cannot stand before
// a quote or at the end of a value; agwrite writes it anyway and dot then refuses the file. Such a
// run's last backslash is written as U+FE68 SMALL REVERSE SOLIDUS instead. Labels and tooltips
// (escStrings, every backslash doubled by append_esc) have even runs only and are never touched.
void append_dot_safe(std::string& out, std::string_view v) {
  size_t run = 0;  // backslashes just appended
  for (size_t i = 0; i <= v.size(); ++i) {
    const bool at_quote_or_end = i == v.size() || v[i] == '"';
    if (at_quote_or_end && run % 2 == 1) {
      out.pop_back();
      out += "\xEF\xB9\xA8";  // U+FE68
    }
    if (i == v.size()) break;
    out += v[i];
    run = v[i] == '\\' ? run + 1 : 0;
  }
}

// Text that is not valid UTF-8 becomes U+FFFD (as in the other exports): dot would warn on it.
void set(void* obj, const char* name, const std::string& value) {
  std::string scratch;
  const std::string_view v = detail::valid_utf8(value, scratch);
  if (v.find('\\') == std::string_view::npos) {
    agsafeset(obj, cs(name), v.data() == value.data() ? cs(value) : cs(scratch), cs(""));
    return;
  }
  std::string safe;
  safe.reserve(v.size() + 2);
  append_dot_safe(safe, v);
  agsafeset(obj, cs(name), cs(safe), cs(""));
}

// JSON text as a DOT value: the string escapes \" and \\ become \u0022 and \u005c (the same
// JSON), so no backslash ever stands before a quote (see append_dot_safe).
void set_json(void* obj, const char* name, std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (size_t i = 0; i < json.size(); ++i) {
    if (json[i] == '\\' && i + 1 < json.size()) {
      const char next = json[++i];
      if (next == '"') {
        out += "\\u0022";
      } else if (next == '\\') {
        out += "\\u005c";
      } else {
        out += '\\';
        out += next;
      }
    } else {
      out += json[i];
    }
  }
  agsafeset(obj, cs(name), cs(out), cs(""));
}

void set_html(Agraph_t* root, void* obj, const char* name, const std::string& html) {
  char* s = agstrdup_html(root, cs(html));
  agsafeset(obj, cs(name), s, cs(""));
  agstrfree(root, s);
}

void style_node(Agnode_t* n, EntityType t) {
  const Style s = node_style(t);
  set(n, "shape", s.shape);
  set(n, "fillcolor", s.fill);
  set(n, "color", s.line);
  set(n, "style", std::string("filled") + s.extra_style);
}

void add_legend(Agraph_t* g, const DotOptions& options) {
  Agraph_t* legend = agsubg(g, cs("cluster_legend"), 1);
  set(legend, "label", "Legend");
  set(legend, "style", "dashed");
  set(legend, "color", "#9e9e9e");
  for (EntityType t : kNodeTypes) {
    Agnode_t* n = agnode(legend, cs(std::string(kLegendPrefix) + std::string(to_string(t))), 1);
    set(n, "label", std::string(to_string(t)));
    style_node(n, t);
  }
  std::string table = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\">";
  for (const EdgeStyle& s : kEdgeStyles)
    // HTML labels cannot draw a dashed line: the line style is named instead
    table += std::string("<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"") + s.color + "\">" +
             (s.undirected ? "&#8212; " : "&#8594; ") + s.type +
             (std::string_view(s.style) == "solid" ? "" : std::string(" (") + s.style + ")") + "</FONT></TD></TR>";
  if (options.aggregate)
    table += "<TR><TD ALIGN=\"LEFT\">&#215;N: N events of one type</TD></TR>"
             "<TR><TD ALIGN=\"LEFT\">between a pair, first &#8230; last date</TD></TR>";
  if (options.state_clusters)
    table += "<TR><TD ALIGN=\"LEFT\">box: a state with its organisations,</TD></TR>"
             "<TR><TD ALIGN=\"LEFT\">bases and places</TD></TR>";
  table += "</TABLE>";
  Agnode_t* edges = agnode(legend, cs(std::string(kLegendPrefix) + "edges"), 1);
  set(edges, "shape", "plaintext");
  set(edges, "style", "solid");  // not filled like the actor nodes
  set_html(g, edges, "label", table);
}

// The state whose cluster holds vertex v (see dot.h), if any.
std::optional<graph::Vertex> home_state(const graph::ActorGraph& ag, graph::Vertex v) {
  const graph::Graph& bg = ag.graph();
  const graph::NodeProps& n = bg[v];
  if (n.type == EntityType::person || n.type == EntityType::state) return std::nullopt;
  if (!n.country.empty()) {
    if (std::optional<graph::Vertex> s = ag.find_node(n.country); s && bg[*s].type == EntityType::state && *s != v)
      return s;
  }
  for (graph::Edge e : boost::make_iterator_range(boost::out_edges(v, bg))) {
    const graph::Vertex t = boost::target(e, bg);
    if (bg[e].type == "located_in" && bg[t].type == EntityType::state) return t;
  }
  return std::nullopt;
}

// Parallel events of one type between one pair, in insertion order (see DotOptions::aggregate).
struct Group {
  std::vector<graph::Edge> edges;
};

struct GroupKey {
  std::string_view type;
  graph::Vertex a, b;
  bool operator==(const GroupKey&) const = default;
};

struct GroupKeyHash {
  size_t operator()(const GroupKey& k) const {
    size_t h = std::hash<std::string_view>{}(k.type);
    h ^= std::hash<graph::Vertex>{}(k.a) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h ^= std::hash<graph::Vertex>{}(k.b) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
  }
};

// The groups in the order of their first event. Edges of an undirected type join the group of
// either direction.
std::vector<Group> group_edges(const graph::ActorGraph& ag) {
  const graph::Graph& bg = ag.graph();
  std::vector<Group> groups;
  std::unordered_map<GroupKey, size_t, GroupKeyHash> index;
  index.reserve(ag.num_edges());
  for (size_t i = 0; i < ag.num_edges(); ++i) {
    const graph::Edge e = ag.edge_at(i);
    graph::Vertex a = boost::source(e, bg), b = boost::target(e, bg);
    if (edge_style(bg[e].type).undirected && b < a) std::swap(a, b);
    const auto [it, added] = index.try_emplace(GroupKey{bg[e].type, a, b}, groups.size());
    if (added) groups.emplace_back();
    groups[it->second].edges.push_back(e);
  }
  return groups;
}

// The data of one event as DOT attributes, so the file keeps what graph.json says of the edge.
void set_event_data(Agedge_t* ge, const graph::EdgeProps& p) {
  set(ge, "type", p.type);
  if (p.date) set(ge, "date", p.date->iso());
  set(ge, "precision", std::string(to_string(p.precision)));
  if (!p.place.empty()) set(ge, "place", p.place);
  if (p.sources.size() > 1) set(ge, "sources", std::to_string(p.sources.size()));
  const std::string attributes = detail::attributes_json(p);
  if (attributes != "{}") set_json(ge, "attributes", attributes);
  set_json(ge, "evidence", detail::provenance_json(p.evidence));
  std::string tooltip;
  for (const Evidence& ev : p.evidence) {
    if (!tooltip.empty()) tooltip += "\\n";
    append_esc(tooltip, ev.document);
    tooltip += ": ";
    append_esc(tooltip, ev.sentence);
  }
  set(ge, "tooltip", tooltip);
}

void style_edge(Agedge_t* ge, const EdgeStyle& s) {
  set(ge, "color", s.color);
  set(ge, "fontcolor", s.color);
  set(ge, "style", s.style);
  if (s.undirected) set(ge, "dir", "none");
}

Agedge_t* add_event_edge(Agraph_t* g, const std::vector<Agnode_t*>& nodes, const graph::ActorGraph& ag,
                         graph::Edge e) {
  const graph::Graph& bg = ag.graph();
  const graph::EdgeProps& p = bg[e];
  // The key keeps parallel events apart and names the edge in the file.
  Agedge_t* ge = agedge(g, nodes[boost::source(e, bg)], nodes[boost::target(e, bg)], cs(p.id), 1);
  if (!ge) return nullptr;
  const EdgeStyle s = edge_style(p.type);
  std::string label = p.type;
  if (p.date) label += " " + isolated(p.date->iso());
  set(ge, "label", label);
  style_edge(ge, s);
  set(ge, "id", p.id);  // SVG element id, for dashboards that script the drawing
  set_event_data(ge, p);
  return ge;
}

// One edge for a group of two or more events (see dot.h for its key and attributes).
Agedge_t* add_group_edge(Agraph_t* g, const std::vector<Agnode_t*>& nodes, const graph::ActorGraph& ag,
                         const Group& group) {
  const graph::Graph& bg = ag.graph();
  const graph::Edge first = group.edges.front();
  const graph::EdgeProps& p = bg[first];
  const std::string key = std::string(kAggregatePrefix) + p.id;
  Agedge_t* ge = agedge(g, nodes[boost::source(first, bg)], nodes[boost::target(first, bg)], cs(key), 1);
  if (!ge) return nullptr;
  std::optional<Date> lo, hi;
  std::vector<std::string> ids;
  ids.reserve(group.edges.size());
  std::string tooltip;
  for (graph::Edge e : group.edges) {
    const graph::EdgeProps& q = bg[e];
    ids.push_back(q.id);
    if (q.date) {
      if (!lo || *q.date < *lo) lo = q.date;
      if (!hi || *hi < *q.date) hi = q.date;
    }
    if (!tooltip.empty()) tooltip += "\\n";
    append_esc(tooltip, q.id);
    if (q.date) tooltip += " " + q.date->iso();
    if (!q.evidence.empty()) {
      tooltip += ": ";
      append_esc(tooltip, q.evidence.front().sentence);
    }
  }
  std::string label = p.type + " \xC3\x97" + std::to_string(group.edges.size());  // U+00D7 ×
  if (lo) {
    const std::string range = *lo == *hi ? lo->iso() : lo->iso() + " \xE2\x80\xA6 " + hi->iso();  // U+2026 …
    label += "\\n" + isolated(range);
  }
  const EdgeStyle s = edge_style(p.type);
  set(ge, "label", label);
  style_edge(ge, s);
  // Thicker with more events, slowly: 2 events 2pt, 8 events 4pt, at most 5pt.
  set(ge, "penwidth", std::to_string(std::min(5, 1 + static_cast<int>(std::log2(group.edges.size())))));
  set(ge, "id", key);
  set(ge, "type", p.type);
  set(ge, "count", std::to_string(group.edges.size()));
  set_json(ge, "events", detail::json_array(ids));
  if (lo) {
    set(ge, "date_from", lo->iso());
    set(ge, "date_to", hi->iso());
  }
  set(ge, "tooltip", tooltip);
  return ge;
}

void style_cluster(Agraph_t* cluster) {
  set(cluster, "style", "rounded,filled");
  set(cluster, "fillcolor", "#fffaf3");
  set(cluster, "color", "#d9a066");
}

// Builds the cgraph graph shared by write_dot and render. Caller holds graphviz_mutex.
Expected<AgraphPtr> build(const graph::ActorGraph& ag, const DotOptions& options) {
  AgraphPtr g(agopen(cs("actorgraph"), Agdirected, &discipline));
  if (!g) return Error{"", 0, "Graphviz could not create a graph", ""};
  Agraph_t* gp = g.get();
  agattr(gp, AGRAPH, cs("rankdir"), cs("LR"));
  // The ranking that ignores cluster boundaries: with the default one, dot 2.43 fails on the demo
  // graph's state clusters ("trouble in init_rank", then a crash or a double free in
  // gvFreeLayout); with this one it lays them out.
  agattr(gp, AGRAPH, cs("newrank"), cs("true"));
  agattr(gp, AGRAPH, cs("fontname"), cs("Amiri"));
  agattr(gp, AGRAPH, cs("charset"), cs("UTF-8"));
  agattr(gp, AGNODE, cs("fontname"), cs("Amiri"));
  // gvLayout declares this default process-wide (cgraph's protograph): declared here too, the file
  // is the same whether or not something was rendered before.
  agattr(gp, AGNODE, cs("label"), cs("\\N"));
  agattr(gp, AGNODE, cs("style"), cs("filled"));
  // Nodes grow to fit their (wrapped) labels: a fixed size would let long names overflow.
  agattr(gp, AGNODE, cs("fixedsize"), cs("false"));
  agattr(gp, AGEDGE, cs("fontname"), cs("Amiri"));
  agattr(gp, AGEDGE, cs("fontsize"), cs("10"));
  add_legend(gp, options);

  const graph::Graph& bg = ag.graph();
  // Which cluster each node goes in: the cluster of state s holds s and the nodes whose home
  // state is s; a state without such nodes gets no cluster.
  std::vector<std::optional<graph::Vertex>> home(ag.num_nodes());
  if (options.state_clusters) {
    for (graph::Vertex v : boost::make_iterator_range(boost::vertices(bg)))
      if ((home[v] = home_state(ag, v))) home[*home[v]] = *home[v];
  }
  std::vector<Agraph_t*> clusters(ag.num_nodes(), nullptr);  // by state vertex, made on first use
  std::vector<Agnode_t*> nodes(ag.num_nodes(), nullptr);
  for (graph::Vertex v : boost::make_iterator_range(boost::vertices(bg))) {
    const graph::NodeProps& p = bg[v];
    Agraph_t* parent = gp;
    if (home[v]) {
      Agraph_t*& c = clusters[*home[v]];
      if (!c) {
        c = agsubg(gp, cs("cluster_" + bg[*home[v]].id), 1);
        if (!c) return Error{"", 0, "Graphviz rejected the cluster of '" + bg[*home[v]].id + "'", ""};
        style_cluster(c);
      }
      parent = c;
    }
    Agnode_t* n = agnode(parent, cs(p.id), 1);
    if (!n) return Error{"", 0, "Graphviz rejected node '" + p.id + "'", ""};
    set(n, "label", node_label(p, options.labels));
    style_node(n, p.type);
    set(n, "type", std::string(to_string(p.type)));
    if (!p.name_en.empty()) set(n, "name_en", p.name_en);
    if (!p.name_ar.empty()) set(n, "name_ar", p.name_ar);
    if (!p.country.empty()) set(n, "country", p.country);
    nodes[v] = n;
  }

  if (options.aggregate) {
    for (const Group& group : group_edges(ag)) {
      Agedge_t* ge = group.edges.size() == 1 ? add_event_edge(gp, nodes, ag, group.edges.front())
                                             : add_group_edge(gp, nodes, ag, group);
      if (!ge) return Error{"", 0, "Graphviz rejected edge '" + bg[group.edges.front()].id + "'", ""};
    }
  } else {
    for (size_t i = 0; i < ag.num_edges(); ++i) {
      const graph::Edge e = ag.edge_at(i);
      if (!add_event_edge(gp, nodes, ag, e)) return Error{"", 0, "Graphviz rejected edge '" + bg[e].id + "'", ""};
    }
  }
  return g;
}

Error file_error(const std::string& path, const char* what) {
  return Error{path, 0, std::string(what) + ": " + std::strerror(errno), "a writable path"};
}

// The DOT text of the drawing. Caller holds graphviz_mutex.
Expected<std::string> dot_text(const graph::ActorGraph& ag, const DotOptions& options) {
  Expected<AgraphPtr> g = build(ag, options);
  if (!g) return g.error();
  std::string text;
  if (agwrite(g->get(), &text) != 0) return Error{"", 0, "Graphviz could not write the graph", ""};
  return text;
}

Status write_file(const std::string& path, const char* data, size_t length) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return file_error(path, "cannot open for writing");
  const bool ok = std::fwrite(data, 1, length, f) == length;
  if (std::fclose(f) != 0 || !ok) return file_error(path, "write failed");
  return Status::Ok();
}

// One Graphviz context for the process, never freed: the pango plugin keeps a pointer to the last
// font name it measured, which gvFreeContext frees, so a second context would read freed memory
// (AddressSanitizer reports it in Graphviz 2.43). Caller holds graphviz_mutex.
GVC_t* context() {
  static GVC_t* gvc = gvContext();
  return gvc;
}

// Lays out and renders the DOT text itself, read back, rather than the graph built in memory: dot's
// layout depends on the order of nodes and edges, which differs between the two (the file lists
// the clusters first), and the picture is then exactly what `dot` draws from graph.dot.
Status render(const graph::ActorGraph& ag, const std::string& path, const DotOptions& options, const char* format) {
  std::lock_guard<std::mutex> lock(graphviz_mutex);
  Expected<std::string> text = dot_text(ag, options);
  if (!text) return text.error();
  TextReader reader{*text};
  AgraphPtr g(agread(&reader, &discipline));
  if (!g) return Error{path, 0, "Graphviz could not read back its own DOT text", ""};
  GVC_t* gvc = context();
  if (!gvc) return Error{path, 0, "Graphviz could not create a context", ""};
  Status status;
  if (gvLayout(gvc, g.get(), "dot") != 0) {
    status = Error{path, 0, "Graphviz layout failed", "an installed dot layout plugin"};
  } else {
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(gvc, g.get(), format, &data, &length) != 0 || !data) {
      status = Error{path, 0, std::string("Graphviz could not render ") + format,
                     std::string("an installed ") + format + " render plugin"};
    } else {
      status = write_file(path, data, length);
    }
    if (data) gvFreeRenderData(data);
    gvFreeLayout(gvc, g.get());
  }
  return status;
}

}  // namespace

Status write_dot(const graph::ActorGraph& ag, const std::string& path, const DotOptions& options) {
  std::lock_guard<std::mutex> lock(graphviz_mutex);
  Expected<std::string> text = dot_text(ag, options);
  if (!text) return text.error();
  return write_file(path, text->data(), text->size());
}

Status render_svg(const graph::ActorGraph& ag, const std::string& path, const DotOptions& options) {
  return render(ag, path, options, "svg");
}

Status render_png(const graph::ActorGraph& ag, const std::string& path, const DotOptions& options) {
  return render(ag, path, options, "png");
}

}  // namespace actorgraph::exporters
