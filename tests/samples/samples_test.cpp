// Scores extraction on every sample article (samples/*.txt, samples/*.jsonl) against its gold file
// (samples/gold/<id>.json) with the rules of ../shared/checks/score.py (ported in actorgraph::eval), prints
// precision and recall per event type, and asserts floors. Also unit-tests the scorer itself.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

#include "actorgraph/extract/extractor.h"
#include "actorgraph/extract/input.h"
#include "actorgraph/graph/actor_graph.h"
#include "actorgraph/eval/gold.h"
#include "actorgraph/eval/score.h"

namespace actorgraph {
namespace gold = eval;  // the scorer moved to the eval library (actorgraph/eval/score.h)
namespace {

namespace fs = std::filesystem;

// ---- Floors (the integrator tunes these once the extractor settles) --------------------------
// Per article: no invented meeting, ever (a missed meeting is better than an invented one).
constexpr int kMaxInventedMeetingsPerArticle = 0;
// Per article: share of required gold entities found.
constexpr double kMinEntityRecallPerArticle = 0.7;
// Whole set.
constexpr double kMinEntityRecall = 0.9;
constexpr double kMinMeetingRecall = 0.65;
constexpr double kMinVisitRecall = 0.5;
constexpr double kMinVisitPrecision = 0.9;
constexpr double kMinCallRecall = 0.5;
constexpr double kMinStatementRecall = 0.8;
constexpr double kMinStatementPrecision = 0.9;
constexpr double kMinDateAccuracy = 0.75;  // found dated events whose date is right
constexpr size_t kMinArticles = 12;

const std::string kSamplesDir = std::string(ACTORGRAPH_SOURCE_DIR) + "/samples";

struct Corpus {
  std::vector<Document> docs;
  std::vector<std::string> errors;
};

const Corpus& corpus() {
  static const Corpus c = [] {
    Corpus out;
    std::istringstream no_stdin;
    InputReader in({kSamplesDir}, no_stdin);
    Document doc;
    Error err;
    for (;;) {
      auto r = in.next(doc, err);
      if (r == InputReader::Next::end) break;
      if (r == InputReader::Next::error) out.errors.push_back(err.message());
      else out.docs.push_back(doc);
    }
    return out;
  }();
  return c;
}

std::string gold_path(const std::string& id) { return kSamplesDir + "/gold/" + id + ".json"; }

TEST(SamplesCorpus, EveryArticleReadsAndHasAGoldFileAndViceVersa) {
  const Corpus& c = corpus();
  EXPECT_TRUE(c.errors.empty()) << c.errors.front();
  EXPECT_GE(c.docs.size(), kMinArticles);
  std::set<std::string> ids;
  for (const Document& d : c.docs) {
    ids.insert(d.id);
    EXPECT_TRUE(d.date.has_value()) << d.id << ": no publication date (record date or wire marker)";
    auto g = gold::load_gold_file(gold_path(d.id));
    ASSERT_TRUE(g.ok()) << g.error().message();
    ASSERT_EQ(g->size(), 1u) << d.id;
    EXPECT_EQ(g->front().id, d.id);
    ASSERT_TRUE(g->front().date.has_value()) << d.id;
    if (d.date) {
      EXPECT_EQ(g->front().date->iso(), d.date->iso()) << d.id;
    }
  }
  for (const auto& entry : fs::directory_iterator(kSamplesDir + "/gold")) {
    std::string stem = entry.path().stem().string();
    EXPECT_TRUE(ids.count(stem)) << "gold file without an article: " << entry.path().filename().string();
  }
}

// The sample built from the JSON Lines record without a date field gets its date from the marker.
TEST(SamplesCorpus, JsonLinesRecordWithoutDateUsesTheWireMarker) {
  bool seen = false;
  for (const Document& d : corpus().docs) {
    if (d.id != "021_trump_putin_call") continue;
    seen = true;
    ASSERT_TRUE(d.date.has_value());
    EXPECT_EQ(d.date->iso(), "2025-03-18");
  }
  EXPECT_TRUE(seen);
}

struct Totals {
  gold::Counts entities;
  std::map<std::string, gold::Counts> events;
  int dates_ok = 0, dates_n = 0;
  void add(const gold::ArticleScore& s) {
    entities.tp += s.entities.tp;
    entities.gold += s.entities.gold;
    entities.pred += s.entities.pred;
    for (const auto& [t, c] : s.events) {
      events[t].tp += c.tp;
      events[t].pred += c.pred;
      events[t].gold += c.gold;
    }
    dates_ok += s.dates_ok;
    dates_n += s.dates_n;
  }
};

std::string pr(const gold::Counts& c) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%d/%d/%d", c.tp, c.pred, c.gold);
  return buf;
}

TEST(SamplesScore, ExtractionMatchesTheGoldFiles) {
  auto ex = Extractor::load({.data_dir = ACTORGRAPH_TEST_DATA_DIR, .extra_gazetteers = {}});
  ASSERT_TRUE(ex.ok()) << ex.error().message();
  const Corpus& c = corpus();
  ASSERT_FALSE(c.docs.empty());
  Totals total;
  static const char* const types[] = {"meeting", "visit", "call", "statement"};
  std::cout << "\nper article: tp/pred/gold\n"
            << std::left << std::setw(38) << "article" << std::setw(10) << "entities";
  for (const char* t : types) std::cout << std::setw(11) << t;
  std::cout << "dates\n";
  for (const Document& d : c.docs) {
    SCOPED_TRACE(d.id);
    auto g = gold::load_gold_file(gold_path(d.id));
    ASSERT_TRUE(g.ok()) << g.error().message();
    graph::ActorGraph graph;
    graph.add(ex->extract(d));
    gold::ArticleScore s = gold::score_article(g->front(), gold::view_of(graph));
    total.add(s);
    std::cout << std::setw(38) << d.id << std::setw(10) << (std::to_string(s.entities.tp) + "/" + std::to_string(s.entities.gold));
    for (const char* t : types) std::cout << std::setw(11) << pr(s.events[t]);
    std::cout << s.dates_ok << "/" << s.dates_n << "\n";
    for (const auto& e : s.missed_entities) std::cout << "    missed entity: " << e << "\n";
    for (const auto& [t, ks] : s.missed)
      for (const auto& k : ks) std::cout << "    missed " << t << ": " << k << "\n";
    for (const auto& [t, ks] : s.extra)
      for (const auto& k : ks) std::cout << "    extra " << t << ": " << k << "\n";

    EXPECT_LE(static_cast<int>(s.extra["meeting"].size()), kMaxInventedMeetingsPerArticle)
        << "invented meetings in " << d.id;
    EXPECT_GE(s.entities.recall(), kMinEntityRecallPerArticle) << "entity recall in " << d.id;
  }
  std::cout << "\nwhole set (" << c.docs.size() << " articles)\n" << std::fixed << std::setprecision(2);
  std::cout << "  entities   R=" << total.entities.recall() << " (" << total.entities.tp << "/" << total.entities.gold << ")\n";
  for (const char* t : types) {
    const gold::Counts& k = total.events[t];
    std::cout << "  " << std::setw(10) << t << " P=" << k.precision() << " R=" << k.recall() << " (tp " << k.tp
              << ", predicted " << k.pred << ", gold " << k.gold << ")\n";
  }
  std::cout << "  dates right " << total.dates_ok << "/" << total.dates_n << "\n";

  EXPECT_GE(total.entities.recall(), kMinEntityRecall);
  EXPECT_GE(total.events["meeting"].recall(), kMinMeetingRecall);
  EXPECT_GE(total.events["visit"].recall(), kMinVisitRecall);
  EXPECT_GE(total.events["visit"].precision(), kMinVisitPrecision);
  EXPECT_GE(total.events["call"].recall(), kMinCallRecall);
  EXPECT_GE(total.events["statement"].recall(), kMinStatementRecall);
  EXPECT_GE(total.events["statement"].precision(), kMinStatementPrecision);
  ASSERT_GT(total.dates_n, 0);
  EXPECT_GE(double(total.dates_ok) / total.dates_n, kMinDateAccuracy);
}

}  // namespace
}  // namespace actorgraph
