#include "actorgraph/graph/actor_graph.h"

#include <algorithm>
#include <cstdlib>
#include <charconv>
#include <climits>
#include <functional>
#include <utility>

#include "actorgraph/extract/text.h"
#include "actorgraph/graph/person_name.h"

namespace actorgraph::graph {
namespace {

enum class KeyKind { dated, relation, statement };

KeyKind key_kind(std::string_view type) {
  if (type == "holds_role" || type == "located_in" || type == "operates") return KeyKind::relation;
  if (type == "statement") return KeyKind::statement;
  return KeyKind::dated;
}

bool is_unordered(std::string_view type) {
  return type == "meeting" || type == "call" || type == "planned_meeting";
}

std::string_view attr(const std::map<std::string, std::string>& m, const char* key) {
  auto it = m.find(key);
  return it == m.end() ? std::string_view{} : std::string_view{it->second};
}

// What else, besides type and parties, must be equal for two events to be one.
std::string_view extra_of(std::string_view type, const std::map<std::string, std::string>& attrs) {
  switch (key_kind(type)) {
    case KeyKind::relation: return attr(attrs, "title");
    case KeyKind::statement: return attr(attrs, "quote");
    case KeyKind::dated: break;
  }
  return {};
}

constexpr long kNoDate = LONG_MIN;

long year_bucket(const std::optional<Date>& d) { return d ? d->year : kNoDate; }

// Is `d` inside the window that an event dated `center` with precision `p` stands for?
bool in_window(const Date& d, DatePrecision p, const Date& center) {
  switch (p) {
    case DatePrecision::day:
    case DatePrecision::document: return d == center;
    case DatePrecision::approx: {
      long diff = d.to_days() - center.to_days();
      return diff >= -7 && diff <= 7;
    }
    case DatePrecision::month: return d.year == center.year && d.month == center.month;
    case DatePrecision::year: return d.year == center.year;
  }
  return false;
}

bool dates_compatible(const EdgeProps& e, const Event& ev, bool same_article) {
  bool doc1 = e.precision == DatePrecision::document, doc2 = ev.precision == DatePrecision::document;
  if (same_article && (doc1 || doc2)) return true;
  if (!e.date || !ev.date) return same_article && !e.date && !ev.date;
  if (doc1 || doc2) return *e.date == *ev.date;
  return in_window(*ev.date, e.precision, *e.date) || in_window(*e.date, ev.precision, *ev.date);
}

EntityType type_from_id(std::string_view id) {
  std::string_view prefix = id.substr(0, id.find('/'));
  if (prefix == "state") return EntityType::state;
  if (prefix == "person") return EntityType::person;
  if (prefix == "org" || prefix == "organization") return EntityType::organization;
  if (prefix == "base" || prefix == "military_base") return EntityType::military_base;
  if (prefix == "media") return EntityType::media;
  return EntityType::location;
}

void fill(std::string& dst, const std::string& src) {
  if (dst.empty() && !src.empty()) dst = src;
}

void merge_aliases(std::vector<std::string>& dst, const std::vector<std::string>& src) {
  for (const std::string& a : src)
    if (!a.empty() && std::find(dst.begin(), dst.end(), a) == dst.end()) dst.push_back(a);
}

void merge_roles(std::vector<Role>& dst, const std::vector<Role>& src) {
  for (const Role& r : src) {
    auto it = std::find_if(dst.begin(), dst.end(), [&](const Role& x) {
      return x.title == r.title && x.of == r.of && x.former == r.former;
    });
    if (it == dst.end()) {
      dst.push_back(r);
      continue;
    }
    fill(it->title_ar, r.title_ar);
    if (!it->from) it->from = r.from;
    if (!it->to) it->to = r.to;
  }
}

// The state a person or organisation belongs to: its country, else the first state it holds a
// role of.
std::string_view country_of(const std::string& country, const std::vector<Role>& roles) {
  if (!country.empty()) return country;
  for (const Role& r : roles)
    if (r.of.rfind("state/", 0) == 0) return r.of;
  return {};
}

// Same country or one unknown, and no current role with the same title held for different
// states or organisations (a Syrian and a Turkish defence minister are two people).
bool profiles_compatible(const NodeProps& n, const EntityRecord& rec) {
  std::string_view a = country_of(n.country, n.roles), b = country_of(rec.country, rec.roles);
  if (!a.empty() && !b.empty() && a != b) return false;
  for (const Role& x : n.roles)
    for (const Role& y : rec.roles)
      if (x.title == y.title && !x.former && !y.former && !x.of.empty() && !y.of.empty() && x.of != y.of)
        return false;
  return true;
}

size_t word_count(std::string_view key) {
  return key.empty() ? 0 : 1 + static_cast<size_t>(std::count(key.begin(), key.end(), ' '));
}

// The names a record or node can be matched on exactly: its Arabic and English names.
template <class F>
void exact_names(const std::string& name_ar, const std::string& name_en, F&& f) {
  if (!name_ar.empty()) f(normalize_key(name_ar));
  if (!name_en.empty()) f(normalize_key(name_en));
}

// The name a person's skeleton is taken from: the Arabic name, else the English name or label.
const std::string& skeleton_source(const std::string& name_ar, const std::string& name_en, const std::string& label) {
  return !name_ar.empty() ? name_ar : !name_en.empty() ? name_en : label;
}

// The node's name in the script of `pn`, for names_compatible.
PersonName node_name_like(const NodeProps& n, const PersonName& pn) {
  if (!pn.latin) return person_name(n.name_ar);
  return person_name(!n.name_en.empty() ? n.name_en : n.label);
}

uint64_t mix(uint64_t h, uint64_t v) {
  // boost::hash_combine's recipe, widened to 64 bits.
  return h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 12) + (h >> 4));
}

}  // namespace

