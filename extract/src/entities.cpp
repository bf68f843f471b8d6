// Stage 2 of extraction: entity spans.
//
// Reading order within a sentence, at each token not yet covered:
//   delegation phrase («وفد روسي برئاسة X») → title phrase («الرئيس السوري أحمد الشرع», «نائب وزير
//   الدفاع الروسي», «المحلل السياسي X») → gazetteer name (longest match, proclitics tried on the first
//   token only) → unnamed source («مصدر عسكري») → dual/plural base nouns («قاعدتي حميميم وطرطوس»).
// A second pass links surnames («الشرع») and definite anaphors («الوزارة») to actors of the article.
// Titles without names resolve to the person holding the role on the article date.
#include <algorithm>
#include <cassert>

#include "extract_internal.h"

namespace actorgraph::detail {

namespace {

constexpr std::string_view kArticle = "ال";

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// One way to read a token: the whole key, or a proclitic split of it.
struct Reading {
  std::string key;        // the form looked up
  std::string prep;       // proclitic preposition, "" when none
  uint32_t prefix_cps = 0;  // letters of the token (in the key) before the looked-up form
  bool whole = true;
  bool conj = false;      // a conjunction و/ف was read off the token
};

// The readings of a token, whole key first. For «لل» readings the looked-up form gets ال back and
// the mention keeps the whole token (there is no ال in the original to point at).
void readings_of(std::string_view key, std::vector<Reading>& out) {
  out.clear();
  out.push_back({std::string(key), "", 0, true});
  static thread_local std::vector<CliticSplit> splits;
  proclitic_splits(key, splits);
  for (const CliticSplit& s : splits) {
    size_t prefix_bytes = key.size() - s.stem.size();
    // count code points of the prefix (Arabic letters are 2 bytes, but stay general)
    uint32_t prefix_cps = 0;
    for (size_t b = 0; b < prefix_bytes; ++b) prefix_cps += (static_cast<unsigned char>(key[b]) & 0xC0) != 0x80;
    if (s.article) {
      bool lam_lam = s.prep == "ل";  // «للرئيس»: the article's alef is not written
      Reading r{with_article(s.stem), std::string(s.prep), lam_lam ? 0u : prefix_cps - 2, false, !s.conj.empty()};
      out.push_back(std::move(r));
    }
    out.push_back({std::string(s.stem), std::string(s.prep), prefix_cps, false, !s.conj.empty()});
  }
}

// The original code-point offset of the `n`-th key letter of a token (skipping dropped marks).
uint32_t original_offset(const DocState& st, const Token& t, uint32_t n) {
  uint32_t i = t.start;
  while (n > 0 && i < t.end) {
    if (fold_char(st.text[i]) != 0) --n;
    ++i;
  }
  while (i < t.end && fold_char(st.text[i]) == 0) ++i;
  return i;
}

class EntityFinder {
 public:
  EntityFinder(const Resources& res, DocState& st)
      : res_(res), gaz_(res.gazetteer), lex_(res.lexicons), st_(st), toks_(st.layer.tokens()) {}

  void run() {
    if (!st_.layout.dateline_place.empty())
      for (const NameRef& r : gaz_.lookup(normalize_key(encode_utf8(st_.layout.dateline_place))))
        if (r.kind == NameKind::name && r.entity->type == EntityType::location) st_.dateline_place = r.entity;
    const auto& sentences = st_.layer.sentences();
    st_.spans.assign(sentences.size(), {});
    // Date expressions per sentence: events are dated with them, and a title without a name
    // resolves to whoever held the office on the sentence's date.
    st_.dates.assign(sentences.size(), {});
    if (st_.date)
      for (size_t si = 0; si < sentences.size(); ++si)
        if (!st_.layout.is_boilerplate(sentences[si].start))
          st_.dates[si] = find_dates(res_.dates, toks_, sentences[si].first_token, sentences[si].end_token, *st_.date);
    for (size_t si = 0; si < sentences.size(); ++si) {
      const Sentence& s = sentences[si];
      if (st_.layout.is_boilerplate(s.start)) continue;
      sentence_ = si;
      first_ = s.first_token;
      end_ = s.end_token;
      uint32_t i = first_;
      while (i < end_) {
        uint32_t next = scan_at(i);
        i = next > i ? next : i + 1;
      }
    }
    link_surnames();
    for (auto& v : st_.spans)
      std::sort(v.begin(), v.end(), [](const Span& a, const Span& b) { return a.first < b.first; });
    reread_groups();
  }

 private:
  const Token& tok(uint32_t i) const { return toks_[i]; }
  // The proclitic readings of token i, computed once per article (titles, names, counterparts and
  // surnames all ask for them).
  const std::vector<Reading>& readings_at(uint32_t i) const {
    if (readings_cache_.size() != toks_.size()) {
      readings_cache_.assign(toks_.size(), {});
      readings_done_.assign(toks_.size(), 0);
    }
    if (!readings_done_[i]) {
      readings_of(toks_[i].key, readings_cache_[i]);
      readings_done_[i] = 1;
    }
    return readings_cache_[i];
  }
  bool word(uint32_t i) const { return i < end_ && toks_[i].kind == TokenKind::word; }
  bool is_cls(uint32_t i, std::string_view cls) const { return i < end_ && lex_.is(toks_[i].key, cls); }
  // Class test on the whole token or on its stem after و/ف.
  bool is_cls_conj(uint32_t i, std::string_view cls) const {
    if (i >= end_) return false;
    std::string_view k = toks_[i].key;
    if (lex_.is(k, cls)) return true;
    if ((starts_with(k, "و") || starts_with(k, "ف")) && k.size() > 4) return lex_.is(k.substr(2), cls);
    return false;
  }

  // Returns the token index after whatever was recognised at i (i when nothing).
  uint32_t scan_at(uint32_t i) {
    if (!word(i)) return i;
    if (uint32_t j = delegation_at(i); j > i) return j;
    if (uint32_t j = counterpart_at(i); j > i) return j;
    if (uint32_t j = leaders_at(i); j > i) return j;
    if (uint32_t j = person_anaphor_at(i); j > i) return j;
    if (uint32_t j = title_phrase_at(i, nullptr); j > i) return j;
    if (uint32_t j = name_at(i); j > i) return j;
    if (is_cls_conj(i, "source_noun")) {
      add_span(i, i + 1, SpanKind::unnamed, -1, "");
      return i + 1;
    }
    if (uint32_t j = base_list_at(i); j > i) return j;
    return i;
  }

  // ---- spans and entities ------------------------------------------------------------------

  Span& add_span(uint32_t first, uint32_t end, SpanKind kind, int entity, std::string prep,
                 uint32_t prefix_cps = 0) {
    Span sp;
    sp.first = first;
    sp.end = end;
    sp.start = prefix_cps ? original_offset(st_, tok(first), prefix_cps) : tok(first).start;
    sp.stop = tok(end - 1).end;
    sp.kind = kind;
    sp.entity = entity;
    sp.prep = std::move(prep);
    sp.after_location_prep = location_prep_before(first) || sp.prep == "ب";
    st_.spans[sentence_].push_back(std::move(sp));
    Span& ref = st_.spans[sentence_].back();
    if (entity >= 0 && st_.entities[entity].type == EntityType::person && kind != SpanKind::unnamed)
      persons_seen_.push_back(entity);
    // Role-only and anaphoric mentions are not names: they would make «الرئيس السوري» an alias of
    // whoever held the office in this article.
    if (entity >= 0 && kind != SpanKind::unnamed && kind != SpanKind::role_only && kind != SpanKind::anaphor) {
      EntityRecord& rec = st_.entities[entity];
      std::string surface = st_.slice(ref.start, ref.stop);
      if (std::find(rec.aliases.begin(), rec.aliases.end(), surface) == rec.aliases.end())
        rec.aliases.push_back(std::move(surface));
      ref.feminine = rec.type == EntityType::state;
      if (const Entity* e = gaz_.find(rec.id); e && e->feminine) ref.feminine = true;
    }
    return ref;
  }

