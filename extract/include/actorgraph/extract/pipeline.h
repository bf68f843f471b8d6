// Extraction over a stream of articles with worker threads, results delivered in input order.
//
// Input is read in batches (memory stays bounded by the batch size); each batch is extracted
// in parallel, then handed to the caller one item at a time, in input order, on the calling
// thread, so a caller that merges into a graph needs no locking and gets the same graph as a
// single-threaded run.
//
//   ExtractionPipeline::run(reader, extractor, {}, [&](ExtractionPipeline::Item&& item) {
//     if (auto* r = std::get_if<ArticleResult>(&item)) graph.add(*r);
//     else std::cerr << std::get<Error>(item).message() << "\n";
//     return true;                                   // false stops the run
//   });
#pragma once

#include <cstddef>
#include <functional>
#include <variant>

#include "actorgraph/extract/extractor.h"
#include "actorgraph/extract/input.h"
#include "actorgraph/extract/model.h"
#include "actorgraph/extract/status.h"

namespace actorgraph {

class ExtractionPipeline {
 public:
  struct Options {
    unsigned threads = 0;   // 0: one per hardware thread
    size_t batch = 128;     // articles read ahead and extracted together
  };
  using Item = std::variant<ArticleResult, Error>;
  // Returns false when on_item stopped the run.
  static bool run(InputReader& reader, const Extractor& extractor, const Options& options,
                  const std::function<bool(Item&&)>& on_item);
};

}  // namespace actorgraph
