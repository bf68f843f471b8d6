// Extraction of one article: entities (gazetteer matches, persons found through titles), and
// dated events (meetings, visits, calls, statements, roles), each with its evidence.
//
//   auto ex = Extractor::load({.data_dir = "data"});
//   if (!ex) die(ex.error().message());
//   ArticleResult r = ex->extract(doc);          // the stateless "map" step
//
// Thread safety: a loaded Extractor is immutable; extract() may be called from several threads.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "actorgraph/extract/model.h"
#include "actorgraph/extract/status.h"

namespace actorgraph {

class Gazetteer;
class Lexicons;
class DateLexicon;

struct ExtractorOptions {
  std::string data_dir;                      // holds gazetteer/ and lexicons/
  std::vector<std::string> extra_gazetteers; // the user's own files (--gazetteer)
};

class Extractor {
 public:
  static Expected<Extractor> load(const ExtractorOptions& options);
  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  ~Extractor();

  // Precondition: doc.text is valid UTF-8 (InputReader guarantees it).
  ArticleResult extract(const Document& doc) const;
  const Gazetteer& gazetteer() const;
  const Lexicons& lexicons() const;

 private:
  Extractor();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace actorgraph