int precision_rank(DatePrecision p) {
  switch (p) {
    case DatePrecision::day: return 0;
    case DatePrecision::approx: return 1;
    case DatePrecision::month: return 2;
    case DatePrecision::year: return 3;
    case DatePrecision::document: return 4;
  }
  return 5;
}

std::optional<Vertex> ActorGraph::find_node(std::string_view id) const {
  auto it = node_index_.find(id);
  if (it == node_index_.end()) return std::nullopt;
  return it->second;
}

std::string ActorGraph::outlet_from(const Document& doc) {
  std::string_view u = doc.url;
  if (auto scheme = u.find("://"); scheme != std::string_view::npos) u.remove_prefix(scheme + 3);
  u = u.substr(0, u.find_first_of("/?#"));
  if (auto at = u.rfind('@'); at != std::string_view::npos) u.remove_prefix(at + 1);
  u = u.substr(0, u.find(':'));
  std::string host(u);
  for (char& c : host)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  while (!host.empty() && host.back() == '.') host.pop_back();
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host.empty() ? doc.id : host;
}

const std::string& ActorGraph::outlet_of(const std::string& document_id) const {
  auto it = document_index_.find(document_id);
  return it == document_index_.end() ? document_id : outlets_[it->second];
}

Vertex ActorGraph::insert_node(NodeProps props) {
  assert(!node_index_.count(props.id));
  // Boost's add_vertex(props, g) copies the properties it is given: add an empty vertex and move
  // them in.
  const Vertex v = boost::add_vertex(g_);
  g_[v] = std::move(props);
  node_index_.emplace(g_[v].id, v);
  for (const std::string& m : g_[v].merged_ids) node_index_.emplace(m, v);
  return v;  // person names indexed by the next add(), as edges are
}

void ActorGraph::index_new_nodes() {
  for (; indexed_nodes_ < boost::num_vertices(g_); ++indexed_nodes_) index_person(indexed_nodes_, true, 0);
}

const std::string& ActorGraph::outlet_of_cited(const std::string& document_id) {
  if (last_cited_ < documents_.size() && documents_[last_cited_].id == document_id) return outlets_[last_cited_];
  auto it = document_index_.find(document_id);
  if (it == document_index_.end()) return document_id;
  last_cited_ = it->second;
  return outlets_[last_cited_];
}

bool ActorGraph::insert_document(Document doc) {
  auto [it, fresh] = document_index_.emplace(doc.id, documents_.size());
  if (!fresh) return false;
  doc.text.clear();
  doc.text.shrink_to_fit();
  outlets_.push_back(outlet_from(doc));
  documents_.push_back(std::move(doc));
  return true;
}

Edge ActorGraph::edge_at(size_t i) const {
  const EdgeRef& r = edges_[i];
  return *(boost::out_edges(r.source, g_).first + r.position);
}

std::vector<Edge> ActorGraph::edges_in_order() const {
  std::vector<Edge> out;
  out.reserve(edges_.size());
  for (size_t i = 0; i < edges_.size(); ++i) out.push_back(edge_at(i));
  return out;
}