  // A capital is a place after «في/إلى/من…» or a place noun («العاصمة», «العاصمة العراقية»),
  // and stands for its state otherwise.
  bool location_prep_before(uint32_t i) const {
    if (i == first_) return false;
    std::string_view k = toks_[i - 1].key;
    if (lex_.is(k, "location_prep") || lex_.is(strip_conj(k), "location_prep")) return true;
    if (is_place_noun(k)) return true;
    // «العاصمة العراقية بغداد»
    if (i >= first_ + 2 && gaz_.state_of_nisba(k) && is_place_noun(toks_[i - 2].key)) return true;
    return false;
  }
  bool is_place_noun(std::string_view k) const {
    if (lex_.is(k, "place_noun") || lex_.is(strip_conj(k), "place_noun")) return true;
    // «بالعاصمة», «لمدينة»: a preposition on the place noun
    return (starts_with(k, "ب") || starts_with(k, "ل")) && k.size() > 4 && lex_.is(k.substr(2), "place_noun");
  }
  static std::string_view strip_conj(std::string_view k) {
    if ((starts_with(k, "و") || starts_with(k, "ف")) && k.size() > 4) return k.substr(2);
    return k;
  }

  // Marks a gazetteer entity used; returns its index.
  int use(const Entity& e) { return st_.entity_for(e); }

  // ---- gazetteer names ---------------------------------------------------------------------

  struct NameMatch {
    uint32_t end = 0;                       // token after the match
    const std::vector<NameRef>* refs = nullptr;
    Reading reading;
  };

  // Longest gazetteer match starting at token i.
  NameMatch match_name(uint32_t i) const {
    NameMatch best;
    if (!word(i)) return best;
    const std::vector<Reading>& readings = readings_at(i);
    static thread_local std::string key;
    for (const Reading& r : readings) {
      uint32_t max_n = static_cast<uint32_t>(gaz_.max_tokens_from(r.key));
      if (max_n == 0) continue;
      uint32_t limit = std::min<uint32_t>(end_ - i, max_n);
      for (uint32_t n = limit; n >= 1; --n) {
        if (i + n <= best.end) break;  // cannot beat the best match
        bool ok = true;
        key = r.key;
        for (uint32_t k = i + 1; k < i + n; ++k) {
          if (toks_[k].kind == TokenKind::punct && toks_[k].key != "-") { ok = false; break; }
          if (toks_[k].newline_before) { ok = false; break; }
          key += ' ';
          key += toks_[k].key;
        }
        if (!ok) continue;
        const auto& refs = gaz_.lookup(key);
        if (!refs.empty()) {
          best = {i + n, &refs, r};
          break;
        }
      }
    }
    return best;
  }

  // Picks the referent of a matched name from context: capitals are places after a location
  // preposition and the state (metonym) otherwise.
  uint32_t name_at(uint32_t i) {
    NameMatch m = match_name(i);
    if (!m.refs) return i;
    const NameRef* name = nullptr;
    const NameRef* metonym = nullptr;
    const NameRef* nisba = nullptr;
    for (const NameRef& r : *m.refs) {
      if (r.kind == NameKind::name && !name) name = &r;
      if (r.kind == NameKind::metonym && !metonym) metonym = &r;
      if (r.kind == NameKind::nisba && !nisba) nisba = &r;
    }
    bool place_context = location_prep_before(i) || m.reading.prep == "ب";
    const NameRef* pick = nullptr;
    SpanKind kind = SpanKind::name;
    if (metonym && name && name->entity->type == EntityType::location) {
      if (place_context) {
        pick = name;
        kind = SpanKind::location;
      } else {
        pick = metonym;
        kind = SpanKind::metonym;
      }
    } else if (name) {
      pick = name;
      kind = name->entity->type == EntityType::location ? SpanKind::location : SpanKind::name;
    } else if (metonym) {
      pick = metonym;
      kind = SpanKind::metonym;
    } else if (nisba) {
      pick = nisba;
      kind = SpanKind::nisba;
    }
    if (!pick) return i;
    int idx = use(*pick->entity);
    uint32_t prefix = m.reading.whole ? 0 : m.reading.prefix_cps;
    Span& sp = add_span(i, m.end, kind, idx, m.reading.prep, prefix);
    sp.conj = m.reading.conj;
    if (kind == SpanKind::metonym && name && name->entity->type == EntityType::location) sp.place_alt = name->entity;
    // «البيت الأبيض», «الكرملين»: a seat of government is also where visitors go — its state
    if (kind == SpanKind::name && metonym && pick == name && name->entity->type == EntityType::organization)
      sp.place_alt = metonym->entity;
    uint32_t end = m.end;
    if (pick->entity->type == EntityType::person) {
      last_person_ = idx;
      end = apposition_after(m.end, sp);
    }
    if (kind == SpanKind::name && pick->entity->type != EntityType::person) note_org(idx);
    return end;
  }

  // ---- titles --------------------------------------------------------------------------------

  struct TitleParse {
    const Title* title = nullptr;
    uint32_t first = 0, end = 0;     // tokens of the whole title phrase (nisba/portfolio included)
    std::string of;                  // state or ministry id
    std::string country;             // state id
    std::string en;                  // English title
    bool former = false;
    std::string prep;                // proclitic on the first token
    uint32_t prefix_cps = 0;
    bool conj = false;               // the first token carries the conjunction و/ف
    const Portfolio* portfolio = nullptr;  // for ministry titles, when read
  };

