// Stage 3 of extraction: events from triggers and Arabic word order.
//
// Verbs are read verb–subject–object with adverbials skipped between them («التقى خلالها X»,
// «استقبل في دمشق X»); a verb with no overt subject takes the subject carried from the previous
// statement («وأضاف»), or, after «خلالها», the agent of the event it refers to. Subject-first
// order (headlines, clauses after «أن») is tried when nothing follows the verb. Nouns take their
// arguments from «بين X و Y», a genitive («زيارة X إلى Y»), a relative light verb («زيارة أجراها X»)
// or a light verb before them («أجرى X زيارة إلى Y»). Triggers inside quotation marks, in
// boilerplate, or negated are ignored: a missed event is better than an invented one.
#include <algorithm>
#include <cassert>
#include <cstdlib>

#include "extract_internal.h"

namespace actorgraph::detail {

namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

constexpr int kNone = -1;
constexpr int kUnnamed = -2;  // an unnamed source: a speaker that yields no edge

bool is_actor_type(EntityType t) {
  return t == EntityType::person || t == EntityType::state || t == EntityType::organization ||
         t == EntityType::media;
}

class EventFinder {
 public:
  EventFinder(const Resources& res, DocState& st)
      : lex_(res.lexicons), gaz_(res.gazetteer), st_(st), toks_(st.layer.tokens()) {}

  std::vector<Event> run() {
    const auto& sentences = st_.layer.sentences();
    for (size_t si = 0; si < sentences.size(); ++si) {
      const Sentence& s = sentences[si];
      if (st_.layout.is_boilerplate(s.start)) continue;
      begin_sentence(si);
      for (uint32_t i = first_; i < end_; ++i) {
        if (span_of_[i - first_] >= 0 || in_quote_[i - first_]) continue;
        if (is_cls(i, "attribution") || lex_.is(strip_conj(tok(i).key), "attribution")) {
          attribution(i);
          continue;
        }
        uint32_t n = 0;
        const Trigger* t = trigger_at(i, n);
        if (!t) continue;
        handle(*t, i, i + n);
        i += n - 1;
      }
    }
    infer_visits();
    headline_visits();
    add_relations();
    return std::move(events_);
  }

 private:
  // ---- sentence set-up ------------------------------------------------------------------------

  void begin_sentence(size_t si) {
    const Sentence& s = st_.layer.sentences()[si];
    sentence_ = si;
    first_ = s.first_token;
    end_ = s.end_token;
    spans_ = &st_.spans[si];
    span_of_.assign(end_ - first_, -1);
    for (size_t k = 0; k < spans_->size(); ++k) {
      const Span& sp = (*spans_)[k];
      for (uint32_t t = sp.first; t < sp.end && t < end_; ++t)
        if (span_of_[t - first_] < 0) span_of_[t - first_] = static_cast<int>(k);
    }
    dates_ = &st_.dates[si];
    in_date_.assign(end_ - first_, 0);
    for (const DateMention& d : *dates_)
      for (uint32_t t = d.first_token; t < d.end_token && t < end_; ++t) in_date_[t - first_] = 1;
    // quotation marks: «…» and "…"
    in_quote_.assign(end_ - first_, 0);
    bool open_guillemet = false, open_straight = false;
    for (uint32_t t = first_; t < end_; ++t) {
      const std::string& k = toks_[t].key;
      if (k == "«") { open_guillemet = true; continue; }
      if (k == "»") { open_guillemet = false; continue; }
      if (k == "\"" || k == "“" || k == "”") { open_straight = !open_straight; continue; }
      in_quote_[t - first_] = open_guillemet || open_straight;
    }
    sentence_events_.clear();
    sentence_statements_.clear();
  }

  const Token& tok(uint32_t i) const { return toks_[i]; }
  bool word(uint32_t i) const { return i < end_ && toks_[i].kind == TokenKind::word; }
  const Span* span_at(uint32_t i) const {
    if (i < first_ || i >= end_) return nullptr;
    int k = span_of_[i - first_];
    return k < 0 ? nullptr : &(*spans_)[k];
  }
  bool is_cls(uint32_t i, std::string_view cls) const { return i < end_ && lex_.is(toks_[i].key, cls); }
  // The key without a leading و/ف conjunction.
  static std::string_view strip_conj(std::string_view k) {
    if ((starts_with(k, "و") || starts_with(k, "ف")) && k.size() > 4) return k.substr(2);
    return k;
  }

  // Longest trigger at i, the first token read whole or without و/ف (and ب/ل for nouns).
  const Trigger* trigger_at(uint32_t i, uint32_t& n) {
    if (!word(i)) return nullptr;
    std::string_view whole = tok(i).key;
    std::string_view forms[3] = {whole, strip_conj(whole), {}};
    std::string_view no_conj = forms[1];
    if ((starts_with(no_conj, "ب") || starts_with(no_conj, "ل")) && no_conj.size() > 4) forms[2] = no_conj.substr(2);
    for (int f = 0; f < 3; ++f) {
      if (forms[f].empty() || (f > 0 && forms[f] == forms[f - 1])) continue;
      const Trigger* best = nullptr;
      uint32_t best_n = 0;
      for (const Trigger* t : lex_.triggers_starting_with(forms[f])) {
        if (f == 2 && t->pos == "verb") continue;  // a preposition does not attach to a verb
        uint32_t len = match_len(t->key, forms[f], i);
        if (len > best_n) {
          best = t;
          best_n = len;
        }
      }
      if (best) {
        n = best_n;
        trigger_conj_ = f > 0 && forms[1] != forms[0];
        trigger_fa_ = trigger_conj_ && starts_with(whole, "ف");
        return best;
      }
    }
    return nullptr;
  }

  uint32_t match_len(std::string_view key, std::string_view first, uint32_t i) const {
    uint32_t n = 0;
    size_t pos = 0;
    for (;;) {
      size_t sp = key.find(' ', pos);
      std::string_view w = key.substr(pos, sp == std::string_view::npos ? std::string_view::npos : sp - pos);
      uint32_t ti = i + n;
      if (ti >= end_ || toks_[ti].kind != TokenKind::word) return 0;
      if ((n == 0 ? first : std::string_view(toks_[ti].key)) != w) return 0;
      ++n;
      if (sp == std::string_view::npos) return n;
      pos = sp + 1;
    }
  }

  // ---- arguments --------------------------------------------------------------------------------

  struct Arg {
    int entity = kNone;
    uint32_t first = 0, end = 0;  // tokens
    const Span* span = nullptr;
  };

  bool actor_span(const Span& sp) const {
    if (sp.entity < 0) return false;
    switch (sp.kind) {
      case SpanKind::name:
      case SpanKind::metonym:
      case SpanKind::role_only:
      case SpanKind::anaphor:
      case SpanKind::delegation:
        return is_actor_type(st_.entities[sp.entity].type);
      default:
        return false;
    }
  }
  bool place_span(const Span& sp) const {
    if (sp.entity < 0) return false;
    EntityType t = st_.entities[sp.entity].type;
    if (sp.kind == SpanKind::location || t == EntityType::location || t == EntityType::military_base) return true;
    return (sp.kind == SpanKind::name || sp.kind == SpanKind::metonym) && t == EntityType::state;
  }

  // Words that may stand between a verb and its subject or object.
  bool skippable(uint32_t i) const {
    if (in_date_[i - first_]) return true;
    const std::string& k = tok(i).key;
    return lex_.is(k, "adverbial") || lex_.is(k, "pronoun_ref") || lex_.is(k, "honorific");
  }

  // First actor after `from` before `limit`: skips adverbials, dates and place phrases («في
  // دمشق»). Stops at anything else that is not an actor, so unknown words never let an argument be
  // picked from another clause. `pronoun_ref` is set when «خلالها»-like words were skipped.
  Arg actor_after(uint32_t from, uint32_t limit, bool* pronoun_ref, int max_unknown = 0,
                  bool allow_unnamed = true, bool commas = false) const {
    Arg a;
    int unknown = 0;
    for (uint32_t i = from; i < limit && i < end_;) {
      if (const Span* sp = span_at(i)) {
        if (sp->kind == SpanKind::unnamed) {
          if (allow_unnamed) {
            a.entity = kUnnamed;
            a.first = sp->first;
            a.end = sp->end;
            a.span = sp;
            return a;
          }
          return a;
        }
        bool venue = (sp->first > first_ && lex_.is(tok(sp->first - 1).key, "prep_in")) ||
                     (commas && sp->prep == "ب" && st_.entities[sp->entity].type != EntityType::person);
        // «أجرى مباحثات مع X»: an actor after «مع» is the other party, never the subject
        if (!commas && sp->first > first_ && lex_.is(tok(sp->first - 1).key, "prep_with")) return a;
        if (actor_span(*sp) && !venue && !(sp->after_location_prep && place_span(*sp))) {
          a.entity = sp->entity;
          a.first = sp->first;
          a.end = sp->end;
          a.span = sp;
          return a;
        }
        if (venue || place_span(*sp) || sp->kind == SpanKind::nisba) {
          i = sp->end;
          continue;
        }
        return a;
      }
      const Token& t = tok(i);
      if (in_date_[i - first_]) {  // «في 10 مارس/آذار الماضي»: a date's slash is no clause break
        ++i;
        continue;
      }
      if (t.kind == TokenKind::punct) {
        if (t.key == "-" || t.key == "(" || t.key == ")") { ++i; continue; }
        // «استقبل X، أمس الأربعاء، بقصر الإليزيه، Y»: commas around adverbials before an object
        if (commas && (t.key == "،" || t.key == ",")) { ++i; continue; }
        return a;
      }
      if (in_quote_[i - first_]) return a;
      if (skippable(i)) {
        if (pronoun_ref && lex_.is(t.key, "pronoun_ref")) *pronoun_ref = true;
        ++i;
        continue;
      }
      const std::string& k = t.key;
      // «وصل إلى العاصمة السعودية الرياض أمس X»: the noun of a place phrase
      if (i > first_ && lex_.is(k, "place_noun") && lex_.is(tok(i - 1).key, "skip_prep")) {
        ++i;
        for (int n = 0; n < 2 && i < end_; ++n) {
          const Span* sp = span_at(i);
          if (!sp || !(place_span(*sp) || sp->kind == SpanKind::nisba || sp->kind == SpanKind::metonym)) break;
          i = sp->end;
        }
        continue;
      }
      if (lex_.is(k, "skip_prep")) {  // place and date prepositions: «في», «من», «إلى», «مع», «يوم»
        ++i;
        // «استقبل X في مطار حمد الدولي Y»: a venue of a few words before an object
        if (commas && lex_.is(k, "prep_in")) {
          uint32_t v = i;
          while (v < limit && v < end_ && v - i < 4 && word(v) && !span_at(v) && !lex_.trigger(tok(v).key)) ++v;
          if (v > i && v < end_ && span_at(v) && (place_span(*span_at(v)) || span_at(v)->kind == SpanKind::nisba))
            i = v;  // the venue ends with a place name: skip up to it
          else if (v > i && v < end_ && (tok(v).key == "،" || tok(v).key == ","))
            i = v;
          else if (v > i && v < end_ && span_at(v) && actor_span(*span_at(v)) && v - i <= 3)
            i = v;
        }
        continue;
      }
      // «والتقى قبيل القمة X»: a time phrase made of an event noun
      if (lex_.is(k, "time_prep") && i + 1 < end_ && word(i + 1) && !span_at(i + 1)) {
        const Trigger* et = lex_.trigger(tok(i + 1).key);
        if (et && et->pos == "noun" && (et->event == "meeting" || et->event == "visit")) {
          i += 2;
          while (i < end_ && word(i) && lex_.is(tok(i).key, "adjective_event")) ++i;
          continue;
        }
      }
      // «التقى X خلال زيارته إلى القاهرة Y»: a visit phrase between the subject and the object
      if (commas && lex_.is(k, "during_word") && i + 1 < end_) {
        const Trigger* vt = lex_.trigger(tok(i + 1).key);
        if (vt && vt->event == "visit" && vt->pos == "noun") {
          uint32_t v = i + 2;
          while (v < end_ && word(v) && lex_.is(tok(v).key, "adjective_event")) ++v;
          if (v < end_ && lex_.is(tok(v).key, "prep_to")) ++v;
          const Span* dest = span_at(v);
          if (dest && dest->first == v && (place_span(*dest) || dest->place_alt)) {
            i = dest->end;
            continue;
          }
        }
      }
      if (lex_.trigger(k) || lex_.trigger(strip_conj(k)) || lex_.is(k, "stop_clause")) return a;
      if (lex_.is(k, "complementizer")) return a;
      if (++unknown > max_unknown) return a;
      ++i;
    }
    return a;
  }