Edge ActorGraph::insert_edge(Vertex source, Vertex target, EdgeProps props) {
  // Keep generated ids clear of ids read back from a file.
  if (props.id.size() > 1 && props.id[0] == 'e') {
    uint64_t n = 0;
    auto [p, ec] = std::from_chars(props.id.data() + 1, props.id.data() + props.id.size(), n);
    if (ec == std::errc() && p == props.id.data() + props.id.size() && n >= next_edge_id_)
      next_edge_id_ = n + 1;
  }
  if (!props.evidence.empty()) {
    props.sources.clear();
    for (const Evidence& ev : props.evidence) props.sources.insert(outlet_of_cited(ev.document));
  }
  const auto position = static_cast<uint32_t>(boost::out_degree(source, g_));
  // Boost's add_edge(s, t, props, g) copies the properties twice (evidence sentences and all): add
  // the edge bare and move them in.
  const Edge e = boost::add_edge(source, target, g_).first;
  g_[e] = std::move(props);
  edges_.push_back(EdgeRef{source, position});
  return e;  // indexed by the next add(): a graph read only for queries never builds the index
}

void ActorGraph::index_new_edges() {
  for (; indexed_edges_ < edges_.size(); ++indexed_edges_) index_edge(static_cast<uint32_t>(indexed_edges_));
}

uint64_t ActorGraph::party_key(std::string_view type, Vertex s, Vertex t, std::string_view extra) const {
  if (is_unordered(type) && t < s) std::swap(s, t);
  uint64_t h = std::hash<std::string_view>{}(type);
  h = mix(h, s);
  h = mix(h, t);
  return mix(h, std::hash<std::string_view>{}(extra));
}

void ActorGraph::index_edge(uint32_t i) {
  const Edge e = edge_at(i);
  const EdgeProps& p = g_[e];
  uint64_t key = party_key(p.type, boost::source(e, g_), boost::target(e, g_), extra_of(p.type, p.attributes));
  switch (key_kind(p.type)) {
    case KeyKind::relation: break;
    case KeyKind::statement: key = mix(key, p.date ? static_cast<uint64_t>(p.date->to_days()) : ~0ULL); break;
    case KeyKind::dated: key = mix(key, static_cast<uint64_t>(year_bucket(p.date))); break;
  }
  std::vector<uint32_t>& bucket = edge_index_[key];
  if (std::find(bucket.begin(), bucket.end(), i) == bucket.end()) bucket.push_back(i);
}

Vertex ActorGraph::node_for_id(const std::string& id) {
  if (auto it = node_index_.find(id); it != node_index_.end()) return it->second;
  NodeProps p;
  p.id = id;
  p.type = type_from_id(id);
  p.label = id;
  const Vertex v = insert_node(std::move(p));
  index_new_nodes();
  return v;
}

Vertex ActorGraph::vertex_for(const std::string& id, const LocalIds& local) {
  if (auto it = local.find(id); it != local.end()) return it->second;
  return node_for_id(id);
}

void ActorGraph::index_person(Vertex v, bool names, size_t first_alias) {
  const NodeProps& n = g_[v];
  if (n.type != EntityType::person) return;
  auto put = [&](std::string key) {
    std::vector<Vertex>& bucket = person_index_[std::move(key)];
    if (std::find(bucket.begin(), bucket.end(), v) == bucket.end()) bucket.push_back(v);
  };
  if (names) {
    exact_names(n.name_ar, n.name_en, [&](std::string k) {
      if (!k.empty()) put("x:" + k);
    });
    if (!n.in_gazetteer) {
      // Arabic skeleton, and the Latin one of the English name or transliterated label so an
      // English article's spelling can meet it.
      for (const std::string* name : {&n.name_ar, n.name_en.empty() ? &n.label : &n.name_en}) {
        if (name->empty() || *name == n.id) continue;
        std::string k = person_name(*name).key();
        if (!k.empty()) put("s:" + k);
      }
    }
  }
  // An actor-base person also matches exactly on its multi-word surface forms; single words
  // (a bare surname) are too weak.
  if (n.in_gazetteer)
    for (size_t i = first_alias; i < n.aliases.size(); ++i)
      if (std::string k = normalize_key(n.aliases[i]); word_count(k) >= 2) put("x:" + k);
}