  // A title phrase at i: TITLE (rank)* [PORTFOLIO] [NISBA | STATE NAME] [former]
  bool parse_title(uint32_t i, TitleParse& out) const {
    if (!word(i)) return false;
    const std::vector<Reading>& readings = readings_at(i);
    const Title* best = nullptr;
    uint32_t best_end = i;
    Reading best_reading;
    for (const Reading& r : readings) {
      if (!r.whole && r.prep.empty() && r.key == tok(i).key) continue;
      const auto& cands = lex_.titles_starting_with(first_word(r.key));
      for (const Title* t : cands) {
        uint32_t n = title_match_len(*t, r.key, i);
        if (n && i + n > best_end) {
          best = t;
          best_end = i + n;
          best_reading = r;
        }
      }
      if (best) break;
    }
    if (!best) return false;
    out.title = best;
    out.first = i;
    out.prep = best_reading.prep;
    out.conj = best_reading.conj;
    out.prefix_cps = best_reading.whole ? 0 : best_reading.prefix_cps;
    uint32_t j = best_end;
    std::string portfolio_en;
    const Portfolio* portfolio = nullptr;
    if (best->scope == "ministry" && word(j)) {
      // the longest portfolio of up to three words: «الخارجية والمغتربين», «الشؤون الخارجية»
      std::string key;
      for (uint32_t n = 3; n >= 1 && !portfolio; --n) {
        if (!word(j + n - 1)) continue;
        key.clear();
        for (uint32_t k = j; k < j + n; ++k) {
          if (k > j) key += ' ';
          key += tok(k).key;
        }
        if (const Portfolio* p = gaz_.portfolio_by_key(key)) {
          portfolio = p;
          portfolio_en = p->en;
          j += n;
        }
      }
    }
    const Entity* state = nullptr;
    // «المتحدث باسم البيت الأبيض», «الأمين العام للأمم المتحدة»: the organisation the title is of
    std::string org_of;
    if (best->scope == "org" && word(j)) {
      NameMatch m = match_name(j);
      if (m.refs) {
        for (const NameRef& r : *m.refs)
          if (r.kind == NameKind::name && r.entity->type != EntityType::person &&
              r.entity->type != EntityType::location) {
            org_of = r.entity->id;
            if (!r.entity->in.empty()) out.country = r.entity->in;
            j = m.end;
            break;
          }
      }
    }
    // «المحلل السياسي السوري», «الخبير العسكري الروسي»: a descriptive title takes a nationality
    if ((best->scope == "none" || best->scope == "rank") && word(j)) {
      if (const Entity* s = gaz_.state_of_nisba(tok(j).key)) {
        out.country = s->id;
        ++j;
      }
    }
    // «الباحث في الشؤون الإسرائيلية», «الخبير في الشأن التركي»: the field belongs to the title
    if (best->scope == "none" && j + 2 < end_ && lex_.is(tok(j).key, "prep_in") && lex_.is(tok(j + 1).key, "field_noun") &&
        word(j + 2))
      j += 3;
    // «رئيس الجمهورية الإسلامية الإيرانية», «رئيس الجمهورية العربية السورية»: words of a state's
    // official name before its nisba
    if (best->scope == "state") {
      uint32_t k = j;
      while (word(k) && lex_.is(tok(k).key, "state_form")) ++k;
      if (k > j && word(k) && gaz_.state_of_nisba(tok(k).key)) j = k;
    }
    if ((best->scope == "state" || best->scope == "ministry") && word(j)) {
      if (const Entity* s = gaz_.state_of_nisba(tok(j).key)) {
        state = s;
        ++j;
      } else {
        // construct state: «وزير خارجية مصر», «رئيس وزراء إسرائيل», «ولي عهد أبوظبي» (a capital)
        NameMatch m = match_name(j);
        if (m.refs && m.reading.whole) {
          for (const NameRef& r : *m.refs)
            if (r.entity->type == EntityType::state && (r.kind == NameKind::name || r.kind == NameKind::metonym)) {
              state = r.entity;
              j = m.end;
              break;
            }
        }
      }
    }
    std::string en = best->en;
    if (auto p = en.find("{portfolio}"); p != std::string::npos)
      en.replace(p, 11, portfolio_en.empty() ? std::string("?") : portfolio_en);
    if (best->scope == "ministry" && !portfolio) {
      // «الوزير» alone, or «وزير» + something we do not know: keep the bare title
      if (auto p = en.find(" of ?"); p != std::string::npos) en.erase(p);
    }
    out.en = en;
    if (state) {
      out.country = state->id;
      if (best->scope == "state") out.of = state->id;
      if (best->scope == "ministry" && portfolio) {
        if (const Entity* m = gaz_.ministry(state->id, portfolio->key)) out.of = m->id;
      }
    }
    // «وزير الخارجية في الإدارة السورية الجديدة», «وزير الدفاع في الحكومة الانتقالية السورية»:
    // the state through the government the minister serves in
    if (!state && (best->scope == "state" || best->scope == "ministry") && j + 1 < end_ && word(j) &&
        lex_.is(tok(j).key, "prep_in") && word(j + 1) && lex_.is(tok(j + 1).key, "government_noun")) {
      uint32_t k = j + 2;
      while (word(k) && lex_.is(tok(k).key, "title_adjective")) ++k;
      if (word(k)) {
        if (const Entity* s = gaz_.state_of_nisba(tok(k).key)) {
          state = s;
          j = k + 1;
          out.country = s->id;
          if (best->scope == "state") out.of = s->id;
          if (best->scope == "ministry" && portfolio)
            if (const Entity* m = gaz_.ministry(s->id, portfolio->key)) out.of = m->id;
        }
      }
    }
    if (out.of.empty() && !org_of.empty()) out.of = org_of;
    if (out.of.empty() && !best->of.empty()) out.of = best->of;  // «المبعوث الأممي» names the UN itself
    // «مساعدة وزير الخارجية الأمريكي لشؤون الشرق الأدنى باربرا ليف», «المبعوث الخاص لشؤون الرهائن»:
    // the field of the office, up to the given name that starts the holder's name
    if (word(j) && lex_.is(tok(j).key, "affairs_word")) {
      uint32_t k = j + 1;
      while (k < j + 5 && word(k) && !lex_.is(tok(k).key, "given_name") && !lex_.is(tok(k).key, "stop")) ++k;
      if (k > j + 1 && k < j + 5 && word(k) && lex_.is(tok(k).key, "given_name")) j = k;
    }
    // «المبعوث الأممي إلى سوريا», «السفير الروسي لدى دمشق»: the posting belongs to the title
    if (word(j) && lex_.is(tok(j).key, "posting_prep") && lex_.is(best->role, "posted_role")) {
      NameMatch m = match_name(j + 1);
      if (m.refs && m.reading.whole) {
        for (const NameRef& r : *m.refs)
          if (r.entity->type == EntityType::state || r.entity->type == EntityType::location) {
            j = m.end;
            break;
          }
      }
    }
    // «قائد الإدارة السورية الجديدة», «الرئيس السوري السابق»
    while (word(j) && (lex_.is(tok(j).key, "former") || lex_.is(tok(j).key, "title_adjective"))) {
      if (lex_.is(tok(j).key, "former")) out.former = true;
      ++j;
    }
    out.end = j;
    out.portfolio = portfolio;
    return true;
  }

  static std::string_view first_word(std::string_view key) {
    auto sp = key.find(' ');
    return sp == std::string_view::npos ? key : key.substr(0, sp);
  }

  // Tokens a (possibly multi-word) title key covers at i, with the first token read as `first`.
  uint32_t title_match_len(const Title& t, std::string_view first, uint32_t i) const {
    std::string_view k = t.key;
    uint32_t n = 0;
    size_t pos = 0;
    while (pos <= k.size()) {
      size_t sp = k.find(' ', pos);
      std::string_view w = k.substr(pos, sp == std::string_view::npos ? std::string_view::npos : sp - pos);
      uint32_t ti = i + n;
      if (ti >= end_ || toks_[ti].kind != TokenKind::word) return 0;
      std::string_view have = n == 0 ? first : std::string_view(toks_[ti].key);
      if (have != w) return 0;
      ++n;
      if (sp == std::string_view::npos) break;
      pos = sp + 1;
    }
    return n;
  }

  bool ends_with_alef_maqsura(const Token& t) const {
    for (uint32_t k = t.end; k > t.start;) {
      --k;
      if (fold_char(st_.text[k]) == 0) continue;  // a trailing diacritic
      return st_.text[k] == U'\u0649';
    }
    return false;
  }

  // The family name («الأسد», «أبو قصرة») of exactly one person named earlier in the article.
  uint32_t surname_of_known(uint32_t j, int& person) {
    if (!word(j)) return j;
    for (uint32_t n : {2u, 1u}) {
      if (j + n > end_ || (n == 2 && !word(j + 1))) continue;
      std::string key = tok(j).key;
      if (n == 2) key += " " + tok(j + 1).key;
      if (lex_.is(key, "stop")) continue;
      int found = -1;
      bool clash = false;
      for (size_t idx = 0; idx < st_.entities.size(); ++idx) {
        const EntityRecord& rec = st_.entities[idx];
        if (rec.type != EntityType::person) continue;
        const std::string& name = st_.name_key(static_cast<int>(idx));
        if (name.size() <= key.size() + 1 || name.compare(name.size() - key.size(), key.size(), key) != 0 ||
            name[name.size() - key.size() - 1] != ' ')
          continue;
        if (found >= 0 && found != static_cast<int>(idx)) clash = true;
        found = static_cast<int>(idx);
      }
      if (found >= 0 && !clash) {
        person = found;
        return j + n;
      }
    }
    return j;
  }