  // The actor right before a trigger in subject-first order: «الشرع يستقبل», «إن الوزير X استقبل».
  Arg actor_before(uint32_t trigger) const {
    Arg a;
    uint32_t i = trigger;
    int skipped = 0;
    while (i > first_ && skipped <= 2) {
      --i;
      if (const Span* sp = span_at(i)) {
        if (actor_span(*sp) && !(sp->after_location_prep && place_span(*sp))) {
          a.entity = sp->entity;
          a.first = sp->first;
          a.end = sp->end;
          a.span = sp;
        } else if (sp->kind == SpanKind::unnamed) {
          a.entity = kUnnamed;
        }
        return a;
      }
      // «المقداد، الذي يزور موسكو»: the antecedent of a relative pronoun is the subject
      if (lex_.is(tok(i).key, "relative")) {
        if (i > first_ && (tok(i - 1).key == "،" || tok(i - 1).key == ",")) --i;
        ++skipped;
        continue;
      }
      if (!skippable(i)) return a;
      ++skipped;
    }
    return a;
  }

  // The next actor introduced by a preposition or directly: «مع X», «بـX», «X».
  Arg object_after(uint32_t from, uint32_t limit) const {
    return actor_after(from, limit, nullptr, 2, false, /*commas=*/true);
  }

  // A destination after «إلى» or «لـ», or a direct object place: «زار موسكو».
  Arg destination_after(uint32_t from, uint32_t limit, bool direct) {
    Arg a;
    // «إلى العاصمة السورية دمشق»: place nouns and nisbas may follow «إلى» (which may end the trigger)
    bool seen_to = from > first_ && from - 1 < end_ && lex_.is(tok(from - 1).key, "prep_to");
    for (uint32_t i = from; i < limit && i < end_; ++i) {
      if (const Span* sp = span_at(i)) {
        if (place_span(*sp) || sp->kind == SpanKind::metonym || sp->place_alt) {
          bool via_prep = seen_to || sp->prep == "ل" ||
                          (sp->first > first_ && lex_.is(tok(sp->first - 1).key, "prep_to"));
          if (via_prep || direct) {
            // «إلى العاصمة السعودية الرياض»: the state names the capital that follows
            if (sp->first > first_ && lex_.is(tok(sp->first - 1).key, "place_noun"))
              if (const Span* next = span_at(sp->end); next && next->first == sp->end && (place_span(*next) || next->place_alt))
                sp = next;
            // the destination of a visit is the place, even where the capital stood for its state
            a.entity = sp->place_alt ? st_.entity_for(*sp->place_alt) : sp->entity;
            a.first = sp->first;
            a.end = sp->end;
            a.span = sp;
            return a;
          }
        }
        i = sp->end - 1;
        continue;
      }
      const Token& t = tok(i);
      if (in_date_[i - first_]) continue;
      // «غادر … عائدا إلى دمشق»: going home is no visit
      if (lex_.is(t.key, "return_word") || lex_.is(strip_conj(t.key), "return_word")) return a;
      // «وصل X، اليوم الأربعاء، إلى بغداد»: commas around adverbials
      if (t.kind == TokenKind::punct && t.key != "-" && t.key != "(" && t.key != ")" && t.key != "،" &&
          t.key != ",")
        return a;
      if (lex_.trigger(t.key) || lex_.trigger(strip_conj(t.key))) return a;
      if (lex_.is(t.key, "complementizer")) return a;
      if ((in_frame_ && lex_.is(t.key, "prep_in")) || lex_.is(t.key, "prep_to") || (lex_.is(t.key, "prep_on") && i > from && lex_.is(tok(i - 1).key, "guest_word"))) {
        seen_to = true;
      } else if (seen_to && !lex_.is(t.key, "place_noun")) {
        seen_to = false;  // «إلى جانب …»: what follows «إلى» is no place
      }
    }
    return a;
  }

  // A place phrase «في X» near a trigger, for the event's place.
  int place_near(uint32_t from, uint32_t limit) const {
    for (uint32_t i = from; i < limit && i < end_; ++i) {
      if (const Span* sp = span_at(i)) {
        EntityType ty = sp->entity >= 0 ? st_.entities[sp->entity].type : EntityType::person;
        if (sp->after_location_prep && (ty == EntityType::location || ty == EntityType::military_base))
          return sp->entity;
        // «في البيت الأبيض»: a seat of government as the venue
        if (sp->after_location_prep && ty == EntityType::organization && sp->place_alt) return sp->entity;
        i = sp->end - 1;
        continue;
      }
      const Token& t = tok(i);
      if (t.kind == TokenKind::punct && t.key == ".") return kNone;
      if (lex_.trigger(t.key) || lex_.trigger(strip_conj(t.key))) return kNone;
    }
    return kNone;
  }

  bool negated(uint32_t trigger) const {
    for (uint32_t i = trigger; i > first_ && trigger - i < 3;) {
      --i;
      if (lex_.is(tok(i).key, "negation") || lex_.is(strip_conj(tok(i).key), "negation")) return true;
    }
    return false;
  }
  // «من المقرر أن يلتقي X خلال الزيارة», «على أن تشمل جولته»: planned, up to the clause's start
  bool future_marked(uint32_t trigger) const {
    for (uint32_t i = trigger; i > first_ && trigger - i < 8;) {
      --i;
      if (tok(i).kind == TokenKind::punct) return false;
      if (lex_.is(tok(i).key, "future") || lex_.is(strip_conj(tok(i).key), "future")) return true;
      if (lex_.is(tok(i).key, "complementizer") && i > first_ && lex_.is(tok(i - 1).key, "prep_on")) return true;  // «على أن»
    }
    return false;
  }

  // ---- dates and evidence ------------------------------------------------------------------------

  struct When {
    std::optional<Date> date;
    DatePrecision precision = DatePrecision::document;
  };

  // A «بعد نحو 3 أسابيع على» expression right before the trigger dates it; otherwise the nearest
  // ordinary date expression of the sentence; otherwise the article date (precision document).
  When date_for(uint32_t trigger) const {
    When w;
    const DateMention* best = nullptr;
    uint32_t best_dist = UINT32_MAX;
    for (const DateMention& d : *dates_) {
      // «منذ 2011», «منذ اندلاع الحرب عام 2011»: a starting point, never the date of an event
      if (since_marked(d)) continue;
      if (d.anchor_after) {
        if (d.end_token <= trigger && trigger - d.end_token <= 2) return {d.date, d.precision};
        continue;
      }
      uint32_t dist = d.end_token <= trigger ? trigger - d.end_token : d.first_token - trigger;
      if (dist < best_dist) {
        best = &d;
        best_dist = dist;
      }
    }
    if (best) return {best->date, best->precision};
    w.date = st_.date;
    return w;
  }

  bool since_marked(const DateMention& d) const {
    for (uint32_t i = d.first_token; i > first_ && d.first_token - i < 6;) {
      --i;
      if (lex_.is(tok(i).key, "since")) return true;
      if (tok(i).kind == TokenKind::punct) return false;
    }
    return d.first_token < end_ && lex_.is(tok(d.first_token).key, "since");
  }

  Evidence evidence() const {
    const Sentence& s = st_.layer.sentences()[sentence_];
    Evidence e;
    e.document = st_.doc->id;
    e.start = s.start;
    e.end = s.end;
    e.sentence = st_.slice(s.start, s.end);
    return e;
  }

  std::string quote_after(uint32_t from) const {
    uint32_t a = 0, b = 0;
    bool open = false;
    for (uint32_t i = from; i < end_; ++i) {
      const std::string& k = tok(i).key;
      bool mark = k == "«" || k == "»" || k == "\"" || k == "“" || k == "”";
      if (!mark) continue;
      if (!open) {
        if (k == "»" || k == "”") continue;
        open = true;
        a = tok(i).end;
      } else {
        b = tok(i).start;
        break;
      }
    }
    if (!open || b <= a) return {};
    constexpr uint32_t kMax = 200;
    std::string q = st_.slice(a, std::min(b, a + kMax));
    if (b - a > kMax) q += "…";
    return q;
  }

  // ---- events ---------------------------------------------------------------------------------

  struct Made {
    size_t index;        // into events_
    int agent;           // entity index of the agent (visitor, host, speaker)
    int place;           // entity index of the destination/place, kNone
    When when;
    uint32_t trigger;
  };

  const std::string& id(int entity) const { return st_.entities[entity].id; }

  size_t emit(std::string type, int source, int target, const When& w, int place) {
    Event e;
    // A meeting or visit dated after the article is announced, not done: «يزور … الأسبوع المقبل».
    if ((type == "meeting" || type == "visit") && w.date && st_.date && w.precision != DatePrecision::document &&
        after_article(*w.date, w.precision))
      type = "planned_" + type;
    e.type = std::move(type);
    e.source = id(source);
    e.target = id(target);
    e.date = w.date;
    e.precision = w.precision;
    if (place >= 0) e.place = id(place);
    e.evidence = evidence();
    events_.push_back(std::move(e));
    return events_.size() - 1;
  }