void ActorGraph::alias_id(Vertex v, const std::string& id) {
  NodeProps& n = g_[v];
  if (id.empty() || id == n.id) return;
  if (!node_index_.emplace(id, v).second) return;  // the id is another node's
  n.merged_ids.push_back(id);
}

Vertex ActorGraph::new_node(const EntityRecord& rec, std::string id) {
  NodeProps p;
  p.id = std::move(id);
  p.type = rec.type;
  p.label = rec.label;
  p.name_ar = rec.name_ar;
  p.name_en = rec.name_en;
  merge_aliases(p.aliases, rec.aliases);
  merge_roles(p.roles, rec.roles);
  p.country = rec.country;
  p.in_gazetteer = rec.in_gazetteer;
  if (p.label.empty()) p.label = !p.name_en.empty() ? p.name_en : !p.name_ar.empty() ? p.name_ar : p.id;
  const Vertex v = insert_node(std::move(p));
  index_new_nodes();
  return v;
}

void ActorGraph::merge_record(Vertex v, const EntityRecord& rec) {
  NodeProps& p = g_[v];
  const size_t aliases_before = p.aliases.size();
  const bool had_ar = !p.name_ar.empty(), had_en = !p.name_en.empty();
  // A bare node made for an id seen only in an event gets its real description now.
  if (p.label == p.id && !rec.label.empty()) {
    p.label = rec.label;
    p.type = rec.type;
  }
  // Another spelling of the name stays findable as an alias.
  for (const std::string* name : {&rec.name_ar, &rec.name_en}) {
    const std::string& mine = name == &rec.name_ar ? p.name_ar : p.name_en;
    if (!name->empty() && !mine.empty() && *name != mine) merge_aliases(p.aliases, {*name});
  }
  fill(p.name_ar, rec.name_ar);
  fill(p.name_en, rec.name_en);
  fill(p.country, rec.country);
  merge_aliases(p.aliases, rec.aliases);
  merge_roles(p.roles, rec.roles);
  const bool names_now = (!had_ar && !p.name_ar.empty()) || (!had_en && !p.name_en.empty());
  if (names_now || p.aliases.size() > aliases_before) index_person(v, names_now, aliases_before);
}

std::optional<Vertex> ActorGraph::resolve_person(const EntityRecord& rec) const {
  // 1. The same id: the extractor made the same slug from (nearly) the same name.
  if (auto it = node_index_.find(rec.id); it != node_index_.end()) {
    const NodeProps& n = g_[it->second];
    bool exact = !n.in_gazetteer;
    if (n.in_gazetteer)
      exact_names(rec.name_ar, rec.name_en, [&](const std::string& k) {
        auto b = person_index_.find("x:" + k);
        if (b != person_index_.end() && std::find(b->second.begin(), b->second.end(), it->second) != b->second.end())
          exact = true;
      });
    if (n.type == EntityType::person && exact && profiles_compatible(n, rec)) return it->second;
  }
  // 2. An actor-base person with exactly this name.
  std::optional<Vertex> hit;
  exact_names(rec.name_ar, rec.name_en, [&](const std::string& k) {
    if (hit) return;
    auto b = person_index_.find("x:" + k);
    if (b == person_index_.end()) return;
    for (Vertex v : b->second)
      if (g_[v].in_gazetteer && profiles_compatible(g_[v], rec)) {
        hit = v;
        return;
      }
  });
  if (hit) return hit;
  // 3. A person outside the actor base with a compatible name and profile.
  const PersonName pn = person_name(skeleton_source(rec.name_ar, rec.name_en, rec.label));
  const std::string key = pn.key();
  if (key.empty()) return std::nullopt;
  auto b = person_index_.find("s:" + key);
  if (b == person_index_.end()) return std::nullopt;
  for (Vertex v : b->second) {
    const NodeProps& n = g_[v];
    if (!n.in_gazetteer && profiles_compatible(n, rec) && names_compatible(pn, node_name_like(n, pn))) return v;
  }
  return std::nullopt;
}