  // The given name («حمد») of exactly one person named in full earlier in the article.
  uint32_t given_name_of_known(uint32_t j, int& person) {
    const std::string& key = tok(j).key;
    int found = -1;
    for (size_t idx = 0; idx < st_.entities.size(); ++idx) {
      if (st_.entities[idx].type != EntityType::person) continue;
      const std::string& name = st_.name_key(static_cast<int>(idx));
      if (name.size() > key.size() && name.compare(0, key.size(), key) == 0 && name[key.size()] == ' ') {
        if (found >= 0 && found != static_cast<int>(idx)) return j;  // two of that name: nobody
        found = static_cast<int>(idx);
      }
    }
    if (found < 0) return j;
    person = found;
    return j + 1;
  }

  // A person name not in the gazetteer: GIVEN (compound)* [FAMILY]. Returns its end token, or
  // `i` when the tokens at i do not look like a name.
  uint32_t parse_name(uint32_t i) const {
    if (!word(i)) return i;
    const std::string& k0 = tok(i).key;
    if (!lex_.is(k0, "given_name")) return i;
    // «على» folds to «علي» (Ali): a stop word written with alef maqsura is never a name.
    if (lex_.is(k0, "stop") && ends_with_alef_maqsura(tok(i))) return i;
    uint32_t j = i + 1;
    int plain = 1;
    while (j < end_ && word(j) && !tok(j).newline_before && j - i < 5) {
      const std::string& k = tok(j).key;
      if (lex_.is(k, "stop") || lex_.is(k, "former") || lex_.is(k, "adverbial") || lex_.is(k, "title_adjective") ||
          lex_.trigger(k) ||
          gaz_.state_of_nisba(k) || !lex_.titles_starting_with(k).empty())
        break;
      // «الملك حمد وولي العهد»: a conjunction before a title or another name starts a new phrase
      if (starts_with(k, "و") && k.size() > 4) {
        std::string_view stem = std::string_view(k).substr(2);
        if (!lex_.titles_starting_with(stem).empty() || lex_.is(stem, "given_name") || lex_.is(stem, "stop") ||
            lex_.trigger(stem))
          break;
      }
      if (lex_.is(k, "name_particle")) {  // أبو، بن، عبد، آل ...: the next word belongs to the name
        if (j + 1 < end_ && word(j + 1)) {
          j += 2;
          ++plain;
          continue;
        }
        break;
      }
      if (starts_with(k, kArticle)) {  // an Arabic family name ends the name
        ++j;
        break;
      }
      if (plain >= 3) break;
      ++plain;
      ++j;
    }
    return j;
  }

  // A title phrase possibly followed by a name; resolves role-only titles. `subject` receives the
  // person's entity index when not null. Returns the token after the phrase (i when none).
  uint32_t title_phrase_at(uint32_t i, int* subject) {
    TitleParse tp;
    if (!parse_title(i, tp)) return i;
    uint32_t j = tp.end;
    // stacked titles: «الخبير العسكري العقيد X»
    TitleParse rank;
    while (parse_title(j, rank) && (rank.title->scope == "rank" || rank.title->scope == "none")) {
      if (tp.title->scope == "rank" && rank.title->scope == "none") tp = rank;  // keep the descriptive title
      j = rank.end;
    }
    if (tp.title->number != 's' && !tp.country.empty()) {
      if (uint32_t e = plural_title(tp); e > tp.end) return e;
    }
    int person = -1;
    uint32_t name_first = j, name_end = j;
    // a gazetteer person right after the title
    NameMatch m = match_name(j);
    if (m.refs) {
      for (const NameRef& r : *m.refs)
        if (r.kind == NameKind::name && r.entity->type == EntityType::person) {
          person = use(*r.entity);
          name_end = m.end;
          break;
        }
    }
    if (person < 0) {
      // «الرئيس الأسد», «الوزير أبو قصرة»: the family name of a person already named in the article
      if (uint32_t e = surname_of_known(j, person); e > j) name_end = e;
    }
    if (person < 0) {
      uint32_t e = parse_name(j);
      if (e == j + 1) {
        // «الملك حمد»: one given name is a person named in full earlier in the article, or nobody
        if (uint32_t g = given_name_of_known(j, person); g > j) name_end = g;
      } else if (e > j) {
        person = new_person(j, e, tp);
        name_end = e;
      }
    }
    if (person < 0) {
      // «نائب رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي»: titles in a row describe one person
      TitleParse next;
      if (parse_title(j, next) && next.title != tp.title) {
        int chained = -1;
        size_t before = st_.spans[sentence_].size();
        uint32_t e = title_phrase_at(j, &chained);
        if (chained >= 0) {
          for (size_t k = before; k < st_.spans[sentence_].size(); ++k)
            if (st_.spans[sentence_][k].entity == chained) {
              st_.spans[sentence_][k].first = tp.first;
              st_.spans[sentence_][k].conj = tp.conj;
              if (!tp.of.empty()) attach_role(chained, tp, st_.spans[sentence_][k]);
              break;
            }
          if (subject) *subject = chained;
          return e;
        }
      }
    }
    if (person >= 0) {
      Span& sp = add_span(name_first, name_end, SpanKind::name, person, "");
      sp.first = tp.first;  // arguments see the whole phrase; the mention stays on the name
      sp.prep = tp.prep;
      sp.conj = tp.conj;
      sp.after_location_prep = false;
      attach_role(person, tp, sp);
      last_person_ = person;
      if (subject) *subject = person;
      uint32_t after = apposition_after(name_end, sp);
      add_title_target_mention(tp);
      return after;
    }
    // «الرئيسان», «الوزيران», «الرؤساء الثلاثة»: the last two (or N) persons of the article in that role
    size_t wanted = tp.title->number == 'd' ? 2 : (tp.title->number == 'p' ? count_word(tp.end) : 0);
    if (wanted >= 2 && tp.title->definite && tp.country.empty() && tp.of.empty()) {
      // persons in the role, by the article's titles or the gazetteer's roles on the sentence's date
      std::vector<int> two;
      const Date when = sentence_date();
      for (auto it = persons_seen_.rbegin(); it != persons_seen_.rend() && two.size() < wanted; ++it) {
        if (std::find(two.begin(), two.end(), *it) != two.end()) continue;
        bool in_role = std::any_of(role_history_.begin(), role_history_.end(), [&](const RoleSeen& r) {
          return r.person == *it && r.role == tp.title->role;
        });
        if (!in_role)
          if (const Entity* e = gaz_.find(st_.entities[*it].id))
            for (const RoleSpan& rs : e->roles) in_role |= rs.role == tp.title->role && rs.covers(when);
        if (in_role) two.push_back(*it);
      }
      if (two.size() == wanted) {
        if (tp.title->number == 'p') tp.end += 1;  // the count word
        Span sp;
        sp.group_role = tp.title->role;
        sp.group_n = static_cast<uint32_t>(wanted);
        sp.first = tp.first;
        sp.end = tp.end;
        sp.start = tok(tp.first).start;
        sp.stop = tok(tp.end - 1).end;
        sp.kind = SpanKind::delegation;  // stands for the two; no mention of its own
        sp.entity = two.front();
        sp.group = two;
        sp.conj = tp.conj;
        st_.spans[sentence_].push_back(std::move(sp));
        return tp.end;
      }
    }
    // No name: a role-only mention resolves to the holder, a bare definite title to an earlier actor.
    add_title_target_mention(tp);
    int holder = resolve_role(tp);
    if (holder >= 0) {
      Span& sp = add_span(tp.first, tp.end, tp.of.empty() ? SpanKind::anaphor : SpanKind::role_only, holder,
                          tp.prep, tp.prefix_cps);
      sp.conj = tp.conj;
      if (!tp.of.empty()) attach_role(holder, tp, sp);
      last_person_ = holder;
      if (subject) *subject = holder;
      return tp.end;
    }
    return tp.end;  // the title is consumed so its nisba is not read as a state party
  }