  bool after_article(const Date& d, DatePrecision p) const {
    const Date& a = *st_.date;
    switch (p) {
      case DatePrecision::year: return d.year > a.year;
      case DatePrecision::month: return d.year > a.year || (d.year == a.year && d.month > a.month);
      default: return a < d;
    }
  }

  // «خلال استقباله», «لقائه مع»: the pronoun refers to the clause's agent.
  bool pronoun_noun(uint32_t ti) const {
    std::string_view k = strip_conj(tok(ti).key);
    if (lex_.is(k, "pronoun_noun")) return true;
    return (starts_with(k, "ب") || starts_with(k, "ل")) && k.size() > 4 && lex_.is(k.substr(2), "pronoun_noun");
  }
  // The referent of a pronoun suffix at ti: the sentence's last agent or speaker, else the
  // sentence's first person before ti («واستهل ولي العهد جولته»), else the last speaker.
  int pronoun_agent(uint32_t ti) const {
    if (!sentence_events_.empty()) return sentence_events_.back().agent;
    if (!sentence_statements_.empty()) {
      int s = st_.entity_for_id(events_[sentence_statements_.back()].source);
      if (s >= 0) return s;
    }
    if (int c = clause_subject(ti); c >= 0) return c;
    return speaker_ >= 0 ? speaker_ : kNone;
  }

  // «استُقبل X من قبل Y»: a damma written on the trigger (استُقبل) marks the passive.
  bool written_passive(uint32_t ti) const {
    const Token& t = tok(ti);
    for (uint32_t i = t.start; i < t.end && i < t.start + 6; ++i)
      if (st_.text[i] == U'\u064F') return true;
    return false;
  }
  // The agent after «من قبل», «من جانب», «لدى» in a passive clause.
  Arg passive_agent(uint32_t from) const {
    for (uint32_t i = from; i + 1 < end_; ++i) {
      if (lex_.is(tok(i).key, "passive_agent") ||
          (lex_.is(tok(i).key, "prep_from") && lex_.is(tok(i + 1).key, "passive_agent_tail"))) {
        uint32_t j = lex_.is(tok(i).key, "prep_from") ? i + 2 : i + 1;
        return actor_after(j, std::min(end_, j + 3), nullptr, 0, false);
      }
      if (tok(i).kind == TokenKind::punct && tok(i).key != "-") break;
    }
    return {};
  }

  void passive_host(uint32_t ti, uint32_t after, bool planned) {
    Arg guest = actor_after(after, end_, nullptr, 1, false);
    if (guest.entity < 0) return;
    Arg host = passive_agent(guest.end);
    if (host.entity < 0 || host.entity == guest.entity) return;
    When w = date_for(ti);
    int place = place_near(after, end_);
    if (place < 0) place = dateline_place_for(host.entity, w);
    std::string type = planned ? "planned_meeting" : "meeting";
    size_t first = events_.size();
    emit_meetings(type, parties_of(host), parties_of(guest), w, place, ti);
    for (size_t k = first; k < events_.size(); ++k) events_[k].attributes["host"] = id(host.entity);
  }

  // «حيث استقبله الملك عبد الله الثاني»: the host follows, the guest is the pronoun's referent.
  void host_of_pronoun(uint32_t ti, uint32_t after, bool planned) {
    Arg host = actor_after(after, end_, nullptr, 0, false);
    if (host.entity < 0 || !party_ok(host.entity)) return;
    // the pronoun refers within the sentence: its last agent, else its first person
    int guest = sentence_events_.empty() ? clause_subject(ti) : sentence_events_.back().agent;
    if (guest < 0 || guest == host.entity || !party_ok(guest)) return;
    When w = date_for(ti);
    int place = place_near(after, end_);
    if (place < 0) place = place_before(ti);
    size_t first = events_.size();
    Arg g;
    g.entity = guest;
    emit_meetings(planned ? "planned_meeting" : "meeting", parties_of(host), parties_of(g), w, place, ti);
    for (size_t k = first; k < events_.size(); ++k) events_[k].attributes["host"] = id(host.entity);
    if (events_.size() > first) sentence_events_.push_back({first, guest, place, w, ti});  // the guest stays the subject
  }

  // «… من العقبة، حيث استقبله»: the place just before «حيث».
  int place_before(uint32_t ti) const {
    for (uint32_t i = ti; i > first_ && ti - i < 4;) {
      --i;
      if (const Span* sp = span_at(i)) {
        EntityType ty = sp->entity >= 0 ? st_.entities[sp->entity].type : EntityType::person;
        if (ty == EntityType::location) return sp->entity;
        if (sp->place_alt) return const_cast<DocState&>(st_).entity_for(*sp->place_alt);
        return kNone;
      }
    }
    return kNone;
  }

  void pronoun_meeting(const Trigger& t, uint32_t ti, uint32_t after, bool planned) {
    int agent = pronoun_agent(ti);
    if (agent < 0) return;
    // «كان في استقباله لدى وصوله مطار رفيق الحريري الدولي الرئيس عون»: the receiving party comes
    // after the arrival phrase; the pronoun is the guest
    const bool welcomed = ti > first_ && lex_.is(tok(ti - 1).key, "prep_in");
    Arg obj = welcomed ? actor_after(after, std::min(end_, after + 12), nullptr, 6, false, true)
              : t.frame == "host_guest" ? actor_after(after, std::min(end_, after + 8), nullptr, 0, false)
                                        : with_object(after, std::min(end_, after + 8));
    if (welcomed && obj.entity >= 0 && obj.entity != agent && party_ok(agent) && party_ok(obj.entity)) {
      When w = date_for(ti);
      int place = place_near(after, end_);
      Arg guest;
      guest.entity = agent;
      size_t first = events_.size();
      emit_meetings(planned ? "planned_meeting" : "meeting", parties_of(obj), parties_of(guest), w, place, ti);
      for (size_t k = first; k < events_.size(); ++k) events_[k].attributes["host"] = id(obj.entity);
      return;
    }
    if (obj.entity < 0 || obj.entity == agent || !party_ok(agent)) return;
    When w = date_for(ti);
    int place = place_near(after, end_);
    if (place < 0 && t.frame == "host_guest") place = dateline_place_for(agent, w);
    std::string type = t.event == "call" ? "call" : (planned ? "planned_meeting" : "meeting");
    Arg a;
    a.entity = agent;
    size_t first = events_.size();
    emit_meetings(type, parties_of(a), parties_of(obj), w, type == "call" ? kNone : place, ti);
    if (t.frame == "host_guest")
      for (size_t k = first; k < events_.size(); ++k) events_[k].attributes["host"] = id(agent);
  }

  // «بحسب وزارة الخارجية», «نقلا عن المتحدث باسم الكرملين»: the actor after an attribution word
  // said what the sentence reports. Media after it only relay, unnamed sources make no edge.
  void attribution(uint32_t i) {
    uint32_t j = i + 1;
    if (j < end_ && lex_.is(tok(j).key, "attribution_tail")) ++j;  // «نقلا عن», «استنادا إلى»
    if (j < end_ && lex_.is(tok(j).key, "relative_ma")) return;  // «بحسب ما أعلن X»: the verb speaks
    const Span* sp = span_at(j);
    if (!sp || sp->first != j || !actor_span(*sp)) return;
    const EntityRecord& rec = st_.entities[sp->entity];
    if (rec.type == EntityType::media) return;
    for (size_t k : sentence_statements_)
      if (events_[k].source == rec.id) return;  // already the sentence's speaker
    When w = date_for(i);
    size_t k = emit("statement", sp->entity, sp->entity, w, kNone);
    sentence_statements_.push_back(k);
  }

  // «نقلت سانا عن الأسد قوله …»: the outlet relays; the actor after «عن» made the statement. An
  // unnamed source after «عن» («عن مصادر») makes no edge, and what follows is nobody's statement.
  void report(uint32_t ti, uint32_t after) {
    speaker_ = kUnnamed;
    Arg outlet = actor_after(after, std::min(end_, after + 6), nullptr, 1, true);
    for (uint32_t i = after; i + 1 < end_ && i < after + 10; ++i) {
      if (!lex_.is(tok(i).key, "prep_about")) continue;
      Arg src = actor_after(i + 1, std::min(end_, i + 3), nullptr, 0, true);
      if (src.entity < 0 || st_.entities[src.entity].type == EntityType::media) return;
      When w = date_for(ti);
      size_t k = emit("statement", src.entity, src.entity, w, kNone);
      if (outlet.entity >= 0 && st_.entities[outlet.entity].type == EntityType::media)
        events_[k].attributes["via"] = id(outlet.entity);
      std::string q = quote_after(src.end);
      if (!q.empty()) events_[k].attributes["quote"] = q;
      sentence_statements_.push_back(k);
      speaker_ = src.entity;
      return;
    }
  }

  // «قد يلتقي», «لم تستبعد مصادر أن يزور»: a possibility, not an event
  bool hedged(const Trigger& t, uint32_t ti) const {
    for (uint32_t i = ti; i > first_ && ti - i <= 6;) {
      --i;
      std::string_view k = strip_conj(tok(i).key);
      if (lex_.is(k, "hedge")) return true;
      if (lex_.is(k, "particle_qad") && i + 1 == ti && t.tense != "past") return true;
      if (tok(i).kind == TokenKind::punct) break;
    }
    return false;
  }

  void handle(const Trigger& t, uint32_t ti, uint32_t after) {
    if (negated(ti)) return;
    if (t.event != "statement" && t.event != "report" && hedged(t, ti)) return;
    bool planned = t.tense == "future" || future_marked(ti);
    // «من المقرر أن يتوجه X إلى أنقرة، حيث يلتقي Y»: a present-tense verb going on from a planned
    // event of the sentence is planned too
    if (!planned && t.tense == "present" && !sentence_events_.empty()) {
      const std::string& last = events_[sentence_events_.back().index].type;
      planned = last == "planned_visit" || last == "planned_meeting";
    }
    if (t.event == "statement") return statement(t, ti, after);
    if (t.event == "report") return report(ti, after);
    if (t.event == "meeting" || t.event == "call") {
      // «عقد لقاء جمع X و Y», «أجرى محادثات بين …»: the parties follow the noun phrase
      uint32_t k = after;
      while (k < end_ && word(k) && lex_.is(tok(k).key, "adjective_event")) ++k;
      if (k < end_ && (lex_.is(tok(k).key, "prep_between") || lex_.is(tok(k).key, "gather_verb")))
        return meeting_noun(t, ti, after, planned);
      if (t.tense == "passive" || (t.frame == "host_guest" && written_passive(ti)))
        return passive_host(ti, after, planned);
      if (pronoun_noun(ti)) return pronoun_meeting(t, ti, after, planned);
      if (t.frame == "host_pronoun") return host_of_pronoun(ti, after, planned);
      if (t.pos == "verb" || t.pos == "phrase") return meeting_verb(t, ti, after, planned);
      return meeting_noun(t, ti, after, planned);
    }
    if (t.event == "visit") {
      if (pronoun_noun(ti)) return pronoun_visit(ti, after, planned);
      if (t.pos == "verb" || t.pos == "phrase" || t.pos == "participle") return visit_verb(t, ti, after, planned);
      return visit_noun(ti, after, planned);
    }
  }

