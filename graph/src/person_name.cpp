#include "actorgraph/graph/person_name.h"

#include <algorithm>

#include "actorgraph/extract/text.h"

namespace actorgraph::graph {
namespace {

bool is_arabic(char32_t c) { return c >= 0x0600 && c <= 0x06FF; }

bool arabic_weak(char32_t c) {
  return c == U'ا' || c == U'و' || c == U'ي' || c == U'ء' || c == U'ئ' || c == U'ؤ';
}

bool latin_vowel(char32_t c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w';
}

bool latin_separator(char32_t c) {
  return c == ' ' || c == '-' || c == '\'' || c == U'’' || c == U'ʿ' || c == U'ʾ' || c == U'‘' || c == '.';
}

std::u32string skeleton(std::u32string_view w, bool latin) {
  std::u32string s;
  for (size_t i = 0; i < w.size(); ++i) {
    char32_t c = w[i];
    if (latin) {
      if (c == 'p' && i + 1 < w.size() && w[i + 1] == 'h') {
        c = 'f';
        ++i;
      } else if (c == 'q') {
        c = 'k';
      }
      if (!s.empty() && latin_vowel(c)) continue;
    } else if (!s.empty() && arabic_weak(c)) {
      continue;
    }
    if (!s.empty() && s.back() == c) continue;  // doubled letters (shadda, "mm", "ss")
    s.push_back(c);
  }
  return s;
}

}  // namespace

std::string PersonName::key() const {
  if (tokens.size() < 2) return {};
  std::string k = tokens.front();
  k += ' ';
  k += tokens.back();
  return k;
}

PersonName person_name(std::string_view name) {
  PersonName out;
  std::u32string text;
  decode_utf8(normalize_key(name), text);
  auto first_letter = std::find_if(text.begin(), text.end(), [](char32_t c) { return c > ' '; });
  out.latin = first_letter == text.end() || !is_arabic(*first_letter);
  const bool latin = out.latin;

  // Split into words, then drop particles and join compound given names.
  std::vector<std::u32string> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (latin ? latin_separator(text[i]) : text[i] == ' ')) ++i;
    size_t j = i;
    while (j < text.size() && !(latin ? latin_separator(text[j]) : text[j] == ' ')) ++j;
    if (j > i) words.emplace_back(text, i, j - i);
    i = j;
  }
  std::u32string pending;  // «عبد» / "abd" waiting for the word it is joined to
  for (size_t w = 0; w < words.size(); ++w) {
    std::u32string word = std::move(words[w]);
    if (latin) {
      if (word == U"al" || word == U"el" || word == U"bin" || word == U"ibn" || word == U"bint" || word == U"ben")
        continue;
      if (word == U"abdul" || word == U"abdel" || word == U"abdal") word = U"abd";
      if (word == U"abd" || word == U"abu" || word == U"abou") {
        pending += word;
        continue;
      }
    } else {
      if (word == U"بن" || word == U"ابن" || word == U"بنت") continue;
      if (word == U"عبد" || word == U"ابو") {
        pending += word;
        continue;
      }
      // The article on a family name comes and goes («الفرحات» / «فرحات»); a given name keeps it.
      if (!out.tokens.empty() && word.size() > 3 && word[0] == U'ا' && word[1] == U'ل') word.erase(0, 2);
    }
    if (!pending.empty()) {
      word = pending + word;
      pending.clear();
    }
    out.tokens.push_back(encode_utf8(skeleton(word, latin)));
  }
  if (!pending.empty()) out.tokens.push_back(encode_utf8(skeleton(pending, latin)));
  return out;
}

bool names_compatible(const PersonName& a, const PersonName& b) {
  if (a.latin != b.latin || a.tokens.size() < 2 || b.tokens.size() < 2) return false;
  if (a.tokens.front() != b.tokens.front() || a.tokens.back() != b.tokens.back()) return false;
  const PersonName& shorter = a.tokens.size() <= b.tokens.size() ? a : b;
  const PersonName& longer = &shorter == &a ? b : a;
  // Middle tokens of the shorter name, in order, among those of the longer.
  size_t j = 1;
  for (size_t i = 1; i + 1 < shorter.tokens.size(); ++i) {
    while (j + 1 < longer.tokens.size() && longer.tokens[j] != shorter.tokens[i]) ++j;
    if (j + 1 >= longer.tokens.size()) return false;
    ++j;
  }
  return true;
}

}  // namespace actorgraph::graph