  // «وزراء دفاع روسيا وتركيا وإيران», «وزيرا خارجية مصر والأردن»: one holder per coordinated state.
  uint32_t plural_title(const TitleParse& tp) {
    // (state, named person or -1) pairs: «وزراء خارجية روسيا سيرغي لافروف وتركيا هاكان فيدان»
    std::vector<std::pair<const Entity*, int>> members;
    if (const Entity* s = gaz_.find(tp.country)) members.emplace_back(s, -1);
    uint32_t j = tp.end;
    while (word(j) && !members.empty()) {
      NameMatch m = match_name(j);
      if (m.refs && members.back().second < 0) {
        const Entity* p = nullptr;
        for (const NameRef& r : *m.refs)
          if (r.kind == NameKind::name && r.entity->type == EntityType::person) p = r.entity;
        if (p) {
          members.back().second = use(*p);
          add_span(j, m.end, SpanKind::name, members.back().second, m.reading.prep,
                   m.reading.whole ? 0 : m.reading.prefix_cps);
          j = m.end;
          continue;
        }
      }
      std::string_view k = tok(j).key;
      if (!starts_with(k, "و") || k.size() <= 2) break;
      std::string rest(k.substr(2));
      const Entity* s = gaz_.state_of_nisba(rest);
      if (!s)
        for (const NameRef& r : gaz_.lookup(rest))
          if (r.kind == NameKind::name && r.entity->type == EntityType::state) s = r.entity;
      if (!s) break;
      members.emplace_back(s, -1);
      ++j;
    }
    if (members.size() < 2 || !st_.date) return tp.end;
    const Portfolio* portfolio = nullptr;
    if (tp.title->scope == "ministry") {
      for (uint32_t k = tp.first; k < tp.end && !portfolio; ++k) portfolio = gaz_.portfolio_by_key(tok(k).key);
      if (!portfolio) return tp.end;
    }
    std::vector<int> group;
    for (const auto& [s, named] : members) {
      use(*s);
      std::string of = s->id;
      if (portfolio) {
        const Entity* m = gaz_.ministry(s->id, portfolio->key);
        if (!m) continue;
        use(*m);
        of = m->id;
      }
      int person = named;
      if (person < 0) {
        std::vector<const Entity*> hs = gaz_.holders(tp.title->role, of, *st_.date);
        if (hs.size() != 1) continue;
        person = use(*hs.front());
      }
      if (std::find(group.begin(), group.end(), person) == group.end()) group.push_back(person);
      Role r;
      r.title = tp.en;
      r.key = tp.title->role;
      r.of = of;
      add_role(person, r, tp.first, j);
    }
    if (group.empty()) return j;
    // the group span covers the phrase; the named members keep their own mentions
    Span sp;
    sp.first = tp.first;
    sp.end = j;
    sp.start = tok(tp.first).start;
    sp.stop = tok(j - 1).end;
    sp.kind = SpanKind::delegation;  // stands for others; no mention of its own
    sp.conj = tp.conj;
    sp.entity = group.front();
    sp.group = group;
    st_.spans[sentence_].push_back(std::move(sp));
    return j;
  }

  // «أن الأخير التقى»: the last person named; «ضيفه الأمريكي»: the first person of that nationality.
  uint32_t person_anaphor_at(uint32_t i) {
    if (!word(i) || persons_seen_.empty()) return i;
    std::string_view k = strip_conj(tok(i).key);
    if (lex_.is(k, "latter_word")) {
      add_span(i, i + 1, SpanKind::anaphor, persons_seen_.back(), "");
      return i + 1;
    }
    if (lex_.is(k, "guest_anaphor") && word(i + 1)) {
      const Entity* s = gaz_.state_of_nisba(tok(i + 1).key);
      if (!s) return i;
      // the guest is the visitor the article is about: the first person of that nationality
      for (int p : persons_seen_)
        if (st_.entities[p].country == s->id) {
          add_span(i, i + 2, SpanKind::anaphor, p, "");
          return i + 2;
        }
    }
    return i;
  }

  // «الثلاثة», «الأربعة»: the count after a plural anaphor (0 when none).
  size_t count_word(uint32_t j) const {
    if (!word(j)) return 0;
    for (size_t n = 2; n <= 9; ++n)
      if (lex_.is(tok(j).key, "count_" + std::to_string(n))) return n;
    return 0;
  }

  // «القادة الثلاثة», «الزعماء الأربعة»: the last N persons of the article, whatever their titles.
  uint32_t leaders_at(uint32_t i) {
    if (!word(i)) return i;
    const bool dual = lex_.is(strip_conj(tok(i).key), "dual_parties");
    if (!dual && !lex_.is(strip_conj(tok(i).key), "leaders_word")) return i;
    size_t n = dual ? 2 : count_word(i + 1);
    if (n < 2) return i;
    std::vector<int> group;
    for (auto it = persons_seen_.rbegin(); it != persons_seen_.rend() && group.size() < n; ++it)
      if (std::find(group.begin(), group.end(), *it) == group.end()) group.push_back(*it);
    if (group.size() != n) return i;
    Span sp;
    const uint32_t end = dual ? i + 1 : i + 2;
    sp.first = i;
    sp.end = end;
    sp.start = tok(i).start;
    sp.stop = tok(end - 1).end;
    sp.kind = SpanKind::delegation;
    sp.entity = group.front();
    sp.group = group;
    sp.group_n = static_cast<uint32_t>(n);
    sp.conj = strip_conj(tok(i).key) != tok(i).key;
    st_.spans[sentence_].push_back(std::move(sp));
    return end;
  }

  // The state or ministry a title names becomes a node even when never named itself.
  void add_title_target_mention(const TitleParse& tp) {
    if (!tp.country.empty())
      if (const Entity* s = gaz_.find(tp.country)) use(*s);
    if (!tp.of.empty())
      if (const Entity* o = gaz_.find(tp.of)) use(*o);
  }

  // «نظيره الروسي [NAME]», «نظيره في موسكو»: the last person's counterpart in another state.
  uint32_t counterpart_at(uint32_t i) {
    std::string prep;
    bool conj = false;
    if (!counterpart_word(i, prep, conj)) return i;
    uint32_t j = i + 1;
    const Entity* state = word(j) ? gaz_.state_of_nisba(tok(j).key) : nullptr;
    if (state) ++j;
    // «بنظيريه التركي والإيراني», «ونظراؤه السعودي X والعراقي Y»: one counterpart per coordinated
    // nisba, named or not
    if (state) {
      uint32_t k = j;
      int first_named = -1;
      uint32_t after_first = skip_person_name(k, first_named);
      std::vector<std::pair<const Entity*, int>> members = {{state, first_named}};
      k = after_first;
      while (word(k) && starts_with(tok(k).key, "و") && tok(k).key.size() > 2) {
        const Entity* s2 = gaz_.state_of_nisba(std::string_view(tok(k).key).substr(2));
        if (!s2) break;
        int named = -1;
        k = skip_person_name(k + 1, named);
        members.emplace_back(s2, named);
      }
      if (members.size() > 1) return counterpart_group(i, k, members, prep, conj);
    }
    int person = -1;
    uint32_t name_end = j;
    NameMatch m = match_name(j);
    if (m.refs) {
      for (const NameRef& r : *m.refs)
        if (r.kind == NameKind::name && r.entity->type == EntityType::person) {
          person = use(*r.entity);
          name_end = m.end;
          break;
        }
    }
    std::optional<Role> role;
    if (last_person_ >= 0 && state) role = counterpart_role(last_person_, state->id);
    if (person < 0 && name_end == j) {
      TitleParse none;
      uint32_t e = parse_name(j);
      if (e > j) {
        none.country = state ? state->id : std::string();
        person = new_person(j, e, none);
        name_end = e;
      }
    }
    if (person < 0 && role && !role->of.empty() && st_.date) {
      std::vector<const Entity*> hs = gaz_.holders(role_key_of(last_person_), role->of, sentence_date());
      if (hs.size() == 1) person = use(*hs.front());
    }
    if (state) use(*state);
    if (person < 0) return j;
    Span& sp = add_span(name_end > j ? j : i, name_end > j ? name_end : j,
                        name_end > j ? SpanKind::name : SpanKind::role_only, person, "");
    sp.first = i;
    if (role) {
      sp.role = role;
      add_role(person, *role, i, j);
      role_keys_[person] = {role_key_of(last_person_), *role};
    }
    last_person_ = person;
    return name_end;
  }