  // The most recent event of this sentence with an agent, for «خلالها».
  const Made* parent_event() const { return sentence_events_.empty() ? nullptr : &sentence_events_.back(); }

  void meeting_verb(const Trigger& t, uint32_t ti, uint32_t after, bool planned) {
    bool pronoun = false;
    Arg subj = actor_after(after, end_, &pronoun, 0, false);
    Arg agent, obj;
    When w = date_for(ti);
    int place = kNone;
    Arg before = coordinated(ti) ? Arg{} : actor_before(ti);
    if (before.entity >= 0 && !party_ok(before.entity)) before = Arg{};  // «دمشق-سانا استقبل»
    bool subject_first = false;
    if (before.entity >= 0 && !pronoun) {
      // subject-first: «أردوغان يستقبل الشرع», «إن الوزير X استقبل في دمشق وفدا ...»
      subject_first = true;
      agent = before;
      obj = actor_after(after, end_, nullptr, 2, false);
      if (obj.entity < 0) obj = with_object(after, end_);  // «إن بوتين أجرى محادثات مع الأسد»
    } else if (pronoun && parent_event()) {
      // «التقى خلالها X»: the subject is the agent of the visit «ها» refers to
      const Made& p = *parent_event();
      agent.entity = p.agent;
      obj = subj;
      w = p.when;
      place = p.place >= 0 && st_.entities[p.place].type == EntityType::location ? p.place : kNone;
    } else if (pronoun) {
      // «… بعد زيارة إلى طهران، التقى خلالها A و B»: the sentence's subject, A and B its objects
      agent.entity = clause_subject(ti);
      obj = subj;
      if (agent.entity == obj.entity) agent.entity = kNone;
    } else if (subj.entity >= 0) {
      agent = subj;
      // «بحث X مع Y»: the object must be introduced by «مع»/«بـ»
      obj = t.frame == "subj_with" ? with_object(subj.end, end_) : object_after(subj.end, end_);
      if (obj.entity >= 0 && t.frame != "subj_with" && conjoined(subj.end, obj.first)) {
        // «والتقى X و Y»: with a subject carried from the clause before, X and Y are its objects;
        // otherwise X and Y met each other
        if (carries_subject(ti) && !sentence_events_.empty()) {
          Arg carried;
          carried.entity = sentence_events_.back().agent;
          std::vector<int> objs = parties_of(subj);
          for (int o : parties_of(obj)) objs.push_back(o);
          std::string type = t.event == "call" ? "call" : (planned ? "planned_meeting" : "meeting");
          emit_meetings(type, {carried.entity}, objs, w, type == "call" ? kNone : place_near(after, end_), ti);
          return;
        }
      }
      if (obj.entity < 0 && carries_subject(ti) && !sentence_events_.empty()) {
        // «زار موسكو والتقى الرئيس بوتين»: one actor after a coordinated verb is its object
        agent = Arg{};
        agent.entity = sentence_events_.back().agent;
        obj = subj;
      }
    }
    if (agent.entity < 0 && subj.entity < 0 && carries_subject(ti)) {
      // «وصل بلينكن إلى بغداد، حيث أجرى مباحثات مع …»: the subject of the clause before; after a
      // clause that made no event («واستُقبل الشيباني في أبوظبي، حيث أجرى …»), its first person
      agent.entity = sentence_events_.empty() ? clause_subject(ti) : sentence_events_.back().agent;
      obj = t.frame == "subj_with" ? with_object(after, end_) : object_after(after, end_);
    }
    if (agent.entity < 0) return;
    int p2 = place_near(after, end_);
    if (p2 >= 0) place = p2;
    // «بحث الملك هاتفيا مع الرئيس»: by phone, a call
    const bool by_phone = phone_adverb_between(after, obj.entity >= 0 ? obj.first : end_);
    std::string type = t.event == "call" || by_phone ? "call" : (planned ? "planned_meeting" : "meeting");
    std::vector<int> side_a = agent.span ? coordination(agent, obj.entity >= 0 ? obj.first : end_) : parties_of(agent);
    if (subject_first)  // «وكان X ونظيره Y قد اجتمعا بـZ»: the earlier conjuncts too
      for (int p : conjuncts_before(agent))
        if (std::find(side_a.begin(), side_a.end(), p) == side_a.end()) side_a.push_back(p);
    std::vector<int> side_b = obj.entity >= 0 ? coordination(obj, end_) : std::vector<int>{};
    if (obj.entity >= 0 && agent.span && !pronoun && conjoined(agent.end, obj.first)) {
      // «اجتمع X و Y»: the coordinated actors are one side that met each other
      side_a = coordination(agent, end_);
      side_b.clear();
    }
    if (t.frame == "joint") {
      // «وقع بوتين ونظيره الإيراني معاهدة»: a joint act of persons present together
      for (int p : side_b) side_a.push_back(p);
      side_b.clear();
      for (int p : side_a)
        if (st_.entities[p].type != EntityType::person) return;
    }
    if (side_b.empty()) {
      // «اجتمع وزراء دفاع روسيا وتركيا وإيران»: the members of a group met each other
      if (side_a.size() < 2) return;
      emit_meetings(type, side_a, {}, w, type == "call" ? kNone : place, ti);
      return;
    }
    if (place < 0 && after < end_ && lex_.is(tok(after).key, "place_pronoun")) {
      // «دمشق، التي زارها أمس والتقى فيها الأسد»: the pronoun is the place named before
      for (uint32_t i = ti; i > first_ && place < 0;) {
        --i;
        if (const Span* sp = span_at(i)) {
          if (sp->entity >= 0 && st_.entities[sp->entity].type == EntityType::location) place = sp->entity;
          else if (sp->place_alt) place = st_.entity_for(*sp->place_alt);
          i = sp->first;
        }
      }
    }
    if (place < 0 && type != "call") {
      // «غادر موسكو متوجها إلى برلين، حيث التقى …»: where the sentence's traveller arrived
      for (auto it = sentence_events_.rbegin(); it != sentence_events_.rend() && place < 0; ++it)
        if (events_[it->index].type == "visit" && it->place >= 0 &&
            st_.entities[it->place].type == EntityType::location)
          place = it->place;
    }
    if (place < 0 && type != "call") {
      // a meeting with no place in a datelined item about the day's news: at the dateline, when one
      // side is of the dateline's country («دمشق - بحث الأسد مع وزير الخارجية الإيراني …»)
      for (int p : side_a)
        if (place < 0) place = dateline_place_for(p, w);
      for (int p : side_b)
        if (place < 0) place = dateline_place_for(p, w);
    }
    size_t first = events_.size();
    emit_meetings(type, side_a, side_b, w, type == "call" ? kNone : place, ti);
    if (t.frame == "host_guest" && side_a.size() == 1)
      for (size_t k = first; k < events_.size(); ++k) events_[k].attributes["host"] = id(side_a.front());
  }

  bool phone_adverb_between(uint32_t from, uint32_t to) const {
    for (uint32_t i = from; i < to && i < end_; ++i)
      if (lex_.is(tok(i).key, "phone_adverb")) return true;
    return false;
  }

  // «والتقى», «حيث التقى»: the verb continues the previous clause and may share its subject.
  bool carries_subject(uint32_t ti) const {
    return coordinated(ti) || (ti > first_ && lex_.is(tok(ti - 1).key, "subject_carrier"));
  }

  bool same_country(int a, int b) const {
    const std::string& ca = st_.entities[a].country;
    const std::string& cb = st_.entities[b].country;
    return !ca.empty() && ca == cb;
  }

  // Actors after «بحضور», «بمشاركة» in the sentence, after the trigger.
  std::vector<int> attendees(uint32_t ti) const {
    std::vector<int> out;
    for (uint32_t i = ti + 1; i < end_; ++i) {
      std::string_view k = strip_conj(tok(i).key);
      // the clause ends at the next event word: its «بمشاركة» belongs to that event
      if (!span_at(i) && (lex_.trigger(tok(i).key) || lex_.trigger(k))) break;
      if (!lex_.is(k, "presence")) continue;
      uint32_t j = i + 1;
      for (int n = 0; n < 4 && j < end_; ++n) {
        Arg a = actor_after(j, std::min(end_, j + 2), nullptr, 0, false);
        if (a.entity < 0) break;
        // persons attend; «بمشاركة دمشق» says a state took part, not who
        for (int p : parties_of(a))
          if (st_.entities[p].type == EntityType::person && std::find(out.begin(), out.end(), p) == out.end())
            out.push_back(p);
        j = a.end;
      }
      break;
    }
    return out;
  }

  // «شارك X في اجتماع ضم …», «حضر X القمة»: the subject of a participation verb before a meeting noun.
  // «شارك X و Y في اجتماع …», «وشارك في الاجتماع كل من X و Y»: the participants of a meeting noun,
  // from a participation verb before it (its subjects before or after it, or a «كل من» list after
  // the noun).
  std::vector<int> participants(uint32_t ti, uint32_t after) const {
    for (uint32_t i = ti; i > first_ && ti - i < 14;) {
      --i;
      if (const Span* sp = span_at(i)) {
        i = sp->first;
        continue;
      }
      std::string_view k = tok(i).key;
      if (lex_.is(k, "participate_verb") || lex_.is(strip_conj(k), "participate_verb")) {
        Arg a = actor_before(i);
        if (a.entity < 0) a = actor_after(i + 1, ti, nullptr, 0, false);
        if (a.entity < 0) a = list_after(after);
        // «شارك في الاجتماع الذي عقد في الدوحة وزراء خارجية …»: the subject after a short clause
        if (a.entity < 0) a = actor_after(after, std::min(end_, after + 8), nullptr, 5, false);
        std::vector<int> out;
        if (a.entity >= 0)
          for (int p : coordination(a, a.first > ti ? end_ : ti))
            if (party_ok(p)) out.push_back(p);
        return out;
      }
      if (tok(i).kind == TokenKind::punct && k != "-") return {};
      if (i + 1 < ti && (lex_.trigger(k) || lex_.trigger(strip_conj(k)))) return {};
    }
    return {};
  }

