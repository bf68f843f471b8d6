// The Graphviz adapter: every cgraph/gvc call of the project lives here. Graphviz 2.42/2.43 takes
// non-const char* almost everywhere, hence the `cs` helper.
#include "actorgraph/export/dot.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <mutex>

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

struct EdgeStyle {
  const char* type;
  const char* color;
  const char* style;
};

constexpr EdgeStyle kEdgeStyles[] = {
    {"meeting", "#c62828", "bold"},        {"visit", "#1565c0", "solid"},
    {"call", "#2e7d32", "dashed"},         {"statement", "#616161", "solid"},
    {"holds_role", "#6a1b9a", "dotted"},   {"located_in", "#795548", "dotted"},
    {"operates", "#ef6c00", "dashed"},     {"planned_meeting", "#e57373", "dashed"},
    {"planned_visit", "#64b5f6", "dashed"},
};

EdgeStyle edge_style(const std::string& type) {
  for (const EdgeStyle& s : kEdgeStyles)
    if (type == s.type) return s;
  return {"", "#000000", "solid"};
}

// Plain labels are escStrings: \n, \l, \N... are interpreted, so a literal backslash is doubled.
std::string esc(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\\') out += '\\';
    out += c;
  }
  return out;
}

constexpr const char* kLri = "\xE2\x81\xA6";  // U+2066 LEFT-TO-RIGHT ISOLATE
constexpr const char* kPdi = "\xE2\x81\xA9";  // U+2069 POP DIRECTIONAL ISOLATE

std::string node_label(const graph::NodeProps& n) {
  std::string label = esc(n.label);
  if (!n.name_ar.empty() && n.name_ar != n.label) label += "\\n" + esc(n.name_ar);
  return label;
}

std::string edge_label(const graph::EdgeProps& e) {
  std::string label = esc(e.type);
  if (e.date) label += std::string(" ") + kLri + e.date->iso() + kPdi;
  return label;
}

struct AgraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using AgraphPtr = std::unique_ptr<Agraph_t, AgraphCloser>;

void set(void* obj, const char* name, const std::string& value) { agsafeset(obj, cs(name), cs(value), cs("")); }

void add_legend(Agraph_t* g) {
  Agraph_t* legend = agsubg(g, cs("cluster_legend"), 1);
  set(legend, "label", "Legend");
  set(legend, "style", "dashed");
  set(legend, "color", "#9e9e9e");
  for (EntityType t : {EntityType::person, EntityType::state, EntityType::organization, EntityType::military_base,
                       EntityType::location, EntityType::media}) {
    const std::string name = std::string(kLegendPrefix) + std::string(to_string(t));
    Agnode_t* n = agnode(legend, cs(name), 1);
    const Style s = node_style(t);
    set(n, "label", std::string(to_string(t)));
    set(n, "shape", s.shape);
    set(n, "fillcolor", s.fill);
    set(n, "color", s.line);
    set(n, "style", std::string("filled") + s.extra_style);
  }
  std::string table = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\">";
  for (const EdgeStyle& s : kEdgeStyles)
    table += std::string("<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"") + s.color + "\">&#8594; " + s.type +
             "</FONT></TD></TR>";
  table += "</TABLE>";
  Agnode_t* edges = agnode(legend, cs(std::string(kLegendPrefix) + "edges"), 1);
  set(edges, "shape", "plaintext");
  set(edges, "style", "solid");  // not filled like the actor nodes
  char* html = agstrdup_html(g, cs(table));
  agsafeset(edges, cs("label"), html, cs(""));
  agstrfree(g, html);
}

// Builds the cgraph graph shared by write_dot and render_svg. Caller holds graphviz_mutex.
Expected<AgraphPtr> build(const graph::ActorGraph& ag) {
  AgraphPtr g(agopen(cs("actorgraph"), Agdirected, nullptr));
  if (!g) return Error{"", 0, "Graphviz could not create a graph", ""};
  Agraph_t* gp = g.get();
  agattr(gp, AGRAPH, cs("rankdir"), cs("LR"));
  agattr(gp, AGRAPH, cs("fontname"), cs("Amiri"));
  agattr(gp, AGRAPH, cs("charset"), cs("UTF-8"));
  agattr(gp, AGNODE, cs("fontname"), cs("Amiri"));
  agattr(gp, AGNODE, cs("style"), cs("filled"));
  agattr(gp, AGEDGE, cs("fontname"), cs("Amiri"));
  agattr(gp, AGEDGE, cs("fontsize"), cs("10"));
  add_legend(gp);

  const graph::Graph& bg = ag.graph();
  std::vector<Agnode_t*> nodes(ag.num_nodes(), nullptr);
  for (graph::Vertex v : boost::make_iterator_range(boost::vertices(bg))) {
    const graph::NodeProps& p = bg[v];
    Agnode_t* n = agnode(gp, cs(p.id), 1);
    if (!n) return Error{"", 0, "Graphviz rejected node '" + p.id + "'", ""};
    const Style s = node_style(p.type);
    set(n, "label", node_label(p));
    set(n, "shape", s.shape);
    set(n, "fillcolor", s.fill);
    set(n, "color", s.line);
    set(n, "style", std::string("filled") + s.extra_style);
    nodes[v] = n;
  }
  for (size_t i = 0; i < ag.num_edges(); ++i) {
    const graph::Edge e = ag.edge_at(i);
    const graph::EdgeProps& p = bg[e];
    // The key keeps parallel events apart and names the edge in the file.
    Agedge_t* ge = agedge(gp, nodes[boost::source(e, bg)], nodes[boost::target(e, bg)], cs(p.id), 1);
    if (!ge) return Error{"", 0, "Graphviz rejected edge '" + p.id + "'", ""};
    const EdgeStyle s = edge_style(p.type);
    set(ge, "label", edge_label(p));
    set(ge, "color", s.color);
    set(ge, "fontcolor", s.color);
    set(ge, "style", s.style);
    set(ge, "id", p.id);  // SVG element id, for dashboards that script the drawing
  }
  return g;
}

Error file_error(const std::string& path, const char* what) {
  return Error{path, 0, std::string(what) + ": " + std::strerror(errno), "a writable path"};
}

}  // namespace