  // «نظيره», «بنظيريه», «ونظراؤه»: a counterpart word, with its proclitics.
  bool counterpart_word(uint32_t i, std::string& prep, bool& conj) const {
    if (!word(i)) return false;
    const std::vector<Reading>& readings = readings_at(i);
    for (const Reading& r : readings)
      if (lex_.is(r.key, "counterpart")) {
        prep = r.prep;
        conj = r.conj;
        return true;
      }
    return false;
  }

  // A gazetteer person (or a titled-free name of the given-names list) at k: its end, and the person.
  uint32_t skip_person_name(uint32_t k, int& person) {
    NameMatch m = match_name(k);
    if (m.refs)
      for (const NameRef& r : *m.refs)
        if (r.kind == NameKind::name && r.entity->type == EntityType::person) {
          person = use(*r.entity);
          add_span(k, m.end, SpanKind::name, person, m.reading.prep, m.reading.whole ? 0 : m.reading.prefix_cps);
          return m.end;
        }
    return k;
  }

  uint32_t counterpart_group(uint32_t i, uint32_t j, const std::vector<std::pair<const Entity*, int>>& members,
                             const std::string& prep, bool conj) {
    if (last_person_ < 0 || !st_.date) return j;
    std::vector<int> group;
    const std::string key = role_key_of(last_person_);
    for (const auto& [s, named] : members) {
      use(*s);
      std::optional<Role> role = counterpart_role(last_person_, s->id);
      int person = named;
      if (person < 0) {
        if (!role || role->of.empty()) continue;
        std::vector<const Entity*> hs = gaz_.holders(key, role->of, sentence_date());
        if (hs.size() != 1) continue;
        person = use(*hs.front());
      }
      if (role) add_role(person, *role, i, j);
      if (std::find(group.begin(), group.end(), person) == group.end()) group.push_back(person);
    }
    if (group.empty()) return j;
    Span sp;
    sp.first = i;
    sp.end = j;
    sp.start = tok(i).start;
    sp.stop = tok(j - 1).end;
    sp.kind = SpanKind::delegation;  // stands for the counterparts; no mention of its own
    sp.entity = group.front();
    sp.group = group;
    sp.prep = prep;
    sp.conj = conj;
    st_.spans[sentence_].push_back(std::move(sp));
    return j;
  }

  // Role key and Role of the subject transposed to `state`: a Syrian defence minister's Russian
  // counterpart is the Russian defence minister.
  std::optional<Role> counterpart_role(int person, const std::string& state) {
    auto it = role_keys_.find(person);
    if (it == role_keys_.end()) return std::nullopt;
    const Role& role = it->second.second;
    Role r = role;
    r.from.reset();
    r.to.reset();
    r.former = false;
    if (const Entity* of = gaz_.find(role.of)) {
      if (of->type == EntityType::state) {
        r.of = state;
      } else if (!of->portfolio.empty()) {
        const Entity* m = gaz_.ministry(state, of->portfolio);
        r.of = m ? m->id : std::string();
      } else {
        r.of.clear();
      }
    } else {
      r.of.clear();
    }
    if (!r.of.empty())
      if (const Entity* o = gaz_.find(r.of)) use(*o);
    return r;
  }
  std::string role_key_of(int person) const {
    auto it = role_keys_.find(person);
    return it == role_keys_.end() ? std::string() : it->second.first;
  }

  int resolve_role(const TitleParse& tp) {
    const std::string& role = tp.title->role;
    // an actor of this article already known in this role
    for (auto it = role_history_.rbegin(); it != role_history_.rend(); ++it) {
      if (it->role != role) continue;
      if (!tp.of.empty() && it->of != tp.of) continue;
      if (tp.of.empty() && !tp.title->definite) continue;
      if (!tp.country.empty() && st_.entities[it->person].country != tp.country) continue;
      return it->person;
    }
    if (tp.of.empty() || !st_.date) return -1;
    const Date when = sentence_date();
    if (tp.former) {
      const Entity* prev = gaz_.previous_holder(role, tp.of, when);
      return prev ? use(*prev) : -1;
    }
    std::vector<const Entity*> hs = gaz_.holders(role, tp.of, when);
    if (hs.size() != 1) return -1;
    return use(*hs.front());
  }

  // The date a title is read at: the sentence's first explicit date that is not a span anchored to
  // another event, else the article's date.
  Date sentence_date() const { return sentence_date_at(sentence_); }
  Date sentence_date_at(size_t si) const {
    for (const DateMention& d : st_.dates[si])
      if (!d.anchor_after && d.precision != DatePrecision::document) return d.date;
    return *st_.date;
  }

  // ---- persons and roles -----------------------------------------------------------------------

  int new_person(uint32_t first, uint32_t end, const TitleParse& tp) {
    std::string name_ar = st_.slice(tok(first).start, tok(end - 1).end);
    std::string label = transliterate(name_ar);
    std::string id = "person/" + slugify(label);
    int idx = st_.entity_for_id(id);
    if (idx >= 0) return idx;
    EntityRecord rec;
    rec.id = id;
    rec.type = EntityType::person;
    rec.label = label;
    rec.name_ar = name_ar;
    rec.country = tp.country;
    rec.in_gazetteer = false;
    st_.entities.push_back(std::move(rec));
    idx = static_cast<int>(st_.entities.size()) - 1;
    st_.entity_index.emplace(id, idx);
    return idx;
  }

  void attach_role(int person, const TitleParse& tp, Span& sp) {
    if (tp.title->scope == "rank" && tp.title->role.empty()) return;
    Role r;
    r.title = tp.en;
    r.key = tp.title->role;
    r.title_ar = st_.slice(tok(tp.first).start, tok(tp.end - 1).end);
    r.of = tp.of;
    r.former = tp.former;
    sp.role = r;
    sp.role_first = tp.first;
    sp.role_end = tp.end;
    add_role(person, r, tp.first, tp.end);
    role_history_.push_back({tp.title->role, tp.of, person});
    role_keys_[person] = {tp.title->role, r};
    if (st_.entities[person].country.empty()) st_.entities[person].country = tp.country;
  }

  void add_role(int person, const Role& r, uint32_t first, uint32_t end) {
    EntityRecord& rec = st_.entities[person];
    bool have = std::any_of(rec.roles.begin(), rec.roles.end(), [&](const Role& x) {
      return x.title == r.title && x.of == r.of && x.former == r.former;
    });
    if (!have) rec.roles.push_back(r);
    if (!r.of.empty() && !r.former) {
      st_.role_evidence.push_back({person, r, static_cast<uint32_t>(sentence_), first, end});
    }
  }

