#include "actorgraph/extract/pipeline.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace actorgraph {

bool ExtractionPipeline::run(InputReader& reader, const Extractor& extractor, const Options& options,
                             const std::function<bool(Item&&)>& on_item) {
  const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  const size_t batch = std::max<size_t>(1, options.batch);
  std::vector<Document> docs(batch);
  std::vector<Item> items;
  std::vector<char> is_doc;
  items.reserve(batch);
  for (;;) {
    // read a batch: documents and errors, in input order
    items.clear();
    is_doc.clear();
    size_t n_docs = 0;
    bool end = false;
    while (items.size() < batch) {
      Error err;
      const auto r = reader.next(docs[n_docs], err);
      if (r == InputReader::Next::end) {
        end = true;
        break;
      }
      if (r == InputReader::Next::error) {
        items.emplace_back(std::move(err));
        is_doc.push_back(0);
      } else {
        items.emplace_back(ArticleResult{});
        is_doc.push_back(1);
        ++n_docs;
      }
    }
    // extract the batch's documents in parallel; slot k of docs belongs to the k-th document item
    std::vector<size_t> slot_of(items.size());
    for (size_t i = 0, k = 0; i < items.size(); ++i)
      if (is_doc[i]) slot_of[i] = k++;
    std::vector<size_t> doc_items;
    for (size_t i = 0; i < items.size(); ++i)
      if (is_doc[i]) doc_items.push_back(i);
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t j = next++; j < doc_items.size(); j = next++) {
        const size_t i = doc_items[j];
        items[i] = extractor.extract(docs[slot_of[i]]);
      }
    };
    const unsigned helpers = doc_items.size() > 1 ? std::min<unsigned>(threads, doc_items.size()) - 1 : 0;
    std::vector<std::thread> pool;
    pool.reserve(helpers);
    for (unsigned t = 0; t < helpers; ++t) pool.emplace_back(work);
    work();
    for (std::thread& t : pool) t.join();
    for (Item& item : items)
      if (!on_item(std::move(item))) return false;
    if (end) return true;
  }
}

}  // namespace actorgraph