  // The head of a list introduced by «كل من» (or directly) right after `from`.
  Arg list_after(uint32_t from) const {
    uint32_t i = from;
    while (i < end_ && word(i) && lex_.is(tok(i).key, "list_intro")) ++i;
    return actor_after(i, std::min(end_, i + 2), nullptr, 0, false);
  }

  // The trigger is joined to what precedes it by «و»/«ف»: its subject is carried, not the word before.
  // Known from how the trigger matched: «وصل» is a word, «وقال» is و + قال.
  bool coordinated(uint32_t ti) const {
    // «أما الباحث X فأشار»: after «أما», فـ introduces the predicate of the fronted subject
    if (trigger_fa_)
      for (uint32_t i = first_; i < ti; ++i)
        if (lex_.is(tok(i).key, "topic_particle")) return false;
    return trigger_conj_;
  }

  std::vector<int> parties_of(const Arg& a) const {
    if (a.span && a.span->group.size() >= 2) return a.span->group;
    if (a.entity >= 0) return {a.entity};
    return {};
  }

  // One edge per pair: a × b, or every pair within a when b is empty. Several pairs share
  // attributes.event so the meeting can be put back together.
  void emit_meetings(const std::string& type, const std::vector<int>& a, const std::vector<int>& b, const When& w,
                     int place, uint32_t ti) {
    std::vector<std::pair<int, int>> pairs;
    if (b.empty()) {
      for (size_t i = 0; i < a.size(); ++i)
        for (size_t j = i + 1; j < a.size(); ++j) pairs.emplace_back(a[i], a[j]);
    } else {
      for (int x : a)
        for (int y : b) pairs.emplace_back(x, y);
    }
    // «بحضور X»: an attendee meets every party of another country; «شارك X في اجتماع»: X is a party
    std::vector<int> parties;
    for (auto [x, y] : pairs)
      for (int z : {x, y})
        if (std::find(parties.begin(), parties.end(), z) == parties.end()) parties.push_back(z);
    for (int p : participants(ti, ti + 1)) {
      if (std::find(parties.begin(), parties.end(), p) != parties.end()) continue;
      for (int z : parties) pairs.emplace_back(p, z);
      parties.push_back(p);
    }
    for (int att : attendees(ti))
      for (int z : parties)
        if (att != z && !same_country(att, z)) pairs.emplace_back(att, z);
    // one edge per unordered pair, in the order the pairs were found (the first pair's first party
    // stays the sentence's agent)
    std::vector<std::pair<int, int>> unique_pairs;
    for (auto [x, y] : pairs) {
      bool seen = std::any_of(unique_pairs.begin(), unique_pairs.end(), [&](const std::pair<int, int>& q) {
        return (q.first == x && q.second == y) || (q.first == y && q.second == x);
      });
      if (!seen) unique_pairs.emplace_back(x, y);
    }
    pairs.swap(unique_pairs);
    std::string group;
    if (pairs.size() > 1) group = st_.doc->id + "#" + std::to_string(sentence_) + "." + std::to_string(ti);
    for (auto [x, y] : pairs) {
      if (x == y || !party_ok(x) || !party_ok(y)) continue;
      size_t k = emit(type, x, y, w, place);
      if (!group.empty()) events_[k].attributes["event"] = group;
      sentence_events_.push_back({k, x, place, w, ti});
    }
  }

  bool party_ok(int entity) const {
    EntityType ty = st_.entities[entity].type;
    return ty == EntityType::person || ty == EntityType::state || ty == EntityType::organization;
  }

  // The agent of a noun trigger from a light verb before it («أجرى X زيارة», «قام X بزيارة»,
  // «عقد X لقاء») or a relative light verb after it («زيارة أجراها X», «الزيارة التي قام بها X»).
  Arg light_agent(uint32_t ti, uint32_t after, uint32_t* resume) const {
    // before: LIGHT [SUBJECT] NOUN or [SUBJECT] LIGHT NOUN (subject-first)
    // Between the light verb and the noun: the subject (a span), dates, adverbials and place
    // phrases («عقد وزراء خارجية … اليوم الأربعاء في موسكو اجتماعا»), and at most one other word.
    int other_words = 0;
    for (uint32_t i = ti; i > first_ && ti - i < 40;) {
      --i;
      if (is_cls(i, "light_verb") || lex_.is(strip_conj(tok(i).key), "light_verb")) {
        bool pronoun = false;
        Arg a = actor_after(i + 1, ti, &pronoun, 0, true);
        if (a.entity != kNone) return a;
        // «زيارة قام بها X إلى موسكو، أجرى خلالها محادثات مع Y»: the visitor holds the talks
        if (pronoun && !sentence_events_.empty()) {
          Arg p;
          p.entity = sentence_events_.back().agent;
          p.first = p.end = ti;  // no span of its own: nothing to coordinate with
          return p;
        }
        return actor_before(i);
      }
      if (span_at(i)) {
        i = span_at(i)->first;
        continue;
      }
      if (in_date_[i - first_]) continue;  // «في 15 تشرين الأول/أكتوبر 2019»: a date's slash
      if (tok(i).kind == TokenKind::punct) {
        // «تلقى ولي العهد محمد بن سلمان، رئيس مجلس الوزراء، اتصالا»: commas around an apposition
        if (tok(i).key == "،" || tok(i).key == ",") continue;
        break;
      }
      if (skippable(i) || in_date_[i - first_]) continue;
      const std::string& k = tok(i).key;
      // «في موسكو», «مع ضيفه الإيراني» (the other party, read by the caller)
      if ((lex_.is(k, "prep_in") || lex_.is(k, "prep_with") || k == "ب") && i + 1 < ti && span_at(i + 1)) continue;
      if (lex_.is(k, "prep_in") && other_words > 0) {
        --other_words;  // «في العقبة»: a place the gazetteer does not know
        continue;
      }
      if (lex_.trigger(k) || lex_.trigger(strip_conj(k))) break;
      if (++other_words > 1) break;  // «أجرى الشرع أمس زيارة»: one descriptive word at most
    }
    // after: NOUN [التي] REL_LIGHT SUBJECT
    uint32_t i = after;
    while (i < end_ && word(i) && lex_.is(tok(i).key, "adjective_event")) ++i;
    if (i < end_ && word(i) && lex_.is(tok(i).key, "relative")) ++i;
    if (i < end_ && word(i) && lex_.is(tok(i).key, "relative_light")) {
      uint32_t j = i + 1;
      if (j < end_ && word(j) && lex_.is(tok(j).key, "relative_light_tail")) ++j;  // «قام بها»
      Arg a = actor_after(j, end_, nullptr, 0, false);
      if (a.entity >= 0 && resume) *resume = a.end;
      return a;
    }
    return {};
  }

  void meeting_noun(const Trigger& t, uint32_t ti, uint32_t after, bool planned) {
    uint32_t limit = std::min(end_, after + 12);
    // «كان في استقبال X لدى وصوله مطار … Y»: X is the guest, Y the host
    if (t.frame == "host_guest" && ti > first_ && lex_.is(tok(ti - 1).key, "prep_in")) {
      Arg guest = actor_after(after, std::min(end_, after + 2), nullptr, 0, false);
      if (guest.entity >= 0) {
        Arg host = actor_after(guest.end, std::min(end_, guest.end + 14), nullptr, 8, false, true);
        if (host.entity >= 0 && host.entity != guest.entity && party_ok(host.entity) && party_ok(guest.entity)) {
          When w = date_for(ti);
          size_t first = events_.size();
          emit_meetings(planned ? "planned_meeting" : "meeting", parties_of(host), parties_of(guest), w,
                        place_near(after, end_), ti);
          for (size_t k = first; k < events_.size(); ++k) events_[k].attributes["host"] = id(host.entity);
          if (events_.size() > first) sentence_events_.push_back({first, guest.entity, kNone, w, ti});
          return;
        }
      }
    }
    // «لقاء بين X و Y», «اجتماع جمع X و Y»
    uint32_t i = after;
    while (i < limit && (skippable(i) || (word(i) && lex_.is(tok(i).key, "adjective_event")))) ++i;
    if (i < limit && word(i) && (lex_.is(tok(i).key, "prep_between") || lex_.is(tok(i).key, "gather_verb"))) {
      Arg x = list_after(i + 1);  // «جمع X و Y», «ضم كلا من X و Y»
      if (x.entity >= 0) {
        std::vector<int> all = coordination(x, end_);
        if (all.size() >= 2) {
          When w = date_for(ti);
          std::string type = t.event == "call" ? "call" : (planned ? "planned_meeting" : "meeting");
          emit_meetings(type, all, {}, w, type == "call" ? kNone : place_near(after, end_), ti);
          return;
        }
      }
    } else {
      uint32_t resume = after;
      Arg agent = light_agent(ti, after, &resume);
      uint32_t from = std::max(resume, after);
      if (agent.entity < 0) {
        // genitive: «لقاء الشرع مع بوتين», «لقاء بوتين والأسد»
        Arg g = actor_after(after, std::min(end_, after + 1 + 6), nullptr, 0, false);
        if (g.entity >= 0 && g.first == after) {
          agent = g;
          from = g.end;
        }
      }
      std::vector<int> side_a, side_b;
      if (agent.entity >= 0) {
        side_a = agent.span ? coordination(agent, agent.first < ti ? ti : end_) : parties_of(agent);
        Arg obj = with_object(from, limit);
        // «وعقد الأسد مع ضيفه الإيراني جلسة مباحثات»: «مع Y» between the subject and the noun
        if (obj.entity < 0 && agent.span && agent.end < ti) obj = with_object(agent.end, ti);
        if (obj.entity >= 0) side_b = coordination(obj, end_);
      } else {
        // «اجتماع بمشاركة X و Y و Z», «وشارك في الاجتماع كل من X و Y»
        side_a = presence_list(after, limit);
        if (side_a.size() < 2) side_a = participants(ti, after);
      }
      if (agent.entity >= 0 && side_b.empty()) {
        // «استضاف الصفدي اجتماعات اللجنة بمشاركة بلينكن ونظيره التركي …»: host and participants
        for (int p : presence_list(after, std::min(end_, after + 12)))
          if (std::find(side_a.begin(), side_a.end(), p) == side_a.end()) side_a.push_back(p);
      }
      if (side_a.empty() || (side_b.empty() && side_a.size() < 2)) return;
      When w = date_for(ti);
      int place = place_near(after, end_);
      std::string type = t.event == "call" ? "call" : (planned ? "planned_meeting" : "meeting");
      emit_meetings(type, side_a, side_b, w, type == "call" ? kNone : place, ti);
    }
  }

