// Port of the matching rules of ../shared/checks/score.py; keep the two in step (see gold.h).
#include "gold.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <tuple>
#include <unordered_map>

#include <boost/range/iterator_range.hpp>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "actorgraph/graph/actor_graph.h"

namespace actorgraph::gold {
namespace {

std::u32string to_u32(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  std::u32string out;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) out.push_back(static_cast<char32_t>(u.char32At(i)));
  return out;
}

std::string to_utf8(const std::u32string& s) {
  icu::UnicodeString u;
  for (char32_t c : s) u.append(static_cast<UChar32>(c));
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::u32string normalize(std::string_view s, bool compose) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* n = compose ? icu::Normalizer2::getNFKCInstance(err) : icu::Normalizer2::getNFKDInstance(err);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  if (U_SUCCESS(err)) {
    icu::UnicodeString v = n->normalize(u, err);
    if (U_SUCCESS(err)) u = v;
  }
  std::string utf8;
  u.toUTF8String(utf8);
  return to_u32(utf8);
}

bool is_space(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)); }
bool is_word(char32_t c) { return c == U'_' || u_isalnum(static_cast<UChar32>(c)); }

// re.sub(r'\s+', ' ', s).strip()
std::u32string collapse_spaces(const std::u32string& s) {
  std::u32string out;
  bool pending = false;
  for (char32_t c : s) {
    if (is_space(c)) {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(U' ');
    pending = false;
    out.push_back(c);
  }
  return out;
}

size_t code_points(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::vector<std::string> split_spaces(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string t; in >> t;) out.push_back(t);
  return out;
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
}

const std::unordered_map<std::string, std::string>& city_state() {
  static const std::unordered_map<std::string, std::string> m = {
      {"moscow", "russia"}, {"damascus", "syria"}, {"tel aviv", "israel"}, {"jerusalem", "israel"},
      {"ankara", "turkey"}, {"istanbul", "turkey"}, {"tehran", "iran"}, {"washington", "united states"},
      {"riyadh", "saudi arabia"}, {"doha", "qatar"}, {"abu dhabi", "united arab emirates"}, {"amman", "jordan"},
      {"beirut", "lebanon"}, {"baghdad", "iraq"}, {"cairo", "egypt"}, {"paris", "france"}, {"baku", "azerbaijan"},
      {"sochi", "russia"}, {"kazan", "russia"}, {"geneva", "switzerland"}, {"astana", "kazakhstan"},
      {"new york", "united states"}, {"brussels", "belgium"}, {"london", "united kingdom"}, {"berlin", "germany"}};
  return m;
}

const std::unordered_map<std::string, std::string>& aliases_en() {
  static const std::unordered_map<std::string, std::string> m = {
      {"us", "united states"}, {"usa", "united states"}, {"united states of america", "united states"},
      {"america", "united states"}, {"turkiye", "turkey"}, {"türkiye", "turkey"}, {"uae", "united arab emirates"},
      {"russian federation", "russia"}, {"syrian arab republic", "syria"}, {"uk", "united kingdom"}};
  return m;
}

const std::unordered_map<std::string, std::string>& nationality() {
  static const std::unordered_map<std::string, std::string> m = {
      {"russian", "russia"}, {"syrian", "syria"}, {"israeli", "israel"}, {"iranian", "iran"}, {"turkish", "turkey"},
      {"american", "united states"}, {"us", "united states"}, {"u s", "united states"}, {"saudi", "saudi arabia"},
      {"qatari", "qatar"}, {"emirati", "united arab emirates"}, {"egyptian", "egypt"}, {"jordanian", "jordan"},
      {"lebanese", "lebanon"}, {"iraqi", "iraq"}, {"ukrainian", "ukraine"}, {"chinese", "china"},
      {"french", "france"}, {"british", "united kingdom"}, {"german", "germany"}};
  return m;
}

bool is_arabic(std::string_view s) {
  for (char32_t c : to_u32(s))
    if (c >= 0x0600 && c <= 0x06FF) return true;
  return false;
}

std::set<std::string> last_tokens(const std::set<std::string>& forms) {
  std::set<std::string> out;
  for (const std::string& f : forms) {
    size_t p = f.rfind(' ');
    std::string last = p == std::string::npos ? f : f.substr(p + 1);
    if (code_points(last) >= 4) out.insert(last);
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

// --- JSON ---

Error json_error(const std::string& file, std::string what) { return Error{file, 0, std::move(what), "a gold file of the shape of seed-gold.json"}; }

std::vector<std::string> string_list(const rapidjson::Value& obj, const char* key) {
  std::vector<std::string> out;
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& v : it->value.GetArray())
    if (v.IsString()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

std::string string_of(const rapidjson::Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsString()) return {};
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

bool bool_of(const rapidjson::Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  return it != obj.MemberEnd() && it->value.IsBool() && it->value.GetBool();
}

}  // namespace

std::string norm_ar(std::string_view s) {
  std::u32string in = normalize(s, true), out;
  for (char32_t c : in) {
    if ((c >= 0x064B && c <= 0x0652) || c == 0x0670 || c == 0x0640) continue;
    if (c == U'أ' || c == U'إ' || c == U'آ' || c == U'ٱ') c = U'ا';
    else if (c == U'ى') c = U'ي';
    else if (c == U'ة') c = U'ه';
    out.push_back(c);
  }
  return to_utf8(collapse_spaces(out));
}

std::string norm_en(std::string_view s) {
  std::u32string in;
  for (char32_t c : normalize(s, false)) {
    if (u_getCombiningClass(static_cast<UChar32>(c)) != 0) continue;
    c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    if (c == U'\u2018' || c == U'\u2019') c = U'\'';
    in.push_back(c);
  }
  // re.sub(r"\b(al|el|ad|as|ash|ar)[- ]", '', s): a word that begins with one of these particles.
  static const std::u32string particles[] = {U"al", U"el", U"ad", U"as", U"ash", U"ar"};
  std::u32string out;
  for (size_t i = 0; i < in.size();) {
    bool boundary = is_word(in[i]) && (i == 0 || !is_word(in[i - 1]));
    size_t cut = 0;
    if (boundary) {
      for (const auto& p : particles) {
        if (in.compare(i, p.size(), p) == 0 && i + p.size() < in.size() &&
            (in[i + p.size()] == U'-' || in[i + p.size()] == U' ')) {
          cut = p.size() + 1;
          break;
        }
      }
    }
    if (cut) {
      i += cut;
      continue;
    }
    out.push_back(in[i]);
    ++i;
  }
  for (char32_t& c : out)
    if (c == U'-' || c == U'\'' || c == U'`' || c == U'.') c = U' ';
  std::string r = to_utf8(collapse_spaces(out));
  auto it = aliases_en().find(r);
  return it == aliases_en().end() ? r : it->second;
}

std::optional<std::string> token_key(std::string_view s) {
  std::string n = norm_en(s);
  replace_all(n, "defense", "defence");
  replace_all(n, "organization", "organisation");
  for (char& c : n)
    if (c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == '/') c = ' ';
  static const std::set<std::string> stop = {"of", "the", "and", "for", "federation", "republic", "arab"};
  std::vector<std::string> toks;
  for (const std::string& t : split_spaces(n)) {
    auto it = nationality().find(t);
    for (const std::string& x : split_spaces(it == nationality().end() ? t : it->second))
      if (!stop.count(x)) toks.push_back(x);
  }
  if (toks.size() <= 1) return std::nullopt;
  std::set<std::string> uniq(toks.begin(), toks.end());
  std::string key = "#";
  for (const std::string& t : uniq) {
    if (key.size() > 1) key += ' ';
    key += t;
  }
  return key;
}

std::set<std::string> variants(std::string_view s) {
  std::set<std::string> out;
  if (is_arabic(s)) {
    std::string n = norm_ar(s);
    out.insert(n);
    static const std::vector<std::string> proclitics = {"وال", "بال", "لل", "فال", "كال", "و", "ف", "ب", "ل", "ك"};
    size_t len = code_points(n);
    for (const std::string& p : proclitics) {
      if (n.compare(0, p.size(), p) == 0 && len - code_points(p) >= 3) {
        out.insert(n.substr(p.size()));
        if (p == "لل") out.insert("ال" + n.substr(p.size()));
      }
    }
    return out;
  }
  out.insert(norm_en(s));
  if (auto k = token_key(s)) out.insert(*k);
  return out;
}

std::string canon_place(std::string_view name) {
  std::string n = norm_en(name);
  auto it = city_state().find(n);
  return it == city_state().end() ? n : it->second;
}

EntityMatch match_entities(const std::vector<GoldEntity>& gold, const std::vector<PredNode>& nodes) {
  struct Forms {
    const GoldEntity* e;
    std::set<std::string> all, canon, last;
  };
  std::vector<Forms> gf;
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

namespace {

std::set<std::string> keys_of(const std::string& t, const std::string& a, const std::string& b) {
  if (t == "meeting" || t == "call") return {a < b ? a + " + " + b : b + " + " + a};
  if (t == "visit") return {a + " -> " + canon_place(b)};
  return {a};
}

const char* const kEventTypes[] = {"meeting", "visit", "call", "statement"};
const char* const kEntityTypes[] = {"person", "state", "organization", "military_base", "location", "media"};

}  // namespace

ArticleScore score_article(const GoldArticle& g, const PredGraph& graph) {
  ArticleScore s;
  s.id = g.id;
  std::vector<PredNode> nodes;
  for (const PredNode& n : graph.nodes)
    if (std::find(std::begin(kEntityTypes), std::end(kEntityTypes), n.type) != std::end(kEntityTypes)) nodes.push_back(n);
  EntityMatch m = match_entities(g.entities, nodes);
  for (const GoldEntity& e : g.entities) {
    if (e.optional) continue;
    ++s.entities.gold;
    if (m.gold_to_nodes.count(e.en)) ++s.entities.tp;
    else s.missed_entities.push_back(e.en);
  }
  s.entities.pred = static_cast<int>(nodes.size());

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
    if (std::find(std::begin(kEventTypes), std::end(kEventTypes), t) == std::end(kEventTypes)) continue;
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

  for (const char* tc : kEventTypes) {
    const std::string t = tc;
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
        std::string gd = e->date->iso();
        bool month_ok = e->precision == "approx" || e->precision == "month";
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
  for (const Event& e : r.events) p.edges.push_back({e.type, e.source, e.target, e.date});
  return p;
}

Expected<std::vector<GoldArticle>> parse_gold(std::string_view json, const std::string& file) {
  rapidjson::Document d;
  d.Parse(json.data(), json.size());
  if (d.HasParseError())
    return json_error(file, std::string("malformed JSON: ") + rapidjson::GetParseError_En(d.GetParseError()) +
                                " at byte " + std::to_string(d.GetErrorOffset()));
  if (!d.IsObject()) return json_error(file, "the top level is not an object");
  auto ver = d.FindMember("version");
  if (ver == d.MemberEnd() || !ver->value.IsInt() || ver->value.GetInt() != 1)
    return json_error(file, "missing or unknown \"version\"");
  auto arts = d.FindMember("articles");
  if (arts == d.MemberEnd() || !arts->value.IsArray()) return json_error(file, "no \"articles\" array");
  std::vector<GoldArticle> out;
  for (const auto& a : arts->value.GetArray()) {
    if (!a.IsObject()) return json_error(file, "an article is not an object");
    GoldArticle ga;
    ga.id = string_of(a, "id");
    if (ga.id.empty()) return json_error(file, "an article has no \"id\"");
    ga.lang = string_of(a, "lang");
    std::string date = string_of(a, "date");
    if (!date.empty()) {
      ga.date = Date::parse_iso(date);
      if (!ga.date) return json_error(file, "article " + ga.id + ": bad date \"" + date + "\"");
    }
    auto ents = a.FindMember("entities");
    auto evs = a.FindMember("events");
    if (ents == a.MemberEnd() || !ents->value.IsArray() || evs == a.MemberEnd() || !evs->value.IsArray())
      return json_error(file, "article " + ga.id + ": no \"entities\" or \"events\" array");
    for (const auto& e : ents->value.GetArray()) {
      if (!e.IsObject()) return json_error(file, "article " + ga.id + ": an entity is not an object");
      GoldEntity ge{string_of(e, "en"), string_of(e, "type"), string_list(e, "ar"), string_list(e, "surface"),
                    bool_of(e, "optional")};
      if (ge.en.empty() || ge.type.empty()) return json_error(file, "article " + ga.id + ": an entity lacks \"en\" or \"type\"");
      ga.entities.push_back(std::move(ge));
    }
    for (const auto& e : evs->value.GetArray()) {
      if (!e.IsObject()) return json_error(file, "article " + ga.id + ": an event is not an object");
      GoldEvent ge;
      ge.type = string_of(e, "type");
      ge.a = string_of(e, "a");
      ge.b = string_of(e, "b");
      ge.alt_b = string_list(e, "alt_b");
      ge.precision = string_of(e, "precision");
      ge.place = string_of(e, "place");
      ge.via = string_of(e, "via");
      ge.optional = bool_of(e, "optional");
      std::string ed = string_of(e, "date");
      if (!ed.empty()) {
        ge.date = Date::parse_iso(ed);
        if (!ge.date) return json_error(file, "article " + ga.id + ": bad event date \"" + ed + "\"");
      }
      if (ge.type.empty() || ge.a.empty()) return json_error(file, "article " + ga.id + ": an event lacks \"type\" or \"a\"");
      ga.events.push_back(std::move(ge));
    }
    out.push_back(std::move(ga));
  }
  return out;
}

Expected<std::vector<GoldArticle>> load_gold_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path, 0, "cannot open the gold file", ""};
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_gold(ss.str(), path);
}

}  // namespace actorgraph::gold
