// The scorer: compares the graph of one article with its gold annotations (gold.h) using the rules
// of ../shared/checks/score.py, and sums the scores of many articles. `actorgraph eval` and the
// project's tests (tests/samples) both use it, so their figures are those of the external check.
//
//   eval::Evaluator ev("samples/gold");
//   for (const ArticleResult& r : results)
//     if (Status s = ev.add(r); !s) die(s.error().message());   // one graph per article
//   const eval::Summary& sum = ev.summary();
//   std::cout << sum.meeting_visit().f1() << " " << sum.entity_types.at("person").recall();
//   std::cout << eval::score_py_summary(sum);   // the summary line score.py prints
//
// Matching rules (as score.py): a graph node goes to the gold entity it matches best: 3 when an
// English canonical name agrees (label or names.en against the gold "en"), 2 when any other name
// form agrees (Arabic forms compared after normalisation, with proclitics stripped), 1 when only a
// person's last name agrees; a tie between two gold entities leaves the node unmatched. Events are
// keyed by type: meeting and call by the unordered pair, visit by (visitor, destination with a city
// read as its state), statement by the speaker; a gold event is found when any of its keys (one per
// acceptable destination) is predicted; a predicted key matching no gold key is a false positive,
// except the keys of optional gold events, which are neither required nor false positives.
// Several edges with one key count once (as several nodes of one gold entity do).
//
// Entity precision per type (score.py prints only the overall entity recall; this is our addition):
// for type T, gold = required gold entities of type T, tp = those matched by at least one node,
// pred = tp + the predicted nodes of type T matched to no gold entity (invented). Nodes matched to an
// optional gold entity, or to a gold entity of another type, are no false positives.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/eval/gold.h"
#include "actorgraph/eval/normalize.h"
#include "actorgraph/extract/date.h"
#include "actorgraph/extract/model.h"
#include "actorgraph/extract/status.h"

namespace actorgraph::graph {
class ActorGraph;
}

namespace actorgraph::eval {

inline constexpr std::array<std::string_view, 6> kEntityTypes = {"person",   "state",    "organization",
                                                                 "military_base", "location", "media"};
inline constexpr std::array<std::string_view, 4> kEventTypes = {"meeting", "visit", "call", "statement"};

// What the scorer sees of a graph: the fields of graph.json that score.py reads.
struct PredNode {
  std::string id;
  std::string type;                  // node type as in graph.json
  std::string label;
  std::string name_ar, name_en;
  std::vector<std::string> aliases;  // also any other value of graph.json's "names"
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
// The extraction of one article without merging (entities as nodes, events as edges).
PredGraph view_of(const ArticleResult& r);
// A graph.json written by `actorgraph build`, read as score.py reads it. `file` names errors.
Expected<PredGraph> parse_graph_json(std::string_view json, const std::string& file);

struct Counts {
  int tp = 0, pred = 0, gold = 0;
  double precision() const { return pred ? double(tp) / pred : 0.0; }
  double recall() const { return gold ? double(tp) / gold : 0.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  Counts& operator+=(const Counts& o) {
    tp += o.tp, pred += o.pred, gold += o.gold;
    return *this;
  }
};

struct ArticleScore {
  std::string id;
  Counts entities;                               // all six types (sum of entity_types)
  std::map<std::string, Counts> entity_types;    // each of kEntityTypes, always present
  std::map<std::string, Counts> events;          // each of kEventTypes, always present
  int dates_ok = 0, dates_n = 0;                 // found gold events with a date; how many dated right
  std::vector<std::string> missed_entities;      // gold "en" of required entities not found
  std::vector<std::string> extra_entities;       // "type label (id)" of nodes matched to no gold entity
  std::map<std::string, std::vector<std::string>> missed, extra;  // by event type, readable keys
};

ArticleScore score_article(const GoldArticle& gold, const PredGraph& graph);
// Builds the graph of this one article (graph::ActorGraph, as `actorgraph build` of the article
// alone would) and scores it: what score.py does with each article.
ArticleScore score_result(const GoldArticle& gold, const ArticleResult& result);

// Gold entity "en" -> node ids, and node id -> gold entity "en".
struct EntityMatch {
  std::map<std::string, std::set<std::string>> gold_to_nodes;
  std::map<std::string, std::string> node_to_gold;
};
EntityMatch match_entities(const std::vector<GoldEntity>& gold, const std::vector<PredNode>& nodes);

// Sums of many articles. Precision, recall and F1 of a sum are computed from the summed counts
// (micro average), as score.py does.
struct Summary {
  int articles = 0;
  Counts entities;
  std::map<std::string, Counts> entity_types;
  std::map<std::string, Counts> events;
  int dates_ok = 0, dates_n = 0;

  Summary();  // every entity and event type present with zero counts
  void add(const ArticleScore& s);
  Counts meeting_visit() const;          // meeting and visit counts summed
  // dates_ok / dates_n, nullopt when no found gold event has a date.
  std::optional<double> date_share() const;
};

// The last line score.py prints for these figures, e.g.
// "gold all (17 articles): meeting+visit F1=0.92 | entities R=0.97 | meeting F1=0.95 (P=1.00 R=0.90 n=20) | ... | dates 30/33"
std::string score_py_summary(const Summary& s, std::string_view name = "gold", std::string_view lang = "all");

// `actorgraph eval`: scores every article given against GOLD_DIR/<article id>.json.
class Evaluator {
 public:
  explicit Evaluator(std::string gold_dir) : gold_dir_(std::move(gold_dir)) {}
  // Scores one article; an article without a gold file is recorded in skipped(). Errors: a gold
  // file that exists but cannot be read or holds no article with this id.
  Status add(const ArticleResult& result);
  const Summary& summary() const { return summary_; }
  const std::vector<ArticleScore>& scores() const { return scores_; }  // in the order added
  const std::vector<std::string>& skipped() const { return skipped_; }  // article ids
  const std::string& gold_dir() const { return gold_dir_; }

 private:
  std::string gold_dir_;
  Summary summary_;
  std::vector<ArticleScore> scores_;
  std::vector<std::string> skipped_;
};

// The figures as one JSON object (the shape is documented in README.md, "Measuring extraction"):
// {"articles", "skipped", "entities": {"all": {tp, pred, gold, precision, recall, f1}, "person": ...},
//  "events": {"meeting": ...}, "meeting_visit": {...}, "dates": {"right", "total", "share"},
//  and with per_article: "per_article": [{"id", "entities", "events", "dates", "missed", "invented"}]}.
std::string report_json(const Evaluator& ev, bool per_article);

}  // namespace actorgraph::eval