  // «بمشاركة X و Y و Z» right after an event noun: its parties.
  std::vector<int> presence_list(uint32_t from, uint32_t limit) const {
    uint32_t i = from;
    // up to the presence word: the noun's complements («اجتماعات لجنة الاتصال العربية، بمشاركة»)
    while (i < limit && !lex_.is(strip_conj(tok(i).key), "presence")) {
      if (lex_.trigger(tok(i).key) || lex_.trigger(strip_conj(tok(i).key))) return {};
      if (tok(i).kind == TokenKind::punct && tok(i).key != "،" && tok(i).key != ",") return {};
      ++i;
    }
    if (i >= limit) return {};
    Arg x = list_after(i + 1);
    if (x.entity < 0) return {};
    std::vector<int> out;
    for (int p : coordination(x, end_))
      if (party_ok(p)) out.push_back(p);
    return out;
  }

  // «X، Y ونظيره Z»: the actors coordinated before `last`, when `last` carries the conjunction.
  std::vector<int> conjuncts_before(const Arg& last) const {
    std::vector<int> out;
    const Span* cur = last.span;
    // Where a conjunct starts: its own first token, or a title before it that is not a span
    // («ونظيره التركي مولود جاووش أوغلو»), at most three words back.
    auto start = [&](const Span* sp) {
      uint32_t k = sp->first;
      while (k > first_ && sp->first - k < 3) {
        const Span* p = span_at(k - 1);
        if (p && actor_span(*p)) break;
        if (tok(k - 1).kind != TokenKind::word) break;
        k = p ? p->first : k - 1;
      }
      // the title part must start with the conjunction, else the conjunct is the span itself
      return k < sp->first && strip_conj(tok(k).key) != tok(k).key ? k : sp->first;
    };
    // a name's own first letter may be «و» (وليد): only a title's «و» is read as the conjunction
    auto conj = [&](const Span* sp) {
      if (sp->conj || start(sp) != sp->first) return true;
      // a span that starts with its title: «ونظيره التركي …», «ووزير الخارجية …»
      std::string_view k = tok(sp->first).key, bare = strip_conj(k);
      return bare != k && (lex_.is(bare, "counterpart") || !lex_.titles_starting_with(bare).empty());
    };
    if (!cur || !conj(cur)) return out;
    for (int n = 0; n < 6; ++n) {
      uint32_t j = start(cur);
      if (j > first_ && (tok(j - 1).key == "،" || tok(j - 1).key == ",")) --j;
      const Span* prev = j > first_ ? span_at(j - 1) : nullptr;
      if (!prev || prev->end != j || !actor_span(*prev)) break;
      Arg a{prev->entity, prev->first, prev->end, prev};
      for (int p : parties_of(a)) out.push_back(p);
      if (conj(prev)) break;  // the list's first member may not carry «و»: stop at the one that does
      cur = prev;
    }
    return out;
  }

  // «X، Y و Z»: the parties of a coordinated list starting with `head` (groups flattened).
  std::vector<int> coordination(const Arg& head, uint32_t limit, uint32_t* end_out = nullptr) const {
    std::vector<int> out = parties_of(head);
    uint32_t e = head.end;
    for (int n = 0; n < 12 && e < limit; ++n) {
      Arg y = actor_after(e, std::min(limit, e + 3), nullptr, 0, false, /*commas=*/true);
      if (y.entity < 0 || !conjoined(e, y.first)) break;
      for (int p : parties_of(y))
        if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
      e = y.end;
    }
    if (end_out) *end_out = e;
    return out;
  }

  // X and Y coordinated: the tokens between them are only «و» (or Y carries it as a proclitic).
  bool conjoined(uint32_t x_end, uint32_t y_first) const {
    for (uint32_t i = x_end; i < y_first; ++i) {
      const std::string& k = tok(i).key;
      if (k != "و" && k != "،" && k != ",") return false;
    }
    if (y_first != x_end) return true;
    // «وزير» starts with و too: only a conjunction read off the token joins the list
    const Span* sp = span_at(y_first);
    return sp && sp->first == y_first && sp->conj && starts_with(tok(y_first).key, "و");
  }

  // «مع X», «بـX», «من X» (a call received) after a noun.
  Arg with_object(uint32_t from, uint32_t limit) const {
    for (uint32_t i = from; i < limit; ++i) {
      if (const Span* sp = span_at(i)) {
        uint32_t b = sp->first;
        while (b > first_ && lex_.is(tok(b - 1).key, "honorific")) --b;  // «من فخامة الرئيس»
        // «التقى بالرئيس» but not «اللجنة الخاصة بسوريا»: «بـ» introduces persons and organisations
        const EntityType ty = sp->entity >= 0 ? st_.entities[sp->entity].type : EntityType::location;
        bool introduced = (sp->prep == "ب" && ty != EntityType::state) ||
                          (b > first_ && (lex_.is(tok(b - 1).key, "prep_with") || lex_.is(tok(b - 1).key, "prep_from")));
        if (actor_span(*sp) && introduced) return {sp->entity, sp->first, sp->end, sp};
        if (!place_span(*sp) && sp->kind != SpanKind::nisba) return {};
        i = sp->end - 1;
        continue;
      }
      const Token& t = tok(i);
      if (t.kind == TokenKind::punct) return {};
      if (lex_.trigger(t.key) || lex_.trigger(strip_conj(t.key)) || lex_.is(t.key, "complementizer")) return {};
    }
    return {};
  }

  // The sentence's subject for a participle («غادر X دمشق متوجها إلى موسكو»): the first person
  // before the participle.
  int clause_subject(uint32_t ti) const {
    for (uint32_t i = first_; i < ti; ++i)
      if (const Span* sp = span_at(i); sp && sp->entity >= 0 && actor_span(*sp) &&
                                       st_.entities[sp->entity].type == EntityType::person)
        return sp->entity;
    return kNone;
  }

  void visit_verb(const Trigger& t, uint32_t ti, uint32_t after, bool planned) {
    if (t.pos == "participle") {
      int agent = clause_subject(ti);
      if (agent < 0) return;
      Arg dest = destination_after(after, end_, false);
      if (dest.entity >= 0 && dest.entity != agent) emit_visit(agent, dest.entity, ti, planned);
      return;
    }
    Arg agent = coordinated(ti) ? Arg{} : actor_before(ti);  // «وكان الأسد قد زار موسكو»
    uint32_t from = after;
    uint32_t subject_first = 0;  // where a subject after the verb starts (0: none)
    if (agent.entity < 0) {
      Arg subj = actor_after(after, end_, nullptr, 0, false);
      // «زار موسكو» after a carried subject: a place right after the verb is the destination
      if (subj.entity >= 0 && !(subj.span && place_span(*subj.span))) {
        agent = subj;
        from = subj.end;
        subject_first = subj.first;
      } else if (carries_subject(ti) && !sentence_events_.empty()) {
        agent.entity = sentence_events_.back().agent;
      }
    }
    if (agent.entity < 0 && !sentence_events_.empty()) {
      // «قبل أن ينتقل إلى أنقرة»: no overt subject, the sentence's agent goes on
      Arg subj = actor_after(after, end_, nullptr, 0, false);
      if (subj.entity < 0) agent.entity = sentence_events_.back().agent;
    }
    if (agent.entity < 0) return;
    // «زار موسكو» takes the destination as its object; «توجه إلى», «قام بزيارة إلى» need «إلى»;
    // «حط رحاله في الرياض» takes «في».
    bool direct = t.frame == "visitor_dest";
    in_frame_ = t.frame == "visitor_in";
    Arg dest = destination_after(from, end_, direct);
    // «وصل إلى الرياض أمس الرئيس السوري»: the destination before a late subject
    if (dest.entity < 0 && subject_first > after) dest = destination_after(after, subject_first, direct);
    in_frame_ = false;
    if (dest.entity < 0 || dest.entity == agent.entity) return;
    emit_visits(agent, dest.entity, ti, planned);
  }

  // The person subject of the clause after the comma that ends a fronted phrase: «…، التقى X»
  // (verb first) or «…، X يلتقي» (subject first). kNone when the clause has no such subject.
  int subject_after_phrase(uint32_t from) {
    uint32_t c = from;
    while (c < end_ && !(tok(c).key == "،" || tok(c).key == ",")) {
      if (tok(c).kind == TokenKind::punct && tok(c).key != "-") return kNone;
      ++c;
    }
    if (++c >= end_) return kNone;
    Arg subj;
    const bool conj = trigger_conj_, fa = trigger_fa_;  // trigger_at() sets them for the current trigger
    uint32_t n = 0;
    const Trigger* t = trigger_at(c, n);
    trigger_conj_ = conj;
    trigger_fa_ = fa;
    if (t && t->pos == "verb") subj = actor_after(c + n, end_, nullptr, 0, false);
    else if (const Span* sp = span_at(c); sp && sp->first == c && actor_span(*sp)) subj = {sp->entity, sp->first, sp->end, sp};
    if (subj.entity < 0 || st_.entities[subj.entity].type != EntityType::person) return kNone;
    return subj.entity;
  }

