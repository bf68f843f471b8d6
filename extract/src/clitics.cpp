// Proclitic readings of a normalised word (see text.h). Works on UTF-8 bytes: every Arabic letter
// involved is two bytes, and the key is already folded (أ → ا), so plain prefix tests suffice.
#include <algorithm>

#include "actorgraph/extract/text.h"

namespace actorgraph {

namespace {

constexpr std::string_view kWaw = "\u0648";    // و
constexpr std::string_view kFa = "\u0641";     // ف
constexpr std::string_view kBa = "\u0628";     // ب
constexpr std::string_view kLam = "\u0644";    // ل
constexpr std::string_view kKaf = "\u0643";    // ك
constexpr std::string_view kAl = "\u0627\u0644";  // ال

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0u) != 0x80u;
  return n;
}

// The stem must keep at least two letters: a one-letter remainder is never a name.
constexpr size_t kMinStem = 2;

void add(std::vector<CliticSplit>& out, std::string_view conj, std::string_view prep,
         bool article, std::string_view stem) {
  if (conj.empty() && prep.empty() && !article) return;  // the whole word is not a split
  if (code_points(stem) < kMinStem) return;
  out.push_back(CliticSplit{conj, prep, article, stem});
}

}  // namespace

void proclitic_splits(std::string_view key, std::vector<CliticSplit>& out) {
  out.clear();
  std::string_view conjs[2] = {"", ""};
  size_t nconj = 1;
  if (key.starts_with(kWaw)) conjs[nconj++] = kWaw;
  if (key.starts_with(kFa)) conjs[nconj++] = kFa;
  for (size_t ci = 0; ci < nconj; ++ci) {
    const std::string_view conj = conjs[ci];
    const std::string_view after_conj = key.substr(conj.size());
    for (std::string_view prep : {std::string_view(), kBa, kLam, kKaf}) {
      if (!after_conj.starts_with(prep)) continue;
      const std::string_view rest = after_conj.substr(prep.size());
      add(out, conj, prep, false, rest);
      if (rest.starts_with(kAl)) add(out, conj, prep, true, rest.substr(kAl.size()));
      // ل + ال is written لل: the article's alef is not written after the preposition lam.
      if (prep == kLam && rest.starts_with(kLam)) add(out, conj, prep, true, rest.substr(kLam.size()));
    }
  }
  // Longest prefix first; ties keep the order above (article readings after plain ones of the
  // same conj/prep are longer, so they come first anyway).
  std::stable_sort(out.begin(), out.end(), [](const CliticSplit& a, const CliticSplit& b) {
    return a.stem.size() < b.stem.size();
  });
}

std::string with_article(std::string_view stem) {
  std::string s;
  s.reserve(kAl.size() + stem.size());
  s.append(kAl);
  s.append(stem);
  return s;
}

}  // namespace actorgraph
