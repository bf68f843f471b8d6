#include "actorgraph/graph/actor_graph.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <functional>
#include <utility>

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
  auto it = node_index_.find(std::string(id));
  if (it == node_index_.end()) return std::nullopt;
  return it->second;
}

Vertex ActorGraph::insert_node(NodeProps props) {
  assert(!node_index_.count(props.id));
  std::string id = props.id;
  Vertex v = boost::add_vertex(std::move(props), g_);
  node_index_.emplace(std::move(id), v);
  return v;
}

bool ActorGraph::insert_document(Document doc) {
  auto [it, fresh] = document_index_.emplace(doc.id, documents_.size());
  if (!fresh) return false;
  doc.text.clear();
  doc.text.shrink_to_fit();
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
  const auto position = static_cast<uint32_t>(boost::out_degree(source, g_));
  Edge e = boost::add_edge(source, target, std::move(props), g_).first;
  edges_.push_back(EdgeRef{source, position});
  index_edge(static_cast<uint32_t>(edges_.size() - 1));
  return e;
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
  return insert_node(std::move(p));
}

Vertex ActorGraph::upsert_node(const EntityRecord& rec) {
  auto it = node_index_.find(rec.id);
  if (it == node_index_.end()) {
    NodeProps p;
    p.id = rec.id;
    p.type = rec.type;
    p.label = rec.label;
    p.name_ar = rec.name_ar;
    p.name_en = rec.name_en;
    merge_aliases(p.aliases, rec.aliases);
    merge_roles(p.roles, rec.roles);
    p.country = rec.country;
    if (p.label.empty()) p.label = !p.name_en.empty() ? p.name_en : !p.name_ar.empty() ? p.name_ar : p.id;
    return insert_node(std::move(p));
  }
  NodeProps& p = g_[it->second];
  // A bare node made for an id seen only in an event gets its real description now.
  if (p.label == p.id && !rec.label.empty()) {
    p.label = rec.label;
    p.type = rec.type;
  }
  fill(p.name_ar, rec.name_ar);
  fill(p.name_en, rec.name_en);
  fill(p.country, rec.country);
  merge_aliases(p.aliases, rec.aliases);
  merge_roles(p.roles, rec.roles);
  return it->second;
}

void ActorGraph::merge_into(uint32_t i, const Event& ev) {
  EdgeProps& p = g_[edge_at(i)];
  // Evidence of one document is contiguous at the end (documents are added one at a time), so a
  // backward scan over this document's items finds a repeated report without scanning everything.
  bool dup = false;
  for (auto it = p.evidence.rbegin(); it != p.evidence.rend() && it->document == ev.evidence.document; ++it)
    if (it->start == ev.evidence.start && it->end == ev.evidence.end) dup = true;
  if (!dup) p.evidence.push_back(ev.evidence);
  p.sources.insert(ev.evidence.document);
  for (const auto& [k, v] : ev.attributes) p.attributes.emplace(k, v);
  fill(p.place, ev.place);
  if (ev.date && (!p.date || precision_rank(ev.precision) < precision_rank(p.precision))) {
    bool moved = !p.date || p.date->year != ev.date->year;
    p.date = ev.date;
    p.precision = ev.precision;
    if (moved && key_kind(p.type) == KeyKind::dated) index_edge(i);
  }
}

void ActorGraph::add_event(const Event& ev, std::vector<uint32_t>& touched) {
  if (ev.source.empty() || ev.type.empty()) return;  // nothing to attach it to
  Vertex s = node_for_id(ev.source);
  Vertex t = ev.target.empty() ? s : node_for_id(ev.target);
  if (!ev.place.empty()) node_for_id(ev.place);
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
  for (uint32_t i : touched)
    if (matches(i, true)) { hit = i; break; }
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
    merge_into(*hit, ev);
  } else {
    EdgeProps p;
    p.id = "e" + std::to_string(next_edge_id_);
    p.type = ev.type;
    p.date = ev.date;
    p.precision = ev.precision;
    p.place = ev.place;
    p.attributes = ev.attributes;
    p.evidence.push_back(ev.evidence);
    p.sources.insert(ev.evidence.document);
    insert_edge(s, t, std::move(p));
    hit = static_cast<uint32_t>(edges_.size() - 1);
  }
  if (std::find(touched.begin(), touched.end(), *hit) == touched.end()) touched.push_back(*hit);
}

void ActorGraph::add(const ArticleResult& article) {
  Document doc;
  doc.id = article.document.id;
  doc.url = article.document.url;
  doc.date = article.document.date;
  doc.lang = article.document.lang;
  doc.title = article.document.title;
  insert_document(std::move(doc));
  for (const EntityRecord& rec : article.entities)
    if (!rec.id.empty()) upsert_node(rec);
  std::vector<uint32_t> touched;
  touched.reserve(article.events.size());
  for (const Event& ev : article.events) add_event(ev, touched);
}

}  // namespace actorgraph::graph