void ActorGraph::absorb_into_gazetteer(Vertex v, const EntityRecord& rec) {
  NodeProps& n = g_[v];
  const std::string old_id = n.id;
  if (!n.name_ar.empty() && n.name_ar != rec.name_ar) merge_aliases(n.aliases, {n.name_ar});
  n.id = rec.id;
  n.in_gazetteer = true;
  n.label = !rec.label.empty() ? rec.label : n.label;
  if (!rec.name_ar.empty()) n.name_ar = rec.name_ar;
  if (!rec.name_en.empty()) n.name_en = rec.name_en;
  fill(n.country, rec.country);
  merge_aliases(n.aliases, rec.aliases);
  merge_roles(n.roles, rec.roles);
  node_index_[rec.id] = v;
  n.merged_ids.push_back(old_id);  // node_index_ keeps old_id → v
  // Attributes written before (host, via) named the node by its old id.
  auto rename = [&](Edge e) {
    for (auto& [k, val] : g_[e].attributes)
      if (val == old_id) val = rec.id;
  };
  for (Edge e : boost::make_iterator_range(boost::out_edges(v, g_))) rename(e);
  for (Edge e : boost::make_iterator_range(boost::in_edges(v, g_))) rename(e);
  index_person(v, true, 0);
}

Vertex ActorGraph::upsert_node(const EntityRecord& rec) {
  if (rec.type == EntityType::person && !rec.in_gazetteer) {
    if (std::optional<Vertex> v = resolve_person(rec)) {
      merge_record(*v, rec);
      alias_id(*v, rec.id);
      return *v;
    }
    // A new person; the same id on a person it is not compatible with gets a suffix.
    std::string id = rec.id;
    for (int k = 2; node_index_.count(id); ++k) id = rec.id + "-" + std::to_string(k);
    return new_node(rec, std::move(id));
  }
  if (auto it = node_index_.find(rec.id); it != node_index_.end()) {
    merge_record(it->second, rec);
    return it->second;
  }
  if (rec.type == EntityType::person) {
    // An actor-base person arriving after a text-only node with exactly its name: the node
    // becomes the actor-base person.
    std::optional<Vertex> hit;
    auto probe = [&](const std::string& k) {
      if (hit || word_count(k) < 2) return;
      auto b = person_index_.find("x:" + k);
      if (b == person_index_.end()) return;
      for (Vertex v : b->second)
        if (!g_[v].in_gazetteer && profiles_compatible(g_[v], rec)) {
          hit = v;
          return;
        }
    };
    exact_names(rec.name_ar, rec.name_en, probe);
    for (const std::string& a : rec.aliases) probe(normalize_key(a));
    if (hit) {
      absorb_into_gazetteer(*hit, rec);
      return *hit;
    }
  }
  return new_node(rec, rec.id);
}

void ActorGraph::merge_into(uint32_t i, const Event& ev, const std::string& outlet) {
  EdgeProps& p = g_[edge_at(i)];
  // Evidence of one document is contiguous at the end (documents are added one at a time), so a
  // backward scan over this document's items finds a repeated report without scanning everything.
  bool dup = false;
  for (auto it = p.evidence.rbegin(); it != p.evidence.rend() && it->document == ev.evidence.document; ++it)
    if (it->start == ev.evidence.start && it->end == ev.evidence.end) dup = true;
  if (!dup) p.evidence.push_back(ev.evidence);
  p.sources.insert(outlet);
  for (const auto& [k, v] : ev.attributes) p.attributes.emplace(k, v);
  fill(p.place, ev.place);
  if (ev.date && (!p.date || precision_rank(ev.precision) < precision_rank(p.precision))) {
    bool moved = !p.date || p.date->year != ev.date->year;
    p.date = ev.date;
    p.precision = ev.precision;
    if (moved && key_kind(p.type) == KeyKind::dated) index_edge(i);
  }
}

