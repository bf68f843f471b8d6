// Internal structures shared by the extraction stages (entities.cpp, events.cpp, extractor.cpp).
// Not installed; tests of internals include it from extract/src.
//
// The pipeline for one article:
//   1. layout (wire marker, dateline, boilerplate) and the text layer (tokens, sentences);
//   2. entity spans: gazetteer names, nisba adjectives, titles with or without names, delegations,
//      surname and anaphor links within the article (EntityStage);
//   3. events from triggers and word order, dated against the article date (EventStage);
//   4. the ArticleResult: mentions, entity records, events (Extractor::extract).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actorgraph/extract/date.h"
#include "actorgraph/extract/date_expr.h"
#include "actorgraph/extract/gazetteer.h"
#include "actorgraph/extract/lexicon.h"
#include "actorgraph/extract/model.h"
#include "actorgraph/extract/preprocess.h"
#include "actorgraph/extract/text.h"

namespace actorgraph::detail {

// Arabic → Latin transliteration for labels of actors the gazetteer does not know
// ("رامي الشاعر" → "Rami al-Shaer"-like), and a slug for ids ("rami-al-shaer").
std::string transliterate(std::string_view arabic_utf8);
std::string slugify(std::string_view latin);

// What a span of tokens refers to.
enum class SpanKind : uint8_t {
  name,        // a name of a gazetteer entity or of a person found through a title
  nisba,       // a nisba adjective standing for its state (وفدا روسيا)
  metonym,     // a capital or seat of government standing for its state
  location,    // a place used as a place (في دمشق)
  role_only,   // a title without a name, resolved to the holder (الرئيس السوري)
  anaphor,     // a bare title or definite noun linked to an earlier actor (الوزير، الوزارة)
  delegation,  // «وفد روسي برئاسة X»: stands for its head X
  unnamed,     // an unnamed source («مصدر عسكري»): a speaker that yields no edge
};

struct Span {
  uint32_t first = 0, end = 0;   // token range [first, end)
  uint32_t start = 0, stop = 0;  // original code points of the mention text (clitics excluded)
  SpanKind kind = SpanKind::name;
  int entity = -1;               // index into DocState::entities, -1 for unnamed
  std::string prep;              // proclitic preposition of the first token ("ب", "ل", ...)
  bool after_location_prep = false;  // preceded by في / إلى / من / ب: used as a place
  bool feminine = false;         // grammatical gender of the phrase head, for verb agreement
  bool conj = false;             // the phrase's first token carries the conjunction و/ف («والرئيس»)
  // For persons found with a title: the title's Role, so holds_role edges can be made.
  std::optional<Role> role;
  uint32_t role_first = 0, role_end = 0;  // token range of the title (for evidence)
  // A dual or plural title over coordinated states («وزيرا خارجية مصر والأردن») stands for
  // several persons: all of them, `entity` being the first.
  std::vector<int> group;
  // «الرئيسان», «القادة الثلاثة»: a group read from the persons named before it (group_n of them,
  // in role group_role when not empty); re-read once surname-only mentions are known.
  std::string group_role;
  uint32_t group_n = 0;
  // A capital read as its state («زار دمشق» before the verb is known): the place reading, for
  // destinations of visits.
  const Entity* place_alt = nullptr;
};

// The article-level state the stages share.
struct DocState {
  const Document* doc = nullptr;
  std::u32string text;
  Layout layout;
  TextLayer layer;
  std::optional<Date> date;               // article date (record date, else wire marker)
  std::vector<EntityRecord> entities;     // referenced entities, index = Span::entity
  std::unordered_map<std::string, int> entity_index;  // id → index
  std::vector<std::vector<Span>> spans;   // per sentence, sorted by token
  std::vector<std::vector<DateMention>> dates;  // per sentence
  // Titles with a known holder and target, for holds_role edges: where they were read.
  struct RoleEvidence {
    int person;
    Role role;
    uint32_t sentence, first, end;  // sentence index, token range of the title
  };
  std::vector<RoleEvidence> role_evidence;
  // The place of the dateline («دمشق-»), when the gazetteer knows it.
  const Entity* dateline_place = nullptr;

  // Original text of a code-point range, as UTF-8.
  std::string slice(uint32_t start, uint32_t end) const {
    return encode_utf8(std::u32string_view(text).substr(start, end - start));
  }
  int entity_for(const Entity& e);        // adds the gazetteer entity on first use
  // normalize_key of an entity's Arabic name, computed once.
  const std::string& name_key(int idx) {
    if (name_keys.size() < entities.size()) {
      name_keys.resize(entities.size());
      name_key_done.resize(entities.size(), 0);
    }
    if (!name_key_done[idx]) {
      name_keys[idx] = normalize_key(entities[idx].name_ar);
      name_key_done[idx] = 1;
    }
    return name_keys[idx];
  }
  std::vector<std::string> name_keys;
  std::vector<char> name_key_done;
  int entity_for_id(const std::string& id) const {
    auto it = entity_index.find(id);
    return it == entity_index.end() ? -1 : it->second;
  }
};

struct Resources {
  Gazetteer gazetteer;
  Lexicons lexicons;
  DateLexicon dates;
};

// Stage 2: fills DocState::spans and DocState::entities.
void find_entities(const Resources& res, DocState& st);
// Stage 3: events (and relations) of the article.
std::vector<Event> find_events(const Resources& res, DocState& st);

// EntityRecord of a gazetteer entity (names, roles, country), aliases left empty.
EntityRecord record_of(const Entity& e);

}  // namespace actorgraph::detail
