// Gold annotations of sample articles and the scorer that compares a graph with them: a C++ port of
// the essentials of ../shared/checks/score.py, so the project's own tests score extraction with the
// same rules as the external check (samples/README.md, "Gold format").
//
//   auto gold = gold::load_gold_file("samples/gold/001_lavrov_shaibani_moscow.json");
//   if (!gold) FAIL() << gold.error().message();
//   graph::ActorGraph g; g.add(extractor.extract(doc));
//   gold::ArticleScore s = gold::score_article(gold->front(), gold::view_of(g));
//   std::cout << s.events["meeting"].tp << "/" << s.events["meeting"].gold;
//
// Matching rules (as score.py): a graph node goes to the gold entity it matches best: 3 when an
// English canonical name agrees (label or names.en against the gold "en"), 2 when any other name
// form agrees (Arabic forms compared after normalisation, with proclitics stripped), 1 when only a
// person's last name agrees; a tie between two gold entities leaves the node unmatched. Events are
// keyed by type: meeting and call by the unordered pair, visit by (visitor, destination with a city
// read as its state), statement by the speaker. Optional gold events are neither required nor
// counted as false positives.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/extract/date.h"
#include "actorgraph/extract/model.h"
#include "actorgraph/extract/status.h"

namespace actorgraph::graph {
class ActorGraph;
}

namespace actorgraph::gold {

struct GoldEntity {
  std::string en;
  std::string type;                  // person, state, organization, military_base, location, media
  std::vector<std::string> ar;       // Arabic surface forms as they appear
  std::vector<std::string> surface;  // English variants
  bool optional = false;
};

struct GoldEvent {
  std::string type;                  // meeting, visit, call, statement
  std::string a;
  std::string b;                     // empty for statements
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

// Reads {"version": 1, "articles": [...]}. Errors name the file (and what is wrong).
Expected<std::vector<GoldArticle>> load_gold_file(const std::string& path);
Expected<std::vector<GoldArticle>> parse_gold(std::string_view json, const std::string& file);

// What the scorer sees of a graph: the fields of graph.json it reads.
struct PredNode {
  std::string id;
  std::string type;                  // node type as in graph.json
  std::string label;
  std::string name_ar, name_en;
  std::vector<std::string> aliases;
};
struct PredEdge {
  std::string type;
  std::string source, target;        // node ids
  std::optional<Date> date;
};
struct PredGraph {
  std::vector<PredNode> nodes;
  std::vector<PredEdge> edges;
};

PredGraph view_of(const graph::ActorGraph& g);
// The graph of one article without merging (entities as nodes, events as edges).
PredGraph view_of(const ArticleResult& r);

struct Counts {
  int tp = 0, pred = 0, gold = 0;
  double precision() const { return pred ? double(tp) / pred : 0.0; }
  double recall() const { return gold ? double(tp) / gold : 0.0; }
};

struct ArticleScore {
  std::string id;
  Counts entities;                               // pred = nodes of the six entity types
  std::map<std::string, Counts> events;          // meeting, visit, call, statement
  int dates_ok = 0, dates_n = 0;                 // dated gold events found, and how many have the right date
  std::vector<std::string> missed_entities;
  std::map<std::string, std::vector<std::string>> missed, extra;  // by event type, readable keys
};

ArticleScore score_article(const GoldArticle& gold, const PredGraph& graph);

// Normalisation and keys, exposed for tests (same results as score.py's functions).
std::string norm_ar(std::string_view s);
std::string norm_en(std::string_view s);
std::optional<std::string> token_key(std::string_view s);
std::set<std::string> variants(std::string_view s);
std::string canon_place(std::string_view name);

// Gold entity "en" -> node ids, and node id -> gold entity "en".
struct EntityMatch {
  std::map<std::string, std::set<std::string>> gold_to_nodes;
  std::map<std::string, std::string> node_to_gold;
};
EntityMatch match_entities(const std::vector<GoldEntity>& gold, const std::vector<PredNode>& nodes);

}  // namespace actorgraph::gold