  // «X نائب وزير الدفاع الروسي»: a title right after a name describes that name.
  // What follows a person's name and belongs to it: the rest of a lineage name («محمد بن سلمان
  // بن عبدالعزيز آل سعود») and up to three titles in apposition («… ولي العهد رئيس مجلس الوزراء»).
  uint32_t apposition_after(uint32_t j, Span& sp) {
    while (word(j) && word(j + 1) && lex_.is(tok(j).key, "lineage_particle")) {
      TitleParse next;
      if (parse_title(j + 1, next)) break;
      j += 2;
      sp.end = j;
    }
    for (int n = 0; n < 3; ++n) {
      const uint32_t k = one_apposition(j, sp);
      if (k == j) break;
      j = k;
    }
    return j;
  }

  // The office of `tp` on the sentence's date, read for the state of `person` when the title names
  // none («ولي العهد» after a Saudi prince): the role's target, or empty.
  std::string office_for(const TitleParse& tp, int person) const {
    if (!tp.of.empty()) return tp.of;
    const std::string& c = st_.entities[person].country;
    if (c.empty()) return {};
    if (tp.title->scope == "state") return c;
    if (tp.title->scope == "ministry" && tp.portfolio)
      if (const Entity* m = gaz_.ministry(c, tp.portfolio->key)) return m->id;
    return {};
  }

  uint32_t one_apposition(uint32_t j, Span& sp) {
    TitleParse tp;
    if (!parse_title(j, tp)) return j;
    // the title must not introduce a name of its own (then it is the next person)
    if (parse_name(tp.end) > tp.end) return j;
    NameMatch m = match_name(tp.end);
    if (m.refs)
      for (const NameRef& r : *m.refs)
        if (r.entity->type == EntityType::person) return j;
    // «استقبل الشرع وزير الخارجية الأردني»: a title of another state, or an office someone else
    // holds on that date, is the verb's next argument, not an apposition
    const std::string& country = st_.entities[sp.entity].country;
    if (!tp.country.empty() && !country.empty() && tp.country != country) return j;
    const std::string office = office_for(tp, sp.entity);
    if (office.empty() && tp.title->scope != "none") return j;
    if (!office.empty()) {
      std::vector<const Entity*> hs = gaz_.holders(tp.title->role, office, sentence_date());
      const bool holder = std::any_of(hs.begin(), hs.end(), [&](const Entity* e) { return e->id == st_.entities[sp.entity].id; });
      if (!hs.empty() && !holder) return j;
      if (tp.of.empty()) {
        // the state came from the person: the title holds no role of its own to attach
        sp.end = tp.end;
        return tp.end;
      }
    }
    attach_role(sp.entity, tp, sp);
    add_title_target_mention(tp);
    sp.role_first = tp.first;
    sp.role_end = tp.end;
    sp.end = tp.end;  // the apposition belongs to the phrase
    return tp.end;
  }

  // ---- delegations --------------------------------------------------------------------------

  // «وفد روسي رفيع المستوى برئاسة X», «الوفد الروسي» (a delegation named earlier in the article).
  uint32_t delegation_at(uint32_t i) {
    if (!is_cls_conj(i, "delegation")) return i;
    std::vector<std::string> states;
    uint32_t j = i + 1;
    uint32_t limit = std::min(end_, i + 7);
    for (; j < limit && word(j); ++j) {
      const std::string& k = tok(j).key;
      if (const Entity* s = state_word(j)) {
        states.push_back(s->id);
        continue;
      }
      if (lex_.is(k, "headed_by")) break;
      if (lex_.is(k, "stop") || lex_.trigger(k)) break;
    }
    bool headed = j < end_ && word(j) && lex_.is(tok(j).key, "headed_by");
    if (headed) {
      uint32_t h = j + 1;
      // «برئاسة رئيس الوزراء X» / «برئاسة X»
      int person = -1;
      uint32_t after = title_phrase_at(h, &person);
      if (after == h) {
        int save_last = last_person_;
        after = name_at(h);
        if (after > h && last_person_ != save_last) person = last_person_;
        if (after > h && person < 0) {
          // name_at may have matched a non-person: not a head
          after = h;
        }
      }
      if (person >= 0) {
        // the delegation stands for its head
        Span d;
        d.first = i;
        d.end = i + 1;
        d.start = tok(i).start;
        d.stop = tok(i).end;
        d.kind = SpanKind::delegation;
        d.entity = person;
        st_.spans[sentence_].push_back(d);
        for (const std::string& s : states) delegations_[s] = person;
        if (const Entity* s = states.size() == 1 ? gaz_.find(states.front()) : nullptr) use(*s);
        return after;
      }
      return i + 1;
    }
    // a definite delegation of one state refers to the last delegation of that state
    if (states.size() == 1 && is_cls_conj(i, "delegation_definite")) {
      auto it = delegations_.find(states.front());
      if (it != delegations_.end()) {
        Span d;
        d.first = i;
        d.end = j;
        d.start = tok(i).start;
        d.stop = tok(j - 1).end;
        d.kind = SpanKind::delegation;
        d.entity = it->second;
        st_.spans[sentence_].push_back(d);
        return j;
      }
    }
    // «على رأس وفد سوري»: the head precedes
    if (states.size() == 1 && i >= first_ + 2 && lex_.is(tok(i - 2).key, "prep_on") && lex_.is(tok(i - 1).key, "head_noun") &&
        last_person_ >= 0) {
      delegations_[states.front()] = last_person_;
    }
    // «وفد مشترك سوري روسي» and other delegations without a head name nobody: skip the nisbas
    return j;
  }

  // A nisba («روسي») or, in the accusative «وفدا روسيا», the state's name.
  const Entity* state_word(uint32_t j) const {
    if (const Entity* s = gaz_.state_of_nisba(tok(j).key)) return s;
    for (const NameRef& r : gaz_.lookup(tok(j).key))
      if (r.kind == NameKind::name && r.entity->type == EntityType::state) return r.entity;
    return nullptr;
  }

  // ---- bases listed after a dual or plural noun ------------------------------------------------

  // «قاعدتي حميميم وطرطوس» → the bases «قاعدة حميميم» and «قاعدة طرطوس».
  uint32_t base_list_at(uint32_t i) {
    const std::vector<Reading>& readings = readings_at(i);
    std::string singular;
    std::string prep;
    for (const Reading& r : readings) {
      if (lex_.is(r.key, "base_plural")) {
        singular = "قاعده";  // the singular the gazetteer lists bases under («قاعدة حميميم»)
        prep = r.prep;
        break;
      }
    }
    if (singular.empty()) return i;
    uint32_t j = i + 1;
    bool any = false;
    while (word(j)) {
      std::string_view k = tok(j).key;
      bool conj = any && starts_with(k, "و") && k.size() > 2;
      std::string key = singular + " " + std::string(conj ? k.substr(2) : k);
      const Entity* base = nullptr;
      for (const NameRef& r : gaz_.lookup(key))
        if (r.entity->type == EntityType::military_base) base = r.entity;
      if (!base) break;
      int idx = use(*base);
      add_span(j, j + 1, SpanKind::name, idx, "", conj ? 1 : 0);
      note_org(idx);
      any = true;
      ++j;
    }
    return any ? j : i;
  }

  // ---- anaphors and surnames ------------------------------------------------------------------

  // Remembers the head noun of an organisation's Arabic name («وزارة») so «الوزارة» can refer to it.
  void note_org(int idx) {
    const EntityRecord& rec = st_.entities[idx];
    if (rec.type != EntityType::organization && rec.type != EntityType::media) return;
    std::string key = normalize_key(rec.name_ar);
    std::string head(first_word(key));
    if (head.size() < 6 || starts_with(head, kArticle)) return;
    heads_["ال" + head] = idx;
  }