void ActorGraph::add_event(const Event& in, const std::string& outlet, const LocalIds& local,
                           std::vector<uint32_t>& touched) {
  if (in.source.empty() || in.type.empty()) return;  // nothing to attach it to
  Vertex s = vertex_for(in.source, local);
  Vertex t = in.target.empty() ? s : vertex_for(in.target, local);
  // Ids in the place and in attributes (host, via) follow merged nodes too; copy the event only
  // when one of them changes.
  std::optional<Event> fixed;
  if (!in.place.empty()) {
    const std::string& pid = g_[vertex_for(in.place, local)].id;
    if (pid != in.place) (fixed ? *fixed : fixed.emplace(in)).place = pid;
  }
  for (const auto& [k, val] : in.attributes) {
    auto it = local.find(val);
    if (it != local.end() && g_[it->second].id != val) (fixed ? *fixed : fixed.emplace(in)).attributes[k] = g_[it->second].id;
  }
  const Event& ev = fixed ? *fixed : in;
  const std::string_view extra = extra_of(ev.type, ev.attributes);
  const KeyKind kind = key_kind(ev.type);
  const bool unordered = is_unordered(ev.type);

  auto same_parties = [&](uint32_t i) {
    const Edge e = edge_at(i);
    const EdgeProps& p = g_[e];
    if (p.type != ev.type || extra_of(p.type, p.attributes) != extra) return false;
    Vertex a = boost::source(e, g_), b = boost::target(e, g_);
    return (a == s && b == t) || (unordered && a == t && b == s);
  };
  auto matches = [&](uint32_t i, bool same_article) {
    if (!same_parties(i)) return false;
    const EdgeProps& p = g_[edge_at(i)];
    switch (kind) {
      case KeyKind::relation: return true;
      case KeyKind::statement: return p.date == ev.date;
      case KeyKind::dated: return dates_compatible(p, ev, same_article);
    }
    return false;
  };

  std::optional<uint32_t> hit;
  // Within one article, an undated mention («منذ زيارة الشرع إلى روسيا») joins the event of the
  // same parties whose date is nearest the article's: background events lie further back.
  long best_gap = 0;
  for (uint32_t i : touched) {
    if (!matches(i, true)) continue;
    const EdgeProps& p = g_[edge_at(i)];
    long gap = ev.precision == DatePrecision::document && ev.date && p.date
                   ? std::labs(p.date->to_days() - ev.date->to_days())
                   : 0;
    if (!hit || gap < best_gap) {
      hit = i;
      best_gap = gap;
    }
    if (gap == 0) break;
  }
  if (!hit) {
    const uint64_t base = party_key(ev.type, s, t, extra);
    auto probe = [&](uint64_t key) {
      auto it = edge_index_.find(key);
      if (it == edge_index_.end()) return;
      for (uint32_t i : it->second)
        if (matches(i, false)) { hit = i; return; }
    };
    switch (kind) {
      case KeyKind::relation: probe(base); break;
      case KeyKind::statement: probe(mix(base, ev.date ? static_cast<uint64_t>(ev.date->to_days()) : ~0ULL)); break;
      case KeyKind::dated:
        if (!ev.date) break;  // an unknown date merges only within its article
        // An approx window reaches at most 7 days into the neighbouring year.
        for (long y : {ev.date->year - 1L, static_cast<long>(ev.date->year), ev.date->year + 1L}) {
          if (y != ev.date->year && ev.date->add_days(y < ev.date->year ? -7 : 7).year != y) continue;
          probe(mix(base, static_cast<uint64_t>(y)));
          if (hit) break;
        }
        break;
    }
  }
  if (hit) {
    merge_into(*hit, ev, outlet);
  } else {
    EdgeProps p;
    p.id = "e" + std::to_string(next_edge_id_);
    p.type = ev.type;
    p.date = ev.date;
    p.precision = ev.precision;
    p.place = ev.place;
    p.attributes = ev.attributes;
    p.evidence.push_back(ev.evidence);
    p.sources.insert(outlet);
    insert_edge(s, t, std::move(p));
    index_new_edges();
    hit = static_cast<uint32_t>(edges_.size() - 1);
  }
  if (std::find(touched.begin(), touched.end(), *hit) == touched.end()) touched.push_back(*hit);
}

void ActorGraph::add(const ArticleResult& article) {
  // Nodes and edges inserted since the last add() join the indexes first, in insertion order, as
  // they were (nothing changes them between insert_* and here), so merging sees what it would have
  // seen had they been indexed on insertion.
  index_new_nodes();
  index_new_edges();
  Document doc;
  doc.id = article.document.id;
  doc.url = article.document.url;
  doc.date = article.document.date;
  doc.lang = article.document.lang;
  doc.title = article.document.title;
  insert_document(std::move(doc));
  // This article's ids → nodes: an id resolved to another node (a spelling variant, or a
  // namesake that got a suffixed id) must carry this article's events to that node.
  LocalIds local;
  local.reserve(article.entities.size());
  for (const EntityRecord& rec : article.entities)
    if (!rec.id.empty()) local.emplace(rec.id, upsert_node(rec));
  std::vector<uint32_t> touched;
  touched.reserve(article.events.size());
  const std::string& outlet = outlet_of(article.document.id);
  for (const Event& ev : article.events)
    add_event(ev, ev.evidence.document == article.document.id ? outlet : outlet_of(ev.evidence.document), local, touched);
}

}  // namespace actorgraph::graph