Status write_dot(const graph::ActorGraph& ag, const std::string& path, const DotOptions& /*options*/) {
  std::lock_guard<std::mutex> lock(graphviz_mutex);
  Expected<AgraphPtr> g = build(ag);
  if (!g) return g.error();
  FILE* f = std::fopen(path.c_str(), "w");
  if (!f) return file_error(path, "cannot open for writing");
  const int rc = agwrite(g->get(), f);
  if (std::fclose(f) != 0 || rc != 0) return file_error(path, "write failed");
  return Status::Ok();
}

namespace {
Status render(const graph::ActorGraph& ag, const std::string& path, const char* format) {
  std::lock_guard<std::mutex> lock(graphviz_mutex);
  Expected<AgraphPtr> g = build(ag);
  if (!g) return g.error();
  GVC_t* gvc = gvContext();
  if (!gvc) return Error{path, 0, "Graphviz could not create a context", ""};
  Status status;
  if (gvLayout(gvc, g->get(), "dot") != 0) {
    status = Error{path, 0, "Graphviz layout failed", "an installed dot layout plugin"};
  } else {
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(gvc, g->get(), format, &data, &length) != 0 || !data) {
      status = Error{path, 0, std::string("Graphviz could not render ") + format, std::string("an installed ") + format + " render plugin"};
    } else {
      FILE* f = std::fopen(path.c_str(), "wb");
      if (!f) {
        status = file_error(path, "cannot open for writing");
      } else {
        const bool ok = std::fwrite(data, 1, length, f) == length;
        if (std::fclose(f) != 0 || !ok) status = file_error(path, "write failed");
      }
    }
    if (data) gvFreeRenderData(data);
    gvFreeLayout(gvc, g->get());
  }
  g->reset();  // agclose before the context goes
  gvFreeContext(gvc);
  return status;
}
}  // namespace

Status render_svg(const graph::ActorGraph& ag, const std::string& path, const DotOptions& /*options*/) {
  return render(ag, path, "svg");
}

Status render_png(const graph::ActorGraph& ag, const std::string& path, const DotOptions& /*options*/) {
  return render(ag, path, "png");
}

}  // namespace actorgraph::exporters