  void visit_noun(uint32_t ti, uint32_t after, bool planned) {
    uint32_t resume = after;
    Arg agent = light_agent(ti, after, &resume);
    uint32_t from = std::max(resume, after);
    if (agent.entity < 0) {
      // genitive: «زيارة الرئيس السوري أحمد الشرع إلى روسيا»
      uint32_t i = after;
      while (i < end_ && word(i) && lex_.is(tok(i).key, "adjective_event")) ++i;
      if (const Span* sp = span_at(i); sp && actor_span(*sp) && sp->first == i &&
                                      st_.entities[sp->entity].type != EntityType::location) {
        agent = {sp->entity, sp->first, sp->end, sp};
        from = sp->end;
      }
    }
    int guest_of = kNone;  // the host, when the visit is a guest's
    // «في أول زيارة له»: an ordinal between the preposition and the noun
    uint32_t lead = ti;
    // only where the visit is said to be somebody's: «في أول زيارة له», not «في أول زيارة يقوم بها مسؤول»
    if (agent.entity < 0 && lead > first_ && lex_.is(tok(lead - 1).key, "ordinal_adj")) {
      uint32_t j = after;
      bool li = false;  // «له» (also read as an adjective of the noun)
      while (j < end_ && word(j) && lex_.is(tok(j).key, "adjective_event")) li |= lex_.is(tok(j++).key, "li_pronoun");
      const Span* owner = span_at(j);  // «في ثاني زيارة خارجية للشرع»
      if (owner && owner->first == j && owner->prep == "ل" && owner->entity >= 0 &&
          st_.entities[owner->entity].type == EntityType::person) {
        agent = {owner->entity, owner->first, owner->end, owner};
        from = owner->end;
      } else if (!li && (j >= end_ || !lex_.is(tok(j).key, "li_pronoun"))) {
        return;
      }
      --lead;
    }
    // «وفي أول زيارة له إلى دمشق، التقى الصفدي الأسد»: a fronted phrase, the visitor is the subject
    // of the clause that follows it
    if (agent.entity < 0 && lead == first_ + 1 && lex_.is(strip_conj(tok(first_).key), "during_word"))
      agent.entity = subject_after_phrase(after);
    const bool during = lead > first_ && lex_.is(tok(lead - 1).key, "during_word");
    if (agent.entity < 0 && during) {
      // «التقى X بوتين، خلال زيارة إلى موسكو», «عاد X إلى بلاده بعد زيارة إلى طهران»: the visit of
      // the sentence's agent, else of its first person; «استقبل X نظيره Y في زيارة …»: the guest's
      agent.entity = sentence_events_.empty() ? clause_subject(ti) : sentence_events_.back().agent;
      if (!sentence_events_.empty()) {
        const Event& m = events_[sentence_events_.back().index];
        auto host = m.attributes.find("host");
        if (m.type == "meeting" && host != m.attributes.end()) {
          const std::string& guest = m.source == host->second ? m.target : m.source;
          agent.entity = st_.entity_for_id(guest);
          guest_of = st_.entity_for_id(host->second);
        }
      }
    }
    if (agent.entity < 0) return;
    if (guest_of >= 0) {
      // the guest's destination: told after the noun, else where the host received them, else the
      // host's country
      Arg dest = destination_after(after, std::min(end_, after + 10), false);
      int target = dest.entity;
      if (target < 0) {
        const Event& m = events_[sentence_events_.back().index];
        int place = m.place.empty() ? kNone : st_.entity_for_id(m.place);
        const Entity* pe = place >= 0 ? gaz_.find(m.place) : nullptr;
        if (pe && !pe->capital_of.empty()) target = place;
        else if (const Entity* hs = gaz_.find(st_.entities[guest_of].country)) target = st_.entity_for(*hs);
      }
      if (target >= 0 && st_.entities[agent.entity].country != st_.entities[target].id &&
          st_.entities[agent.entity].country != st_.entities[target].country)
        emit_visit(agent.entity, target, ti, planned);
      return;
    }
    // «جولة إقليمية تشمل قطر والكويت», «جولة بدأها الخميس وشملت الأردن وتركيا»
    uint32_t k = after;
    for (uint32_t n = 0; k < end_ && n < 6 && !lex_.is(strip_conj(tok(k).key), "covers_list"); ++n, ++k) {
      if (tok(k).kind == TokenKind::punct || lex_.trigger(tok(k).key) || lex_.trigger(strip_conj(tok(k).key))) {
        k = end_;
        break;
      }
    }
    if (k < end_ && lex_.is(strip_conj(tok(k).key), "covers_list")) {
      Arg first = destination_after(k + 1, std::min(end_, k + 5), true);
      if (first.entity < 0) return;
      emit_visit(agent.entity, first.entity, ti, planned);
      uint32_t e = first.end;
      for (int n = 0; n < 8; ++n) {
        Arg next = destination_after(e, std::min(end_, e + 2), true);
        if (next.entity < 0 || !conjoined(e, next.first)) break;
        emit_visit(agent.entity, next.entity, ti, planned);
        e = next.end;
      }
      return;
    }
    Arg dest = destination_after(from, std::min(end_, from + 10), false);
    // «أجرى بوتين محادثات مع الأسد في الكرملين، خلال زيارة إلى موسكو»: nobody visits his own
    // country; the visit is the other party's
    if (during && dest.entity >= 0 && at_home(agent.entity, dest.entity) && !sentence_events_.empty()) {
      const Event& m = events_[sentence_events_.back().index];
      if (m.type == "meeting" || m.type == "planned_meeting") {
        int other = st_.entity_for_id(m.source == id(agent.entity) ? m.target : m.source);
        if (other < 0 || at_home(other, dest.entity)) return;
        agent = Arg{};
        agent.entity = other;
      }
    }
    if (dest.entity < 0 && during) {
      // «استُقبل X في قصر الشعب بدمشق، في مستهل زيارة تستمر يومين»: the capital the clause is in
      if (const Entity* city = capital_before(ti); city && !st_.entities[agent.entity].country.empty() &&
                                                   city->in != st_.entities[agent.entity].country) {
        emit_visit(agent.entity, st_.entity_for(*city), ti, planned);
        return;
      }
    }
    if (dest.entity < 0 || dest.entity == agent.entity) return;
    emit_visits(agent, dest.entity, ti, planned);
  }

  // The person belongs to the state of the place (or is that state's).
  bool at_home(int person, int place) const {
    const std::string& c = st_.entities[person].country;
    return !c.empty() && (c == st_.entities[place].id || c == st_.entities[place].country);
  }

  // The capital a span names (a capital read as its state included), else nullptr.
  const Entity* capital_of_span(const Span& sp) const {
    if (sp.entity < 0) return nullptr;
    const Entity* pe = sp.place_alt ? sp.place_alt : gaz_.find(st_.entities[sp.entity].id);
    return pe && !pe->capital_of.empty() ? pe : nullptr;
  }

  // The last capital named as a place («في دمشق», «بدمشق») in the sentence before token `ti`.
  const Entity* capital_before(uint32_t ti) const {
    const Entity* found = nullptr;
    for (const Span& sp : *spans_) {
      if (sp.first >= ti) break;
      if (!sp.after_location_prep) continue;
      if (const Entity* pe = capital_of_span(sp)) found = pe;
    }
    return found;
  }

  // «زيارته السعودية», «جولته في المنطقة»: the pronoun's referent visits the noun's object.
  void pronoun_visit(uint32_t ti, uint32_t after, bool planned) {
    int agent = pronoun_agent(ti);
    if (agent < 0) return;
    uint32_t i = after;
    while (i < end_ && word(i) && lex_.is(tok(i).key, "adjective_event")) ++i;
    Arg dest = destination_after(i, std::min(end_, i + 6), /*direct=*/true);
    if (dest.entity < 0 || dest.entity == agent) return;
    emit_visit(agent, dest.entity, ti, planned);
  }

  // «حل الرئيسان الروسي X والإيراني Y ضيفين على أنقرة»: each member of a group visits.
  void emit_visits(const Arg& agent, int dest, uint32_t ti, bool planned) {
    std::vector<int> who = agent.span ? parties_of(agent) : std::vector<int>{agent.entity};
    const std::string& there = st_.entities[dest].type == EntityType::state ? st_.entities[dest].id
                                                                             : st_.entities[dest].country;
    for (int p : who) {
      // «وتوجه الرئيسان إلى قصر الاتحادية»: the host of a pair does not visit his own country
      if (who.size() > 1 && !there.empty() && st_.entities[p].country == there) continue;
      if (p != dest) emit_visit(p, dest, ti, planned);
    }
  }

  void emit_visit(int agent, int dest, uint32_t ti, bool planned) {
    EntityType at = st_.entities[agent].type;
    if (at != EntityType::person && at != EntityType::organization && at != EntityType::state) return;
    When w = date_for(ti);
    int place = st_.entities[dest].type == EntityType::location ? dest : kNone;
    size_t k = emit(planned ? "planned_visit" : "visit", agent, dest, w, place);
    sentence_events_.push_back({k, agent, dest, w, ti});
  }

  void statement(const Trigger& t, uint32_t ti, uint32_t after) {
    if (t.frame == "speaker_carry") {
      // «مؤكدا في حديثه للجزيرة نت»: adds the channel to the clause's statement
      if (!sentence_statements_.empty()) attach_channel(sentence_statements_.back(), after);
      return;
    }
    Arg subj = actor_after(after, end_, nullptr, 0, true);
    Arg before = coordinated(ti) ? Arg{} : actor_before(ti);
    int speaker = kNone;
    if (before.entity != kNone) {
      speaker = before.entity;  // «إن ترامب دعا»: subject-first inside a reported clause
      subj = before;
    } else if (subj.entity != kNone) {
      speaker = subj.entity;
    } else if (no_overt_subject(after)) {
      // «وأضاف»: the agent of this sentence's last event, else the previous statement's speaker
      speaker = sentence_events_.empty() ? speaker_ : sentence_events_.back().agent;
    }
    speaker_ = speaker;
    if (speaker < 0) return;
    const EntityRecord& rec = st_.entities[speaker];
    if (!is_actor_type(rec.type)) return;
    if (rec.type == EntityType::media && relays_others(subj.end ? subj.end : after)) {
      speaker_ = kUnnamed;
      return;
    }
    When w = date_for(ti);
    size_t k = emit("statement", speaker, speaker, w, kNone);
    std::string q = quote_after(after);
    if (!q.empty()) events_[k].attributes["quote"] = q;
    sentence_statements_.push_back(k);
    attach_channel(k, subj.end ? subj.end : after);
  }

  // Nothing but a complementiser, quote or punctuation follows the verb.
  bool no_overt_subject(uint32_t after) const {
    uint32_t i = after;
    while (i < end_ && skippable(i)) ++i;
    if (i >= end_) return true;
    const Token& t = tok(i);
    if (t.kind == TokenKind::punct) return true;
    const std::string& k = t.key;
    return lex_.is(k, "complementizer") || lex_.is(k, "prep_to") || lex_.is(k, "prep_on") || lex_.is(k, "prep_from") || lex_.is(k, "prep_about") ||
           lex_.is(k, "prep_in");
  }

  // «قالت رويترز نقلا عن مصادر»: the outlet relays what others said.
  bool relays_others(uint32_t from) const {
    for (uint32_t i = from; i < end_ && i < from + 5; ++i) {
      if (lex_.is(tok(i).key, "attribution") || lex_.is(tok(i).key, "prep_about")) return true;
    }
    return false;
  }

  // The media outlet a statement was told to: «في حديثه للجزيرة نت», «لوكالة سبوتنيك».
  void attach_channel(size_t k, uint32_t from) {
    Event& e = events_[k];
    for (uint32_t i = from; i < end_; ++i) {
      const Span* sp = span_at(i);
      if (!sp) {
        if (lex_.trigger(tok(i).key) && i > from) break;
        continue;
      }
      if (sp->entity >= 0 && st_.entities[sp->entity].type == EntityType::media && sp->prep == "ل" &&
          id(sp->entity) != e.source) {
        e.attributes["via"] = id(sp->entity);
        return;
      }
      i = sp->end - 1;
    }
  }

  // ---- visits implied by meetings -----------------------------------------------------------------

