// Port of the matching and counting rules of ../shared/checks/score.py; keep the two in step
// (score.h). Our own addition, entity precision per type, is documented in score.h.
#include "actorgraph/eval/score.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

#include <boost/range/iterator_range.hpp>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "actorgraph/graph/actor_graph.h"

namespace actorgraph::eval {
namespace {

size_t code_points(std::string_view s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// score.py last_token(): the last space-separated token of each form, when it has >= 4 code points.
std::set<std::string> last_tokens(const std::set<std::string>& forms) {
  std::set<std::string> out;
  for (const std::string& f : forms) {
    const size_t p = f.rfind(' ');
    std::string last = p == std::string::npos ? f : f.substr(p + 1);
    if (code_points(last) >= 4) out.insert(std::move(last));
  }
  return out;
}

bool intersects(const std::set<std::string>& a, const std::set<std::string>& b) {
  const auto& small = a.size() < b.size() ? a : b;
  const auto& big = a.size() < b.size() ? b : a;
  return std::any_of(small.begin(), small.end(), [&](const std::string& x) { return big.count(x) > 0; });
}

void add_variants(std::set<std::string>& out, std::string_view s) {
  for (const std::string& v : variants(s)) out.insert(v);
}

bool is_one_of(std::string_view t, const auto& list) { return std::find(list.begin(), list.end(), t) != list.end(); }

std::set<std::string> keys_of(const std::string& t, const std::string& a, const std::string& b) {
  if (t == "meeting" || t == "call") return {a < b ? a + " + " + b : b + " + " + a};
  if (t == "visit") return {a + " -> " + canon_place(b)};
  return {a};
}

}  // namespace

EntityMatch match_entities(const std::vector<GoldEntity>& gold, const std::vector<PredNode>& nodes) {
  struct Forms {
    const GoldEntity* e;
    std::set<std::string> all, canon, last;
  };
  std::vector<Forms> gf;
  gf.reserve(gold.size());
  for (const GoldEntity& e : gold) {
    Forms f{&e, variants(e.en), variants(e.en), {}};
    for (const auto& x : e.ar) add_variants(f.all, x);
    for (const auto& x : e.surface) add_variants(f.all, x);
    f.last = last_tokens(f.all);
    gf.push_back(std::move(f));
  }
  EntityMatch m;
  for (const PredNode& n : nodes) {
    std::set<std::string> names, canon;
    for (const std::string* v : {&n.label, &n.id, &n.name_ar, &n.name_en})
      if (!v->empty()) add_variants(names, *v);
    for (const auto& a : n.aliases) add_variants(names, a);
    for (const std::string* v : {&n.label, &n.name_en})
      if (!v->empty()) add_variants(canon, *v);
    std::set<std::string> node_last;
    bool last_done = false;
    std::vector<std::tuple<int, bool, std::string>> scored;
    for (const Forms& f : gf) {
      int sc = 0;
      if (intersects(f.canon, canon)) {
        sc = 3;
      } else if (intersects(f.all, names)) {
        sc = 2;
      } else if (f.e->type == "person" && n.type == "person") {
        if (!last_done) node_last = last_tokens(names), last_done = true;
        if (intersects(f.last, node_last)) sc = 1;
      }
      if (sc) scored.emplace_back(sc, f.e->type == n.type, f.e->en);
    }
    if (scored.empty()) continue;
    std::sort(scored.rbegin(), scored.rend());
    if (scored.size() > 1 && std::get<0>(scored[0]) == std::get<0>(scored[1]) &&
        std::get<1>(scored[0]) == std::get<1>(scored[1]) && std::get<2>(scored[0]) != std::get<2>(scored[1]))
      continue;  // two gold entities match equally well: ambiguous
    m.node_to_gold[n.id] = std::get<2>(scored[0]);
    m.gold_to_nodes[std::get<2>(scored[0])].insert(n.id);
  }
  return m;
}

ArticleScore score_article(const GoldArticle& g, const PredGraph& graph) {
  ArticleScore s;
  s.id = g.id;
  for (std::string_view t : kEntityTypes) s.entity_types[std::string(t)];
  std::vector<PredNode> nodes;
  for (const PredNode& n : graph.nodes)
    if (is_one_of(n.type, kEntityTypes)) nodes.push_back(n);
  const EntityMatch m = match_entities(g.entities, nodes);
  for (const GoldEntity& e : g.entities) {
    if (e.optional) continue;
    Counts& c = s.entity_types[e.type];
    ++c.gold;
    if (m.gold_to_nodes.count(e.en)) {
      ++c.tp;
      ++c.pred;
    } else {
      s.missed_entities.push_back(e.en);
    }
  }
  for (const PredNode& n : nodes) {
    if (m.node_to_gold.count(n.id)) continue;
    ++s.entity_types[n.type].pred;
    s.extra_entities.push_back(n.type + " " + (n.label.empty() ? n.id : n.label) + " (" + n.id + ")");
  }
  for (const auto& [t, c] : s.entity_types) s.entities += c;

  std::map<std::string, std::vector<std::pair<std::set<std::string>, const GoldEvent*>>> gold_events;
  std::map<std::string, std::set<std::string>> optional_keys;
  for (const GoldEvent& e : g.events) {
    std::set<std::string> ks;
    std::vector<std::string> bs{e.b};
    bs.insert(bs.end(), e.alt_b.begin(), e.alt_b.end());
    for (const std::string& b : bs)
      for (const std::string& k : keys_of(e.type, e.a, b)) ks.insert(k);
    if (e.optional) optional_keys[e.type].insert(ks.begin(), ks.end());
    else gold_events[e.type].emplace_back(std::move(ks), &e);
  }

  std::map<std::string, const PredNode*> node_by_id;
  for (const PredNode& n : nodes) node_by_id[n.id] = &n;
  std::map<std::string, std::set<std::string>> pred_keys;
  std::map<std::pair<std::string, std::string>, std::set<std::string>> pred_dates;  // "" = no date
  for (const PredEdge& ed : graph.edges) {
    const std::string& t = ed.type;
    if (!is_one_of(t, kEventTypes)) continue;
    auto si = m.node_to_gold.find(ed.source), ti = m.node_to_gold.find(ed.target);
    std::string src = si != m.node_to_gold.end() ? si->second : "";
    std::string tgt = ti != m.node_to_gold.end() ? ti->second : "";
    if (t == "visit" && tgt.empty()) {
      auto ni = node_by_id.find(ed.target);
      if (ni != node_by_id.end()) tgt = !ni->second->name_en.empty() ? ni->second->name_en : ni->second->label;
      if (tgt.empty()) tgt = "?";
    }
    if (src.empty()) src = "?" + ed.source;
    if (tgt.empty()) tgt = "?" + ed.target;
    for (const std::string& k : keys_of(t, src, tgt)) {
      pred_keys[t].insert(k);
      pred_dates[{t, k}].insert(ed.date ? ed.date->iso() : std::string());
    }
  }

  for (std::string_view tv : kEventTypes) {
    const std::string t(tv);
    Counts& c = s.events[t];
    std::set<std::string> all_gold;
    for (const auto& [ks, e] : gold_events[t]) all_gold.insert(ks.begin(), ks.end());
    for (const auto& [ks, e] : gold_events[t]) {
      std::vector<std::string> hit;
      for (const std::string& k : ks)
        if (pred_keys[t].count(k)) hit.push_back(k);
      if (hit.empty()) {
        s.missed[t].push_back(*ks.begin());
        continue;
      }
      ++c.tp;
      if (e->date && t != "statement") {
        ++s.dates_n;
        const std::string gd = e->date->iso();
        const bool month_ok = e->precision == "approx" || e->precision == "month";
        bool ok = false;
        for (const std::string& k : hit)
          for (const std::string& pd : pred_dates[{t, k}])
            if (!pd.empty() && (pd == gd || (month_ok && pd.compare(0, 7, gd, 0, 7) == 0))) ok = true;
        if (ok) ++s.dates_ok;
      }
    }
    for (const std::string& k : pred_keys[t])
      if (!all_gold.count(k) && !optional_keys[t].count(k)) s.extra[t].push_back(k);
    c.gold = static_cast<int>(gold_events[t].size());
    c.pred = c.tp + static_cast<int>(s.extra[t].size());
  }
  return s;
}

ArticleScore score_result(const GoldArticle& gold, const ArticleResult& result) {
  graph::ActorGraph g;
  g.add(result);
  return score_article(gold, view_of(g));
}

PredGraph view_of(const graph::ActorGraph& g) {
  PredGraph p;
  for (auto v : boost::make_iterator_range(boost::vertices(g.graph()))) {
    const graph::NodeProps& n = g.node(v);
    p.nodes.push_back({n.id, std::string(to_string(n.type)), n.label, n.name_ar, n.name_en, n.aliases});
  }
  for (graph::Edge e : g.edges_in_order()) {
    const graph::EdgeProps& ep = g.edge(e);
    p.edges.push_back({ep.type, g.node(boost::source(e, g.graph())).id, g.node(boost::target(e, g.graph())).id, ep.date});
  }
  return p;
}

PredGraph view_of(const ArticleResult& r) {
  PredGraph p;
  for (const EntityRecord& e : r.entities)
    p.nodes.push_back({e.id, std::string(to_string(e.type)), e.label, e.name_ar, e.name_en, e.aliases});
  for (const Event& e : r.events) p.edges.push_back({e.type, e.source, e.target.empty() ? e.source : e.target, e.date});
  return p;
}

namespace {

std::string str_member(const rapidjson::Value& o, const char* key) {
  auto it = o.FindMember(key);
  return it != o.MemberEnd() && it->value.IsString() ? std::string(it->value.GetString(), it->value.GetStringLength())
                                                     : std::string();
}

}  // namespace

Expected<PredGraph> parse_graph_json(std::string_view json, const std::string& file) {
  const auto fail = [&](std::string what) { return Error{file, 0, std::move(what), "a graph.json of actorgraph build"}; };
  rapidjson::Document d;
  d.Parse(json.data(), json.size());
  if (d.HasParseError())
    return fail(std::string("malformed JSON: ") + rapidjson::GetParseError_En(d.GetParseError()) + " at byte " +
                std::to_string(d.GetErrorOffset()));
  if (!d.IsObject()) return fail("the top level is not an object");
  PredGraph p;
  // score.py reads graph.get('nodes', []) and graph.get('edges', []): missing arrays are empty.
  if (auto it = d.FindMember("nodes"); it != d.MemberEnd()) {
    if (!it->value.IsArray()) return fail("\"nodes\" is not an array");
    for (const auto& n : it->value.GetArray()) {
      if (!n.IsObject()) return fail("a node is not an object");
      PredNode pn{str_member(n, "id"), str_member(n, "type"), str_member(n, "label"), {}, {}, {}};
      if (auto names = n.FindMember("names"); names != n.MemberEnd() && names->value.IsObject()) {
        for (const auto& kv : names->value.GetObject()) {
          const std::string key(kv.name.GetString(), kv.name.GetStringLength());
          if (kv.value.IsString()) {
            std::string v(kv.value.GetString(), kv.value.GetStringLength());
            if (key == "en") pn.name_en = std::move(v);
            else if (key == "ar") pn.name_ar = std::move(v);
            else pn.aliases.push_back(std::move(v));
          } else if (kv.value.IsArray()) {
            for (const auto& x : kv.value.GetArray())
              if (x.IsString()) pn.aliases.emplace_back(x.GetString(), x.GetStringLength());
          }
        }
      }
      if (auto al = n.FindMember("aliases"); al != n.MemberEnd() && al->value.IsArray())
        for (const auto& x : al->value.GetArray())
          if (x.IsString()) pn.aliases.emplace_back(x.GetString(), x.GetStringLength());
      p.nodes.push_back(std::move(pn));
    }
  }
  if (auto it = d.FindMember("edges"); it != d.MemberEnd()) {
    if (!it->value.IsArray()) return fail("\"edges\" is not an array");
    for (const auto& e : it->value.GetArray()) {
      if (!e.IsObject()) return fail("an edge is not an object");
      PredEdge pe{str_member(e, "type"), str_member(e, "source"), str_member(e, "target"), std::nullopt};
      if (std::string date = str_member(e, "date"); !date.empty()) {
        pe.date = Date::parse_iso(date);
        if (!pe.date) return fail("edge date \"" + date + "\" is not a date");
      }
      p.edges.push_back(std::move(pe));
    }
  }
  return p;
}

Summary::Summary() {
  for (std::string_view t : kEntityTypes) entity_types[std::string(t)];
  for (std::string_view t : kEventTypes) events[std::string(t)];
}

void Summary::add(const ArticleScore& s) {
  ++articles;
  entities += s.entities;
  for (const auto& [t, c] : s.entity_types) entity_types[t] += c;
  for (const auto& [t, c] : s.events) events[t] += c;
  dates_ok += s.dates_ok;
  dates_n += s.dates_n;
}

Counts Summary::meeting_visit() const {
  Counts c;
  for (const char* t : {"meeting", "visit"})
    if (auto it = events.find(t); it != events.end()) c += it->second;
  return c;
}

std::optional<double> Summary::date_share() const {
  if (dates_n == 0) return std::nullopt;
  return double(dates_ok) / dates_n;
}

std::string score_py_summary(const Summary& s, std::string_view name, std::string_view lang) {
  char buf[160];
  std::string out = std::string(name) + " " + std::string(lang) + " (" + std::to_string(s.articles) + " articles): ";
  std::snprintf(buf, sizeof buf, "meeting+visit F1=%.2f | entities R=%.2f", s.meeting_visit().f1(), s.entities.recall());
  out += buf;
  for (std::string_view t : kEventTypes) {
    const Counts& c = s.events.at(std::string(t));
    std::snprintf(buf, sizeof buf, " | %s F1=%.2f (P=%.2f R=%.2f n=%d)", std::string(t).c_str(), c.f1(), c.precision(),
                  c.recall(), c.gold);
    out += buf;
  }
  out += " | dates " + std::to_string(s.dates_ok) + "/" + std::to_string(s.dates_n);
  return out;
}

Status Evaluator::add(const ArticleResult& result) {
  auto gold = load_gold_for(gold_dir_, result.document.id);
  if (!gold) return gold.error();
  if (!*gold) {
    skipped_.push_back(result.document.id);
    return Status::Ok();
  }
  scores_.push_back(score_result(**gold, result));
  summary_.add(scores_.back());
  return Status::Ok();
}

}  // namespace actorgraph::eval
