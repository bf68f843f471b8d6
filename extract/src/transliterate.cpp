// Arabic → Latin labels for actors the gazetteer does not know. Arabic script leaves short vowels
// unwritten, so this is a readable approximation (رامي الشاعر → "Rami al-Shaer"-like), never a key:
// ids use slugify() of it only for actors found through titles, and the Arabic name is kept.
#include <string>
#include <string_view>

#include "extract_internal.h"

namespace actorgraph::detail {

namespace {

// Consonant values; long vowels are handled by the caller from context.
const char* consonant(char32_t c) {
  switch (c) {
    case U'ب': return "b";
    case U'ت': return "t";
    case U'ث': return "th";
    case U'ج': return "j";
    case U'ح': return "h";
    case U'خ': return "kh";
    case U'د': return "d";
    case U'ذ': return "dh";
    case U'ر': return "r";
    case U'ز': return "z";
    case U'س': return "s";
    case U'ش': return "sh";
    case U'ص': return "s";
    case U'ض': return "d";
    case U'ط': return "t";
    case U'ظ': return "z";
    case U'ع': return "'";
    case U'غ': return "gh";
    case U'ف': return "f";
    case U'ق': return "q";
    case U'ك': return "k";
    case U'ل': return "l";
    case U'م': return "m";
    case U'ن': return "n";
    case U'ه': return "h";
    case U'ة': return "a";
    case U'ء': case U'ئ': case U'ؤ': return "'";
    case U'گ': return "g";
    case U'چ': return "ch";
    case U'پ': return "p";
    case U'ڤ': return "v";
    default: return nullptr;
  }
}

bool is_alef(char32_t c) { return c == U'ا' || c == U'أ' || c == U'إ' || c == U'آ' || c == U'ى'; }

void word_to_latin(std::u32string_view w, std::string& out) {
  size_t start = out.size();
  size_t i = 0;
  if (w.size() > 3 && w[0] == U'ا' && w[1] == U'ل') {  // the article
    out += "al-";
    i = 2;
    start = out.size();
  }
  for (; i < w.size(); ++i) {
    char32_t c = w[i];
    bool first = i == 0 || out.size() == start;
    if (is_alef(c)) {
      out += (c == U'إ' && first) ? "i" : "a";
    } else if (c == U'و') {
      out += first || (i + 1 < w.size() && is_alef(w[i + 1])) ? "w" : "u";
    } else if (c == U'ي') {
      out += first || (i + 1 < w.size() && is_alef(w[i + 1])) ? "y" : "i";
    } else if (const char* s = consonant(c)) {
      if (!(first && *s == '\'')) out += s;
    } else if (c < 0x80) {
      out += static_cast<char>(c);
    }
  }
  if (out.size() > start && out[start] >= 'a' && out[start] <= 'z') out[start] = static_cast<char>(out[start] - 'a' + 'A');
}

}  // namespace

std::string transliterate(std::string_view arabic_utf8) {
  std::u32string text;
  if (!decode_utf8(arabic_utf8, text)) return std::string(arabic_utf8);
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == U' ') ++i;
    size_t j = i;
    while (j < text.size() && text[j] != U' ') ++j;
    if (j > i) {
      if (!out.empty()) out += ' ';
      word_to_latin(std::u32string_view(text).substr(i, j - i), out);
    }
    i = j;
  }
  return out;
}

std::string slugify(std::string_view latin) {
  std::string s;
  for (char c : latin) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      s += c;
    } else if (!s.empty() && s.back() != '-' && c != '\'') {
      s += '-';
    }
  }
  while (!s.empty() && s.back() == '-') s.pop_back();
  return s;
}

}  // namespace actorgraph::detail
