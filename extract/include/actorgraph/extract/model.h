// The extraction data model: what one article yields (the "map" step), before merging into a graph.
//
// Offsets everywhere are in Unicode code points into the article text exactly as given (the `text`
// of a JSON Lines record, or the whole content of a .txt file including its wire marker), so that
// text[start:end] in Python is the mention or evidence span.
//
//   ArticleResult r = extractor.extract(doc);
//   for (const Event& e : r.events) std::cout << e.type << " " << e.source << "->" << e.target;
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/extract/date.h"

namespace actorgraph {

enum class EntityType { person, state, organization, military_base, location, media };

std::string_view to_string(EntityType t);
std::optional<EntityType> entity_type_from_string(std::string_view s);

// One article as read from the input.
struct Document {
  std::string id;
  std::string url;
  std::optional<Date> date;  // publication date: the record's date, else the wire marker's
  std::string lang;          // "ar", "en", or empty when unknown
  std::string title;
  std::string text;          // UTF-8, exactly as given
  // Where it came from, for messages: file path and 1-based line (0 for a .txt file).
  std::string source_file;
  long source_line = 0;
};

// A role an actor holds: "Deputy Minister of Defence" of org/ru-ministry-of-defence.
struct Role {
  std::string title;           // English title
  std::string title_ar;        // Arabic title as written, may be empty
  std::string of;              // node id of the state or organisation, may be empty (analyst)
  std::optional<Date> from, to;
  bool former = false;         // the text calls the person a former holder
  std::string key;             // role key shared by titles.tsv and roles.tsv (ambassador), may be empty
};

// Everything the graph needs to make a node, so the graph never consults the gazetteer.
struct EntityRecord {
  std::string id;              // stable id: state/SY, person/ahmed-al-sharaa, org/ru-ministry-of-defence
  EntityType type = EntityType::person;
  std::string label;           // English label, or a transliteration
  std::string name_ar;
  std::string name_en;
  std::vector<std::string> aliases;  // surface forms seen in this article
  std::vector<Role> roles;
  std::string country;         // state id a person or organisation belongs to, may be empty
  bool in_gazetteer = false;
};

struct Mention {
  uint32_t start = 0, end = 0;  // code points
  std::string text;             // the original text[start:end]
  EntityType type = EntityType::person;
  std::string entity;           // EntityRecord id
};

struct Evidence {
  std::string document;         // Document id
  std::string sentence;         // original text of the sentence
  uint32_t start = 0, end = 0;  // code points of the sentence (or the part of it that carries the event)
};

struct Event {
  std::string type;             // meeting, visit, call, statement, holds_role, located_in, operates,
                                // planned_meeting, planned_visit
  std::string source, target;   // node ids; a statement about nobody else is a loop
  std::optional<Date> date;
  DatePrecision precision = DatePrecision::document;
  std::string place;            // node id or empty
  std::map<std::string, std::string> attributes;  // host, via, quote, title, event ...
  Evidence evidence;
};

struct ArticleResult {
  Document document;            // text kept so evidence can be checked; writers may drop it
  std::vector<Mention> mentions;
  std::vector<EntityRecord> entities;  // every entity referenced by mentions or events
  std::vector<Event> events;
};

}  // namespace actorgraph
