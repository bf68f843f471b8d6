// Gold annotations of articles: what a person reading the article says it contains (entities and
// meeting, visit, call and statement events), in the JSON shape of ../shared/checks/seed-gold.json
// (samples/README.md, "Gold format"). score.h compares a graph with them.
//
//   auto all = eval::load_gold_file("samples/gold/001_lavrov_shaibani_moscow.json");
//   if (!all) die(all.error().message());
//   // or, for `actorgraph eval GOLD_DIR`: the gold file of one article, nullopt when there is none
//   auto one = eval::load_gold_for("samples/gold", doc.id);
//   if (!one) die(one.error().message());
//   if (!*one) skip(doc.id);
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/extract/date.h"
#include "actorgraph/extract/status.h"

namespace actorgraph::eval {

struct GoldEntity {
  std::string en;                    // English canonical name: the key events refer to
  std::string type;                  // person, state, organization, military_base, location, media
  std::vector<std::string> ar;       // Arabic surface forms as they appear
  std::vector<std::string> surface;  // English variants
  bool optional = false;             // neither required nor a false positive when found
};

struct GoldEvent {
  std::string type;                  // meeting, visit, call, statement
  std::string a;                     // entity "en"
  std::string b;                     // entity "en"; for a visit the destination; empty for statements
  std::vector<std::string> alt_b;    // other acceptable b
  std::optional<Date> date;
  std::string precision;             // day, month, year, approx, document, or empty
  std::string place;
  std::string via;                   // medium a statement was told to, may be empty
  bool optional = false;
};

struct GoldArticle {
  std::string id;
  std::string lang;
  std::optional<Date> date;
  std::vector<GoldEntity> entities;
  std::vector<GoldEvent> events;
};

// Reads {"version": 1, "articles": [...]}. Errors name the file and what is wrong.
Expected<std::vector<GoldArticle>> load_gold_file(const std::string& path);
Expected<std::vector<GoldArticle>> parse_gold(std::string_view json, const std::string& file);

// The gold article `id` from GOLD_DIR/<id>.json. nullopt when that file does not exist (or the id
// cannot be a file name: empty, ".", "..", or with a '/'); an error when the file exists but is
// malformed or holds no article with that id.
Expected<std::optional<GoldArticle>> load_gold_for(const std::string& gold_dir, const std::string& id);

}  // namespace actorgraph::eval
