// Throughput benchmark (not a test): extraction and graph building over a corpus made by
// repeating the sample articles with fresh ids.
//
//   build/bench/actorgraph_bench_extract [--data-dir DIR] [--input DIR] [--repeat N]
//
// Prints articles/s and MB/s for extraction alone and for extraction + graph merging.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include "actorgraph/extract/extractor.h"
#include "actorgraph/extract/input.h"
#include "actorgraph/extract/pipeline.h"
#include "actorgraph/graph/actor_graph.h"

int main(int argc, char** argv) {
  std::string data_dir = ACTORGRAPH_SOURCE_DATA_DIR;
  std::string input = std::string(ACTORGRAPH_SOURCE_DATA_DIR) + "/../samples";
  long repeat = 200;
  for (int i = 1; i < argc; ++i) {
    auto arg = [&](const char* name) { return std::strcmp(argv[i], name) == 0 && i + 1 < argc; };
    if (arg("--data-dir")) data_dir = argv[++i];
    else if (arg("--input")) input = argv[++i];
    else if (arg("--repeat")) repeat = std::stol(argv[++i]);
    else {
      std::cerr << "usage: actorgraph_bench_extract [--data-dir DIR] [--input DIR] [--repeat N]\n";
      return 2;
    }
  }
  using clock = std::chrono::steady_clock;
  auto t0 = clock::now();
  auto ex = actorgraph::Extractor::load({data_dir, {}});
  if (!ex) {
    std::cerr << ex.error().message() << "\n";
    return 1;
  }
  double load_s = std::chrono::duration<double>(clock::now() - t0).count();

  std::vector<actorgraph::Document> docs;
  actorgraph::InputReader in({input}, std::cin);
  actorgraph::Document d;
  actorgraph::Error err;
  for (;;) {
    auto r = in.next(d, err);
    if (r == actorgraph::InputReader::Next::end) break;
    if (r == actorgraph::InputReader::Next::document) docs.push_back(d);
  }
  if (docs.empty()) {
    std::cerr << "no articles under " << input << "\n";
    return 1;
  }
  size_t bytes = 0;
  for (const auto& doc : docs) bytes += doc.text.size();

  // extraction alone
  size_t events = 0;
  auto t1 = clock::now();
  for (long k = 0; k < repeat; ++k)
    for (const auto& doc : docs) events += ex->extract(doc).events.size();
  double extract_s = std::chrono::duration<double>(clock::now() - t1).count();

  // extraction + merging into one graph (ids made distinct per repetition)
  actorgraph::graph::ActorGraph g;
  auto t2 = clock::now();
  for (long k = 0; k < repeat; ++k) {
    for (auto doc : docs) {
      doc.id += "#" + std::to_string(k);
      g.add(ex->extract(doc));
    }
  }
  double build_s = std::chrono::duration<double>(clock::now() - t2).count();

  // the same, through the threaded pipeline (what `actorgraph build` runs): inputs re-read from disk
  actorgraph::graph::ActorGraph g2;
  auto t3 = clock::now();
  std::vector<std::string> inputs(static_cast<size_t>(repeat), input);
  actorgraph::InputReader many(inputs, std::cin);
  actorgraph::ExtractionPipeline::run(many, *ex, {}, [&](actorgraph::ExtractionPipeline::Item&& item) {
    if (auto* r = std::get_if<actorgraph::ArticleResult>(&item)) g2.add(*r);
    return true;
  });
  double pipeline_s = std::chrono::duration<double>(clock::now() - t3).count();

  double n = static_cast<double>(docs.size()) * static_cast<double>(repeat);
  double mb = static_cast<double>(bytes) * static_cast<double>(repeat) / 1e6;
  std::printf("data load: %.3f s\n", load_s);
  std::printf("corpus: %zu articles x %ld = %.0f articles, %.1f MB\n", docs.size(), repeat, n, mb);
  std::printf("extract: %.2f s, %.0f articles/s, %.2f MB/s (%zu events)\n", extract_s, n / extract_s, mb / extract_s,
              events);
  std::printf("extract+graph: %.2f s, %.0f articles/s, %.2f MB/s (%zu nodes, %zu edges)\n", build_s, n / build_s,
              mb / build_s, g.num_nodes(), g.num_edges());
  std::printf("pipeline (read+extract+graph, %u threads): %.2f s, %.0f articles/s, %.2f MB/s\n",
              std::max(1u, std::thread::hardware_concurrency()), pipeline_s, n / pipeline_s, mb / pipeline_s);
  return 0;
}