  // A person of one state meeting in a place of another state visited that place: «التقى لافروف
  // الشيباني في موسكو» is also the Syrian minister's visit to Moscow. Only where both countries are
  // known and differ, and not where the text already gives the visit.
  void infer_visits() {
    const size_t n = events_.size();
    for (size_t k = 0; k < n; ++k) {
      const Event e = events_[k];
      if (e.type != "meeting" || e.place.empty()) continue;
      int place = st_.entity_for_id(e.place);
      if (place < 0) continue;
      const EntityType place_type = st_.entities[place].type;
      const bool seat = place_type == EntityType::organization && gaz_.find(e.place) &&
                        !gaz_.find(e.place)->in.empty();
      if (place_type != EntityType::location && place_type != EntityType::military_base && !seat) continue;
      const std::string where = st_.entities[place].country;
      if (where.empty()) continue;
      // Only a capital says where someone travelled: «في شمال سوريا» may be a meeting's topic, and
      // a venue («قصر الشعب») stands for the city of the dateline when it is in that country.
      const Entity* pe = gaz_.find(e.place);
      std::string target;
      if (pe && !pe->capital_of.empty()) {
        target = e.place;
      } else if (place_type == EntityType::military_base || seat) {
        // an airport or base is where the guest landed: a visit to its state
        if (const Entity* st = gaz_.find(where)) {
          target = st->id;
          st_.entity_for(*st);
        } else {
          continue;
        }
      } else if (const Entity* city = capital_in_sentence(e.evidence.start, where)) {
        // «في قصر الشعب بدمشق»: the venue's city named beside it
        target = city->id;
        st_.entity_for(*city);
      } else if (st_.dateline_place && st_.dateline_place->in == where && !st_.dateline_place->capital_of.empty()) {
        target = st_.dateline_place->id;
        st_.entity_for(*st_.dateline_place);
      } else {
        continue;
      }
      for (const std::string& party : {e.source, e.target}) {
        int p = st_.entity_for_id(party);
        if (p < 0 || st_.entities[p].type != EntityType::person) continue;
        const std::string& from = st_.entities[p].country;
        if (from.empty() || from == where || resident(p, e.date)) continue;
        bool given = false;
        for (const Event& v : events_) {
          if ((v.type != "visit" && v.type != "planned_visit") || v.source != party) continue;
          const int vt = st_.entity_for_id(v.target);
          given |= v.target == target || v.target == where || (vt >= 0 && st_.entities[vt].country == where);
        }
        if (given) continue;
        Event v;
        v.type = "visit";
        v.source = party;
        v.target = target;
        v.place = e.place;
        v.date = e.date;
        v.precision = e.precision;
        v.attributes["inferred_from"] = "meeting";
        v.evidence = e.evidence;
        events_.push_back(std::move(v));
      }
    }
  }

  // The capital of `state` named in the sentence that starts at code point `start`, if any.
  const Entity* capital_in_sentence(uint32_t start, const std::string& state) const {
    // sentences are in text order: the last one starting at or before `start`
    const auto& sentences = st_.layer.sentences();
    auto it = std::upper_bound(sentences.begin(), sentences.end(), start,
                               [](uint32_t cp, const Sentence& se) { return cp < se.start; });
    if (it == sentences.begin()) return nullptr;
    const size_t si = static_cast<size_t>(it - sentences.begin()) - 1;
    if (start >= sentences[si].end) return nullptr;
    for (const Span& sp : st_.spans[si])
      if (const Entity* pe = capital_of_span(sp); pe && pe->capital_of == state) return pe;
    return nullptr;
  }

  // An ambassador or consul lives where he is posted: being received there is no journey. Only a
  // role held on the event's date counts (open ends match; an undated event takes any current role).
  bool resident(int person, const std::optional<Date>& when) const {
    for (const Role& r : st_.entities[person].roles) {
      if (r.former || !lex_.is(r.key, "resident_role")) continue;
      if (when && ((r.from && *when < *r.from) || (r.to && *r.to < *when))) continue;
      return true;
    }
    return false;
  }

  // A headline «لافروف في دمشق»: a line without a verb, a person then «في» and a foreign capital.
  void headline_visits() {
    const auto& sentences = st_.layer.sentences();
    for (size_t si = 0; si < sentences.size(); ++si) {
      const Sentence& se = sentences[si];
      if (st_.layout.is_boilerplate(se.start) || se.end_token - se.first_token > 8) continue;
      begin_sentence(si);
      // a headline: a line of its own («هرتسوغ في أنقرة..» may end with dots), not prose
      const bool line_start = first_ == 0 || tok(first_).newline_before || tok(first_).start <= st_.layout.body_start;
      if (!line_start) continue;
      if (is_sentence_end(tok(end_ - 1)) && !(end_ - first_ >= 2 && tok(end_ - 2).key == ".")) continue;
      bool verb = false;
      for (uint32_t i = first_; i < end_; ++i) {
        uint32_t n = 0;
        if (!span_at(i) && trigger_at(i, n)) verb = true;
      }
      if (verb) continue;
      const Span* person = span_at(first_);
      if (!person || person->entity < 0 || st_.entities[person->entity].type != EntityType::person) continue;
      uint32_t j = person->end;
      if (j >= end_ || !lex_.is(tok(j).key, "prep_in")) continue;
      const Span* place = span_at(j + 1);
      if (!place || place->entity < 0) continue;
      const Entity* pe = place->place_alt ? place->place_alt : gaz_.find(st_.entities[place->entity].id);
      if (!pe || pe->capital_of.empty() || pe->in == st_.entities[person->entity].country ||
          st_.entities[person->entity].country.empty())
        continue;
      When w;
      w.date = st_.date;
      int dest = st_.entity_for(*pe);
      bool given = false;
      for (const Event& v : events_)
        given |= v.type == "visit" && v.source == id(person->entity) && (v.target == pe->id || v.target == pe->in);
      if (given) continue;
      size_t k = emit("visit", person->entity, dest, w, dest);
      events_[k].attributes["inferred_from"] = "headline";
    }
  }

  static bool is_sentence_end(const Token& t) {
    return t.kind == TokenKind::punct && (t.key == "." || t.key == "؟" || t.key == "?" || t.key == "!");
  }

  // A host received a guest with no place in the sentence: in a datelined item about the day's
  // news, the dateline's place when it is in the host's country.
  int dateline_place_for(int host, const When& w) {
    if (!st_.dateline_place || host < 0 || !st_.date) return kNone;
    if (w.precision != DatePrecision::document &&
        (!w.date || std::labs(w.date->to_days() - st_.date->to_days()) > 2))
      return kNone;
    const std::string& in = st_.dateline_place->in;
    if (in.empty() || st_.entities[host].country != in) return kNone;
    return st_.entity_for(*st_.dateline_place);
  }

  // ---- relations ------------------------------------------------------------------------------

  Evidence evidence_of(uint32_t sentence) const {
    const Sentence& s = st_.layer.sentences()[sentence];
    Evidence e;
    e.document = st_.doc->id;
    e.start = s.start;
    e.end = s.end;
    e.sentence = st_.slice(s.start, s.end);
    return e;
  }

  void add_relations() {
    When doc_when;
    doc_when.date = st_.date;
    for (const auto& r : st_.role_evidence) {
      int target = st_.entity_for_id(r.role.of);
      if (target < 0) continue;
      Event e;
      e.type = "holds_role";
      e.source = id(r.person);
      e.target = r.role.of;
      e.date = st_.date;
      e.precision = DatePrecision::document;
      e.attributes["title"] = r.role.title;
      e.evidence = evidence_of(r.sentence);
      events_.push_back(std::move(e));
    }
    // bases and places: where they are and who operates them, evidenced where first mentioned
    std::vector<uint32_t> first_sentence(st_.entities.size(), UINT32_MAX);
    for (size_t si = 0; si < st_.spans.size(); ++si)
      for (const Span& sp : st_.spans[si])
        if (sp.entity >= 0 && first_sentence[sp.entity] == UINT32_MAX) first_sentence[sp.entity] = static_cast<uint32_t>(si);
    for (size_t idx = 0; idx < st_.entities.size(); ++idx) {
      if (first_sentence[idx] == UINT32_MAX) continue;
      const EntityRecord& rec = st_.entities[idx];
      if (rec.type != EntityType::military_base && rec.type != EntityType::location) continue;
      if (!rec.country.empty() && st_.entity_for_id(rec.country) >= 0) {
        Event e;
        e.type = "located_in";
        e.source = rec.id;
        e.target = rec.country;
        e.date = st_.date;
        e.evidence = evidence_of(first_sentence[idx]);
        events_.push_back(std::move(e));
      }
      if (rec.type == EntityType::military_base && !operator_of_[idx].empty() &&
          st_.entity_for_id(operator_of_[idx]) >= 0) {
        Event e;
        e.type = "operates";
        e.source = operator_of_[idx];
        e.target = rec.id;
        e.date = st_.date;
        e.evidence = evidence_of(first_sentence[idx]);
        events_.push_back(std::move(e));
      }
    }
  }

 public:
  // Operators of bases (from the gazetteer), by entity index; set by find_events.
  std::vector<std::string> operator_of_;

 private:
  const Lexicons& lex_;
  const Gazetteer& gaz_;
  DocState& st_;
  const std::vector<Token>& toks_;
  size_t sentence_ = 0;
  uint32_t first_ = 0, end_ = 0;
  const std::vector<Span>* spans_ = nullptr;
  std::vector<int> span_of_;
  std::vector<char> in_date_, in_quote_;
  const std::vector<DateMention>* dates_ = nullptr;
  std::vector<Made> sentence_events_;
  std::vector<size_t> sentence_statements_;
  int speaker_ = kNone;
  bool trigger_conj_ = false;  // the current trigger carries the conjunction و/ف
  bool trigger_fa_ = false;    // ... and it is فـ
  bool in_frame_ = false;      // the visit's destination follows «في» («حط رحاله في»)
  std::vector<Event> events_;
};

}  // namespace

std::vector<Event> find_events(const Resources& res, DocState& st) {
  EventFinder f(res, st);
  // Bases named only by the gazetteer's operator: make sure the operator is a node of the article.
  f.operator_of_.assign(st.entities.size(), {});
  size_t n = st.entities.size();
  for (size_t i = 0; i < n; ++i) {
    if (st.entities[i].type != EntityType::military_base) continue;
    if (const Entity* e = res.gazetteer.find(st.entities[i].id); e && !e->operator_id.empty()) {
      if (const Entity* op = res.gazetteer.find(e->operator_id)) {
        st.entity_for(*op);
        f.operator_of_[i] = op->id;
      }
      if (!e->in.empty())
        if (const Entity* in = res.gazetteer.find(e->in)) st.entity_for(*in);
    }
  }
  f.operator_of_.resize(st.entities.size());
  for (size_t i = 0; i < st.entities.size(); ++i) {
    if (st.entities[i].type == EntityType::location && !st.entities[i].country.empty())
      if (const Entity* in = res.gazetteer.find(st.entities[i].country)) st.entity_for(*in);
  }
  f.operator_of_.resize(st.entities.size());
  return f.run();
}

}  // namespace actorgraph::detail
