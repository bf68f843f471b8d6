// The actor base: loading of data/gazetteer/*.tsv (format: data/README.md), ministry synthesis,
// nisba expansion and the normalised name index.
#include "actorgraph/extract/gazetteer.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <system_error>

#include "actorgraph/extract/text.h"
#include "actorgraph/extract/tsv.h"

namespace actorgraph {
namespace {

const std::vector<std::string> kEntityColumns{"id", "type", "en", "ar", "aliases", "attributes", "wikidata"};
const std::vector<std::string> kRoleColumns{"person", "role", "of", "title_en", "from", "to", "note"};
const std::vector<std::string> kPortfolioColumns{"key", "en", "ar"};
constexpr int kVersion = 1;

// The id prefix each entity type must use.
std::string_view id_prefix(EntityType t) {
  switch (t) {
    case EntityType::person: return "person";
    case EntityType::state: return "state";
    case EntityType::organization: return "org";
    case EntityType::military_base: return "base";
    case EntityType::location: return "loc";
    case EntityType::media: return "media";
  }
  return "";
}

bool is_slug(std::string_view s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

bool is_key(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// Checks an id against its type: "state/" + ISO 3166 alpha-2, else "<prefix>/<slug>".
std::string id_problem(std::string_view id, EntityType t) {
  std::string_view prefix = id_prefix(t);
  if (id.size() <= prefix.size() + 1 || id.substr(0, prefix.size()) != prefix || id[prefix.size()] != '/') {
    return std::string(prefix) + "/...";
  }
  std::string_view rest = id.substr(prefix.size() + 1);
  if (t == EntityType::state) {
    if (rest.size() != 2 || !std::all_of(rest.begin(), rest.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      return "state/ + an ISO 3166 alpha-2 code such as state/SY";
    }
    return {};
  }
  if (!is_slug(rest)) return std::string(prefix) + "/ + a lower-case slug of a-z, 0-9 and -";
  return {};
}

// "YYYY-MM-DD", "YYYY-MM" or "YYYY"; a partial date is the first day of its span for a start
// and the last day for an end.
std::optional<Date> parse_span_date(std::string_view s, bool end) {
  auto num = [](std::string_view p, int& out) {
    if (p.empty()) return false;
    out = 0;
    for (char c : p) {
      if (c < '0' || c > '9') return false;
      out = out * 10 + (c - '0');
    }
    return true;
  };
  Date d;
  if (s.size() == 4) {
    if (!num(s, d.year)) return std::nullopt;
    d.month = end ? 12 : 1;
    d.day = end ? 31 : 1;
  } else if (s.size() == 7 && s[4] == '-') {
    if (!num(s.substr(0, 4), d.year) || !num(s.substr(5, 2), d.month)) return std::nullopt;
    if (d.month < 1 || d.month > 12) return std::nullopt;
    d.day = end ? Date::days_in_month(d.year, d.month) : 1;
  } else if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    if (!num(s.substr(0, 4), d.year) || !num(s.substr(5, 2), d.month) || !num(s.substr(8, 2), d.day)) {
      return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  if (!d.valid()) return std::nullopt;
  return d;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string humanise(std::string_view key) {  // prime_minister -> Prime Minister
  std::string out;
  bool start = true;
  for (char c : key) {
    if (c == '_') { out += ' '; start = true; continue; }
    out += (start && c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    start = false;
  }
  return out;
}

constexpr std::string_view kArticle = "\u0627\u0644";     // ال
constexpr std::string_view kTaMarbuta = "\u0629";         // ة
constexpr std::string_view kMinistryAr = "\u0648\u0632\u0627\u0631\u0629";  // وزارة

bool has_article(std::string_view w) { return w.substr(0, kArticle.size()) == kArticle; }

// Applies `suffix` (and the article when `definite`) to every token of a nisba base, so that
// multi-word bases agree throughout: "كوري شمالي" -> "الكورية الشمالية".
std::string inflect(std::string_view base, std::string_view suffix, bool definite) {
  std::string out;
  for (const std::string& tok : split_list(base, ' ')) {
    if (!out.empty()) out += ' ';
    if (definite && !has_article(tok)) out += kArticle;
    out += tok;
    out += suffix;
  }
  return out;
}

struct NisbaSuffix { std::string_view suffix; char form; };
// Masculine singular base + suffix. "-ين" is both the oblique dual and the oblique plural; it is
// indexed as plural, the far more frequent reading in news text.
constexpr std::array<NisbaSuffix, 8> kNisbaSuffixes{{
    {"", 'm'},
    {"\u0629", 'f'},                  // ة
    {"\u0627\u0646", 'd'},            // ان
    {"\u062A\u0627\u0646", 'd'},      // تان
    {"\u062A\u064A\u0646", 'd'},      // تين
    {"\u0648\u0646", 'p'},            // ون
    {"\u064A\u0646", 'p'},            // ين
    {"\u0627\u062A", 'p'},            // ات
}};

}  // namespace

bool RoleSpan::covers(const Date& d) const {
  if (from && d < *from) return false;
  if (to && *to < d) return false;
  return true;
}

Status Gazetteer::load_dir(const std::string& dir) {
  auto files = list_data_files(dir, "gazetteer data files");
  if (!files) return files.error();
  for (const std::string& f : *files) {
    if (Status s = load_file(f); !s) return s;
  }
  return Status::Ok();
}

Status Gazetteer::load_file(const std::string& path) {
  if (finished_) return Error{path, 0, "gazetteer already finished", "load_file before finish()"};
  auto f = TsvFile::open(path, "", 0, {});
  if (!f) return f.error();
  const std::string& kind = f->header().kind;
  if (kind == "gazetteer") return load_entities(*f);
  if (kind == "roles") return load_roles(*f);
  if (kind == "portfolios") return load_portfolios(*f);
  return f->error_at(1, "unknown kind \"" + kind + "\"", "gazetteer, roles or portfolios");
}

Status Gazetteer::load_entities(TsvFile& f) {
  if (Status s = f.check(kVersion, kEntityColumns); !s) return s;
  TsvRow row;
  while (f.next(row)) {
    Entity e;
    e.id = row[0];
    auto type = entity_type_from_string(row[1]);
    if (!type) {
      return f.error_at(row.line, "unknown type \"" + row[1] + "\"",
                        "person, state, organization, military_base, location or media");
    }
    e.type = *type;
    if (std::string p = id_problem(e.id, e.type); !p.empty()) {
      return f.error_at(row.line, "bad id \"" + e.id + "\" for type " + row[1], p);
    }
    if (auto it = origin_.find(e.id); it != origin_.end()) {
      return f.error_at(row.line, "duplicate id \"" + e.id + "\"",
                        "each id once; first defined at " + it->second.file + ":" + std::to_string(it->second.line));
    }
    e.name_en = row[2];
    e.name_ar = row[3];
    if (e.name_en.empty()) return f.error_at(row.line, "empty English name", "a name in column en");
    e.aliases = split_list(row[4]);
    for (const std::string& attr : split_list(row[5], ';')) {
      size_t eq = attr.find('=');
      if (eq == std::string::npos || eq == 0 || eq + 1 == attr.size()) {
        return f.error_at(row.line, "bad attribute \"" + attr + "\"", "key=value");
      }
      std::string key = attr.substr(0, eq);
      std::string value = attr.substr(eq + 1);
      auto only_on = [&](EntityType t) -> Status {
        if (e.type == t) return Status::Ok();
        return f.error_at(row.line, "attribute " + key + " on a " + std::string(to_string(e.type)),
                          "it only on " + std::string(to_string(t)) + " entries");
      };
      if (key == "nisba" || key == "nisba_extra" || key == "metonym") {
        if (Status s = only_on(EntityType::state); !s) return s;
        auto list = split_list(value);
        auto& dst = key == "nisba" ? e.nisba : key == "metonym" ? e.metonyms : e.nisba_forms;
        dst.insert(dst.end(), list.begin(), list.end());
      } else if (key == "capital_of") {
        if (Status s = only_on(EntityType::location); !s) return s;
        e.capital_of = value;
      } else if (key == "in") {
        e.in = value;
      } else if (key == "operator") {
        if (Status s = only_on(EntityType::military_base); !s) return s;
        e.operator_id = value;
      } else if (key == "portfolio") {
        if (Status s = only_on(EntityType::organization); !s) return s;
        e.portfolio = value;
      } else if (key == "feminine") {
        if (value != "0" && value != "1") return f.error_at(row.line, "bad value feminine=" + value, "feminine=0 or feminine=1");
        e.feminine = value == "1";
      } else {
        return f.error_at(row.line, "unknown attribute \"" + key + "\"",
                          "nisba, nisba_extra, metonym, capital_of, in, operator, feminine or portfolio");
      }
    }
    e.wikidata = row[6];
    if (!e.wikidata.empty() &&
        (e.wikidata.size() < 2 || e.wikidata[0] != 'Q' ||
         !std::all_of(e.wikidata.begin() + 1, e.wikidata.end(), [](char c) { return c >= '0' && c <= '9'; }))) {
      return f.error_at(row.line, "bad wikidata id \"" + e.wikidata + "\"", "Q followed by digits, or -");
    }
    origin_.emplace(e.id, Origin{f.path(), row.line});
    entities_.push_back(std::move(e));
    by_id_.emplace(entities_.back().id, &entities_.back());
  }
  return f.status();
}

Status Gazetteer::load_roles(TsvFile& f) {
  if (Status s = f.check(kVersion, kRoleColumns); !s) return s;
  TsvRow row;
  while (f.next(row)) {
    PendingRole p;
    p.person = row[0];
    p.span.role = row[1];
    p.span.of = row[2];
    p.span.title_en = row[3];
    p.file = f.path();
    p.line = row.line;
    if (p.person.empty()) return f.error_at(row.line, "empty person", "a person id");
    if (!is_key(p.span.role)) return f.error_at(row.line, "bad role \"" + p.span.role + "\"", "a role key such as president");
    if (p.span.of.empty()) return f.error_at(row.line, "empty of", "a state or organisation id");
    if (!row[4].empty()) {
      p.span.from = parse_span_date(row[4], false);
      if (!p.span.from) return f.error_at(row.line, "bad date \"" + row[4] + "\"", "YYYY-MM-DD, YYYY-MM, YYYY or -");
    }
    if (!row[5].empty()) {
      p.span.to = parse_span_date(row[5], true);
      if (!p.span.to) return f.error_at(row.line, "bad date \"" + row[5] + "\"", "YYYY-MM-DD, YYYY-MM, YYYY or -");
    }
    if (p.span.from && p.span.to && *p.span.to < *p.span.from) {
      return f.error_at(row.line, "role ends before it starts", "from <= to");
    }
    pending_roles_.push_back(std::move(p));
  }
  return f.status();
}

Status Gazetteer::load_portfolios(TsvFile& f) {
  if (Status s = f.check(kVersion, kPortfolioColumns); !s) return s;
  TsvRow row;
  while (f.next(row)) {
    Portfolio p;
    p.key = row[0];
    p.en = row[1];
    if (!is_key(p.key)) return f.error_at(row.line, "bad portfolio key \"" + p.key + "\"", "a-z, 0-9 and _");
    if (auto it = portfolio_origin_.find(p.key); it != portfolio_origin_.end()) {
      return f.error_at(row.line, "duplicate portfolio \"" + p.key + "\"",
                        "each key once; first defined at " + it->second.file + ":" + std::to_string(it->second.line));
    }
    if (p.en.empty()) return f.error_at(row.line, "empty English name", "a name in column en");
    std::vector<std::string> forms = split_list(row[2]);
    if (forms.empty()) return f.error_at(row.line, "no Arabic form", "forms such as الدفاع|دفاع");
    for (const std::string& form : forms) {
      if (p.name_ar.empty() && has_article(form)) p.name_ar = form;
      p.ar.push_back(normalize_key(form));
    }
    if (p.name_ar.empty()) p.name_ar = std::string(kArticle) + forms.front();
    portfolio_origin_.emplace(p.key, Origin{f.path(), row.line});
    portfolios_.push_back(std::move(p));
  }
  return f.status();
}

void Gazetteer::index(const Entity& e, const std::string& key, NameKind kind, char form) {
  if (key.empty()) return;
  auto& refs = names_[key];
  for (const NameRef& r : refs) {
    if (r.entity == &e && r.kind == kind && r.form == form) return;
  }
  refs.push_back(NameRef{&e, kind, form});
  int tokens = 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
  max_tokens_ = std::max(max_tokens_, tokens);
  int& longest = first_words_[key.substr(0, key.find(' '))];
  longest = std::max(longest, tokens);
}

void Gazetteer::index_raw(const Entity& e, std::string_view surface, NameKind kind, char form) {
  index(e, normalize_key(surface), kind, form);
}

Status Gazetteer::synthesise_ministries() {
  // Only states loaded so far: the loop appends ministries to entities_.
  std::vector<Entity*> states;
  for (Entity& e : entities_) {
    if (e.type == EntityType::state) states.push_back(&e);
  }
  for (const Portfolio& p : portfolios_) {
    const std::string def = p.name_ar;                         // الدفاع
    const std::string indef = def.substr(kArticle.size());     // دفاع
    for (Entity* st : states) {
      std::string id = "org/" + lower_ascii(st->id.substr(6)) + "-ministry-of-" + std::string(p.key);
      Entity* m = nullptr;
      if (auto it = by_id_.find(id); it != by_id_.end()) {
        m = it->second;  // declared in a data file (extra aliases such as the Pentagon): complete it
        if (m->type != EntityType::organization) {
          const Origin& o = origin_[id];
          return Error{o.file, o.line, "ministry id \"" + id + "\" with type " + std::string(to_string(m->type)),
                       "type organization"};
        }
      } else {
        entities_.emplace_back();
        m = &entities_.back();
        m->id = id;
        m->type = EntityType::organization;
        by_id_.emplace(m->id, m);
      }
      if (m->name_en.empty()) m->name_en = "Ministry of " + p.en + " (" + st->name_en + ")";
      if (m->in.empty()) m->in = st->id;
      if (m->portfolio.empty()) m->portfolio = p.key;
      m->feminine = true;  // وزارة
      std::vector<std::string> forms;
      for (const std::string& base : st->nisba) {
        std::string fem = inflect(base, kTaMarbuta, true);      // الروسية
        forms.push_back(std::string(kMinistryAr) + " " + def + " " + fem);
        forms.push_back(def + " " + fem);
      }
      std::vector<std::string> state_names;
      if (!st->name_ar.empty()) state_names.push_back(st->name_ar);
      for (const std::string& a : st->aliases) {
        if (!a.empty() && static_cast<unsigned char>(a[0]) >= 0x80) state_names.push_back(a);  // Arabic aliases
      }
      for (const std::string& n : state_names) {
        forms.push_back(std::string(kMinistryAr) + " " + indef + " " + n);   // وزارة دفاع روسيا
        forms.push_back(std::string(kMinistryAr) + " " + def + " في " + n);  // وزارة الدفاع في روسيا
      }
      if (m->name_ar.empty()) {
        m->name_ar = forms.empty() ? std::string(kMinistryAr) + " " + def + " (" + st->name_ar + ")" : forms.front();
      }
      for (std::string& form : forms) {
        if (std::find(m->aliases.begin(), m->aliases.end(), form) == m->aliases.end()) {
          m->aliases.push_back(std::move(form));
        }
      }
    }
  }
  return Status::Ok();
}

Status Gazetteer::finish() {
  if (finished_) return Error{"", 0, "gazetteer already finished", "finish() once"};
  // Attribute references. Ministries are not synthesised yet: "in" may only name states or
  // entries of the data files.
  for (const Entity& e : entities_) {
    const Origin& o = origin_[e.id];
    auto check = [&](const std::string& ref, std::string_view attr, bool state_only) -> Status {
      if (ref.empty()) return Status::Ok();
      auto it = by_id_.find(ref);
      if (it == by_id_.end() || (state_only && it->second->type != EntityType::state)) {
        return Error{o.file, o.line, "unknown reference \"" + ref + "\" in attribute " + std::string(attr),
                     state_only ? "the id of a state" : "the id of an entry"};
      }
      return Status::Ok();
    };
    if (Status s = check(e.in, "in", e.type != EntityType::organization); !s) return s;
    if (Status s = check(e.operator_id, "operator", true); !s) return s;
    if (Status s = check(e.capital_of, "capital_of", true); !s) return s;
    if (!e.portfolio.empty() && portfolio_origin_.find(e.portfolio) == portfolio_origin_.end()) {
      return Error{o.file, o.line, "unknown portfolio \"" + e.portfolio + "\"", "a key of portfolios.tsv"};
    }
  }
  if (Status s = synthesise_ministries(); !s) return s;

  for (PendingRole& p : pending_roles_) {
    auto person = by_id_.find(p.person);
    if (person == by_id_.end() || person->second->type != EntityType::person) {
      return Error{p.file, p.line, "unknown person \"" + p.person + "\"", "the id of a person entry"};
    }
    auto of = by_id_.find(p.span.of);
    if (of == by_id_.end() ||
        (of->second->type != EntityType::state && of->second->type != EntityType::organization)) {
      return Error{p.file, p.line, "unknown reference \"" + p.span.of + "\" in column of",
                   "the id of a state or organisation (ministries: org/<iso2>-ministry-of-<portfolio>)"};
    }
    if (p.span.title_en.empty()) {
      const Entity& o = *of->second;
      std::string title = humanise(p.span.role);
      const Portfolio* pf = nullptr;
      for (const Portfolio& q : portfolios_) {
        if (q.key == o.portfolio) pf = &q;
      }
      p.span.title_en = pf ? title + " of " + pf->en : title;
    }
    person->second->roles.push_back(std::move(p.span));
  }
  pending_roles_.clear();
  for (const Entity& e : entities_) {
    for (const RoleSpan& r : e.roles) role_index_[r.role + "\t" + r.of].emplace_back(&e, &r);
  }
  for (auto& [key, list] : role_index_) {
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
      return a.second->from.value_or(Date{}) < b.second->from.value_or(Date{});
    });
  }

  for (size_t i = 0; i < portfolios_.size(); ++i) {
    for (const std::string& k : portfolios_[i].ar) portfolio_by_ar_.emplace(k, i);
  }

  for (Entity& e : entities_) {
    index_raw(e, e.name_ar, NameKind::name, 'm');
    index_raw(e, e.name_en, NameKind::name, 'm');
    for (const std::string& a : e.aliases) index_raw(e, a, NameKind::name, 'm');
    if (e.type == EntityType::state) {
      std::vector<std::string> keys;
      for (const std::string& base : e.nisba) {
        for (const NisbaSuffix& s : kNisbaSuffixes) {
          for (bool definite : {false, true}) {
            std::string k = normalize_key(inflect(base, s.suffix, definite));
            index(e, k, NameKind::nisba, s.form);
            keys.push_back(std::move(k));
          }
        }
      }
      for (const std::string& extra : e.nisba_forms) {  // listed irregular plurals
        std::string k = normalize_key(extra);
        index(e, k, NameKind::nisba, 'p');
        keys.push_back(std::move(k));
      }
      e.nisba_forms = std::move(keys);
      for (const std::string& m : e.metonyms) index_raw(e, m, NameKind::metonym, 'm');
    }
  }
  // Capitals stand for their state: every name of the place is also a metonym of the state.
  for (Entity& e : entities_) {
    if (e.capital_of.empty()) continue;
    Entity& st = *by_id_.find(e.capital_of)->second;
    std::vector<std::string> names;
    if (!e.name_ar.empty()) names.push_back(e.name_ar);
    names.push_back(e.name_en);
    names.insert(names.end(), e.aliases.begin(), e.aliases.end());
    for (const std::string& n : names) {
      index_raw(st, n, NameKind::metonym, 'm');
      if (std::find(st.metonyms.begin(), st.metonyms.end(), n) == st.metonyms.end()) st.metonyms.push_back(n);
    }
  }
  finished_ = true;
  return Status::Ok();
}

const Entity* Gazetteer::find(std::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : it->second;
}

const std::vector<NameRef>& Gazetteer::lookup(std::string_view key) const {
  static const std::vector<NameRef> kNone;
  auto it = names_.find(key);
  return it == names_.end() ? kNone : it->second;
}

const Entity* Gazetteer::state_of_nisba(std::string_view key, char* form) const {
  for (const NameRef& r : lookup(key)) {
    if (r.kind == NameKind::nisba) {
      if (form) *form = r.form;
      return r.entity;
    }
  }
  return nullptr;
}

const Entity* Gazetteer::ministry(std::string_view state_id, std::string_view portfolio) const {
  if (state_id.size() != 8 || state_id.substr(0, 6) != "state/") return nullptr;
  std::string id = "org/" + lower_ascii(state_id.substr(6)) + "-ministry-of-";
  id += portfolio;
  return find(id);
}

const Portfolio* Gazetteer::portfolio_by_key(std::string_view normalised_ar) const {
  auto it = portfolio_by_ar_.find(normalised_ar);
  return it == portfolio_by_ar_.end() ? nullptr : &portfolios_[it->second];
}

std::vector<const Entity*> Gazetteer::holders(std::string_view role, std::string_view of, const Date& date) const {
  std::vector<const Entity*> out;
  std::string key;
  key.reserve(role.size() + 1 + of.size());
  key.append(role).append("\t").append(of);
  auto it = role_index_.find(key);
  if (it == role_index_.end()) return out;
  for (const auto& [person, span] : it->second) {
    if (span->covers(date) && std::find(out.begin(), out.end(), person) == out.end()) out.push_back(person);
  }
  return out;
}

const Entity* Gazetteer::holder(std::string_view role, std::string_view of, const Date& date) const {
  auto all = holders(role, of, date);
  return all.empty() ? nullptr : all.front();
}

const Entity* Gazetteer::previous_holder(std::string_view role, std::string_view of, const Date& date) const {
  std::string key;
  key.append(role).append("\t").append(of);
  auto it = role_index_.find(key);
  if (it == role_index_.end()) return nullptr;
  const Entity* best = nullptr;
  std::optional<Date> best_end;
  bool tie = false;
  for (const auto& [person, span] : it->second) {
    if (!span->to || !(*span->to < date) || span->covers(date)) continue;
    if (!best_end || *best_end < *span->to) {
      best = person;
      best_end = span->to;
      tie = false;
    } else if (*best_end == *span->to && best != person) {
      tie = true;
    }
  }
  // a person who still holds the role (re-elected) is not its former holder
  if (best && !tie) {
    for (const auto& [person, span] : it->second)
      if (person == best && span->covers(date)) return nullptr;
  }
  return tie ? nullptr : best;
}

}  // namespace actorgraph