  // Group anaphors were read in the first pass, before surname-only mentions («الأسد», «بوتين») were
  // linked: read them again from every person mention before them, in text order.
  void reread_groups() {
    std::vector<int> seen;
    for (size_t si = 0; si < st_.spans.size(); ++si) {
      const Date when = sentence_date_at(si);
      for (Span& sp : st_.spans[si]) {
        if (sp.group_n >= 2) {
          std::vector<int> group;
          for (auto it = seen.rbegin(); it != seen.rend() && group.size() < sp.group_n; ++it) {
            if (std::find(group.begin(), group.end(), *it) != group.end()) continue;
            if (!sp.group_role.empty() && !in_role(*it, sp.group_role, when)) continue;
            group.push_back(*it);
          }
          if (group.size() == sp.group_n) {
            sp.group = group;
            sp.entity = group.front();
          }
          continue;
        }
        if (sp.entity >= 0 && sp.group.empty() && sp.kind != SpanKind::unnamed &&
            st_.entities[sp.entity].type == EntityType::person)
          seen.push_back(sp.entity);
      }
    }
  }

  // The person holds `role` by the article's titles, or by the gazetteer on `when`.
  bool in_role(int person, const std::string& role, const Date& when) const {
    bool yes = std::any_of(role_history_.begin(), role_history_.end(),
                           [&](const RoleSeen& r) { return r.person == person && r.role == role; });
    if (!yes)
      if (const Entity* e = gaz_.find(st_.entities[person].id))
        for (const RoleSpan& rs : e->roles) yes |= rs.role == role && rs.covers(when);
    return yes;
  }

  // A word at i cannot be an adjective: it starts the sentence or follows a verb, an auxiliary or a
  // complementizer («وقال السوداني», «وكان السوداني قد», «إن السوداني»).
  bool subject_position(uint32_t i) const {
    if (i == first_) return true;
    if (tok(i - 1).kind != TokenKind::word) return tok(i - 1).key == "،" || tok(i - 1).key == ",";
    if (is_cls_conj(i - 1, "subject_lead")) return true;
    std::string_view prev = tok(i - 1).key;
    return lex_.trigger(prev) || lex_.trigger(strip_conj(prev));
  }

  // Surnames of the article's persons («الشرع», «أبو قصرة»), and «الوزارة»-style anaphors, on
  // tokens the first pass left uncovered.
  void link_surnames() {
    std::unordered_map<std::string, int> surnames;
    std::unordered_map<std::string, int> clash;
    for (size_t idx = 0; idx < st_.entities.size(); ++idx) {
      const EntityRecord& rec = st_.entities[idx];
      if (rec.type != EntityType::person) continue;
      std::vector<std::string> forms = {st_.name_key(static_cast<int>(idx))};
      for (const std::string& a : rec.aliases) forms.push_back(normalize_key(a));
      for (const std::string& f : forms) {
        std::vector<std::string_view> words;
        size_t pos = 0;
        while (pos < f.size()) {
          size_t sp = f.find(' ', pos);
          words.push_back(std::string_view(f).substr(pos, sp == std::string::npos ? std::string::npos : sp - pos));
          if (sp == std::string::npos) break;
          pos = sp + 1;
        }
        if (words.size() < 2) continue;
        std::string sur;
        if (words.size() >= 3 && lex_.is(words[words.size() - 2], "name_particle"))
          sur = std::string(words[words.size() - 2]) + " " + std::string(words.back());
        else if (words.back().size() >= 6)
          sur = std::string(words.back());
        if (sur.empty() || lex_.is(sur, "stop")) continue;
        auto [it, fresh] = surnames.emplace(sur, static_cast<int>(idx));
        if (!fresh && it->second != static_cast<int>(idx)) clash[sur] = 1;
      }
    }
    for (const auto& [k, _] : clash) surnames.erase(k);
    if (surnames.empty() && heads_.empty()) return;
    const auto& sentences = st_.layer.sentences();
    for (size_t si = 0; si < sentences.size(); ++si) {
      const Sentence& s = sentences[si];
      if (st_.layout.is_boilerplate(s.start)) continue;
      sentence_ = si;
      first_ = s.first_token;
      end_ = s.end_token;
      auto& spans = st_.spans[si];
      // «وكان السوداني قد زار طهران»: a nisba standing where no noun precedes it is the surname of
      // a person of the article (السوداني، اللبناني), not an adjective
      for (Span& sp : spans) {
        if (sp.kind != SpanKind::nisba || sp.end != sp.first + 1) continue;
        auto it = surnames.find(tok(sp.first).key);
        if (it == surnames.end() || !subject_position(sp.first)) continue;
        sp.kind = SpanKind::name;
        sp.entity = it->second;
      }
      std::vector<char> covered(end_ - first_, 0);
      for (const Span& sp : spans)
        for (uint32_t k = sp.first; k < sp.end && k < end_; ++k) covered[k - first_] = 1;
      for (uint32_t i = first_; i < end_; ++i) {
        if (covered[i - first_] || !word(i)) continue;
        const std::vector<Reading>& readings = readings_at(i);
        for (const Reading& r : readings) {
          // two-word surnames: «أبو قصرة»
          if (i + 1 < end_ && !covered[i + 1 - first_] && word(i + 1)) {
            auto it2 = surnames.find(r.key + " " + tok(i + 1).key);
            if (it2 != surnames.end()) {
              add_span(i, i + 2, SpanKind::name, it2->second, r.prep, r.whole ? 0 : r.prefix_cps).conj = r.conj;
              covered[i + 1 - first_] = 1;
              break;
            }
          }
          auto it = surnames.find(r.key);
          if (it != surnames.end() && !lex_.is(tok(i).key, "stop")) {
            add_span(i, i + 1, SpanKind::name, it->second, r.prep, r.whole ? 0 : r.prefix_cps).conj = r.conj;
            break;
          }
          auto ih = heads_.find(r.key);
          if (ih != heads_.end()) {
            add_span(i, i + 1, SpanKind::anaphor, ih->second, r.prep, r.whole ? 0 : r.prefix_cps).conj = r.conj;
            break;
          }
        }
      }
    }
  }

  const Resources& res_;
  const Gazetteer& gaz_;
  const Lexicons& lex_;
  DocState& st_;
  const std::vector<Token>& toks_;
  size_t sentence_ = 0;
  uint32_t first_ = 0, end_ = 0;
  int last_person_ = -1;
  struct RoleSeen { std::string role, of; int person; };
  std::vector<RoleSeen> role_history_;
  std::unordered_map<int, std::pair<std::string, Role>> role_keys_;
  std::unordered_map<std::string, int> delegations_;  // state id → head person
  std::unordered_map<std::string, int> heads_;        // «الوزارة» → organisation
  std::vector<int> persons_seen_;                     // persons in mention order
  mutable std::vector<std::vector<Reading>> readings_cache_;
  mutable std::vector<char> readings_done_;
};

}  // namespace

int DocState::entity_for(const Entity& e) {
  auto it = entity_index.find(e.id);
  if (it != entity_index.end()) return it->second;
  entities.push_back(record_of(e));
  int idx = static_cast<int>(entities.size()) - 1;
  entity_index.emplace(e.id, idx);
  return idx;
}

EntityRecord record_of(const Entity& e) {
  EntityRecord r;
  r.id = e.id;
  r.type = e.type;
  r.name_ar = e.name_ar;
  r.name_en = e.name_en;
  r.label = !e.name_en.empty() ? e.name_en : transliterate(normalize_key(e.name_ar));
  r.country = e.in;
  r.in_gazetteer = true;
  for (const RoleSpan& rs : e.roles) {
    Role role;
    role.title = rs.title_en;
    role.key = rs.role;
    role.of = rs.of;
    role.from = rs.from;
    role.to = rs.to;
    r.roles.push_back(std::move(role));
  }
  return r;
}

void find_entities(const Resources& res, DocState& st) { EntityFinder(res, st).run(); }

}  // namespace actorgraph::detail
