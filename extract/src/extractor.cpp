// Extractor: loads the data files once, then runs the stages of extract_internal.h per article.
#include "actorgraph/extract/extractor.h"

#include <filesystem>

#include "extract_internal.h"

namespace actorgraph {

struct Extractor::Impl {
  detail::Resources res;
};

Extractor::Extractor() : impl_(std::make_unique<Impl>()) {}
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extractor::~Extractor() = default;

const Gazetteer& Extractor::gazetteer() const { return impl_->res.gazetteer; }
const Lexicons& Extractor::lexicons() const { return impl_->res.lexicons; }

Expected<Extractor> Extractor::load(const ExtractorOptions& options) {
  namespace fs = std::filesystem;
  Extractor ex;
  detail::Resources& r = ex.impl_->res;
  const fs::path data(options.data_dir);
  const fs::path gazetteer = data / "gazetteer";
  const fs::path lexicons = data / "lexicons" / "ar";
  std::error_code ec;
  if (!fs::is_directory(gazetteer, ec) || !fs::is_directory(lexicons, ec)) {
    return Error{options.data_dir, 0, "not an actorgraph data directory",
                 "the folders gazetteer/ and lexicons/ar/ inside it"};
  }
  if (Status s = r.gazetteer.load_dir(gazetteer.string()); !s) return s.error();
  for (const std::string& f : options.extra_gazetteers)
    if (Status s = r.gazetteer.load_file(f); !s) return s.error();
  if (Status s = r.gazetteer.finish(); !s) return s.error();
  if (Status s = r.lexicons.load_dir(lexicons.string()); !s) return s.error();
  if (Status s = r.dates.load_file((lexicons / "dates.tsv").string()); !s) return s.error();
  return ex;
}

ArticleResult Extractor::extract(const Document& doc) const {
  ArticleResult out;
  out.document = doc;
  detail::DocState st;
  st.doc = &doc;
  if (!decode_utf8(doc.text, st.text)) {
    assert(false && "Extractor::extract needs valid UTF-8 (InputReader checks it)");
    return out;
  }
  st.layout = analyse_layout(st.text);
  st.date = doc.date ? doc.date : st.layout.marker_date;
  if (!out.document.date) out.document.date = st.date;
  st.layer = TextLayer::build(st.text, st.layout.body_start);
  detail::find_entities(impl_->res, st);
  out.events = detail::find_events(impl_->res, st);

  for (const auto& sentence_spans : st.spans) {
    for (const detail::Span& sp : sentence_spans) {
      if (sp.entity < 0 || sp.kind == detail::SpanKind::delegation) continue;
      const EntityRecord& rec = st.entities[sp.entity];
      Mention m;
      m.start = sp.start;
      m.end = sp.stop;
      m.text = st.slice(sp.start, sp.stop);
      m.type = rec.type;
      m.entity = rec.id;
      out.mentions.push_back(std::move(m));
    }
  }
  std::sort(out.mentions.begin(), out.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.start < b.start; });
  out.entities = std::move(st.entities);
  return out;
}

}  // namespace actorgraph
