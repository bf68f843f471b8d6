// Tokens and sentences (see text.h).
//
// Sentences come from ICU's sentence BreakIterator (it knows ؟, closing «» and quotes, and keeps
// decimal points such as 3.5) with two corrections of our own:
//  - a break right after a one-letter word and a full stop («د.», «م.», «أ.», «J.») is suppressed,
//    except «م.» after a number (the AD year suffix). ICU's FilteredBreakIteratorBuilder is NOT used:
//    it matches the abbreviation as a suffix with no word boundary, so suppressing «د.» also glues
//    «وصل الوفد. وغادر» into one sentence (checked on ICU 72);
//  - every line break ends a sentence (ICU ignores FF and VT), and so does «…» before white space.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cassert>
#include <memory>

#include "actorgraph/extract/text.h"

namespace actorgraph {

namespace {

enum class CharClass : uint8_t { space, letter, mark, digit, format, other };

CharClass classify(char32_t c) {
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::letter;
    if (c >= '0' && c <= '9') return CharClass::digit;
    if (c == ' ' || (c >= 0x09 && c <= 0x0D)) return CharClass::space;
    if (c < 0x20 || c == 0x7F) return CharClass::format;
    return CharClass::other;
  }
  if (is_space(c)) return CharClass::space;
  const auto uc = static_cast<UChar32>(c);
  const uint32_t mask = U_GET_GC_MASK(uc);
  if ((mask & U_GC_L_MASK) != 0) return CharClass::letter;  // includes tatweel (Lm)
  if ((mask & U_GC_M_MASK) != 0) return CharClass::mark;
  if ((mask & U_GC_ND_MASK) != 0) return CharClass::digit;
  if ((mask & (U_GC_CF_MASK | U_GC_CC_MASK)) != 0) return CharClass::format;
  return CharClass::other;
}

bool is_joiner(char32_t c) { return c == 0x200C || c == 0x200D; }

// Trim: white space and invisible format controls (bidi marks, BOM).
bool is_trimmed(char32_t c) {
  return is_space(c) || classify(c) == CharClass::format;
}

void tokenize(const std::u32string& text, uint32_t body_start, std::vector<Token>& tokens) {
  const auto n = static_cast<uint32_t>(text.size());
  bool newline = false;
  uint32_t i = body_start;
  while (i < n) {
    const char32_t c = text[i];
    const CharClass cls = classify(c);
    if (cls == CharClass::space) {
      if (is_line_break(c)) newline = true;
      ++i;
      continue;
    }
    if (cls == CharClass::format) {  // bidi marks, BOM, stray joiners between tokens
      ++i;
      continue;
    }
    const uint32_t start = i;
    TokenKind kind = TokenKind::punct;
    if (cls == CharClass::letter || cls == CharClass::mark) {
      kind = TokenKind::word;
      ++i;
      while (i < n) {
        const CharClass k = classify(text[i]);
        if (k == CharClass::letter || k == CharClass::mark) {
          ++i;
        } else if (is_joiner(text[i]) && i + 1 < n &&
                   (classify(text[i + 1]) == CharClass::letter ||
                    classify(text[i + 1]) == CharClass::mark)) {
          i += 2;
        } else {
          break;
        }
      }
    } else if (cls == CharClass::digit) {
      kind = TokenKind::number;
      ++i;
      while (i < n && classify(text[i]) == CharClass::digit) ++i;
    } else {
      ++i;
      // Marks after a symbol (emoji variation selectors, a stray haraka) stay with it.
      while (i < n && classify(text[i]) == CharClass::mark) ++i;
    }
    Token t;
    t.start = start;
    t.end = i;
    t.kind = kind;
    t.newline_before = newline && !tokens.empty();
    append_key(std::u32string_view(text).substr(start, i - start), t.key);
    tokens.push_back(std::move(t));
    newline = false;
  }
}

icu::BreakIterator* sentence_iterator() {
  // One iterator per thread: creating it costs far more than using it.
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createSentenceInstance(icu::Locale("ar"), status));
    if (U_FAILURE(status)) b.reset();
    return b;
  }();
  return it.get();
}

// ICU sentence boundaries of text[body_start, end) as code-point offsets (body_start and end
// included). ICU works on UTF-16, so offsets are converted walking both strings together: an
// astral code point (emoji) is two UTF-16 units but one code point.
void icu_boundaries(const std::u32string& text, uint32_t body_start, std::vector<uint32_t>& out) {
  const auto n = static_cast<uint32_t>(text.size());
  out.push_back(body_start);
  icu::BreakIterator* it = sentence_iterator();
  if (it != nullptr && body_start < n) {
    std::u16string buf;
    buf.reserve(n - body_start + 16);
    for (uint32_t i = body_start; i < n; ++i) {
      const char32_t c = text[i];
      if (c > 0xFFFF) {
        buf.push_back(static_cast<char16_t>(U16_LEAD(c)));
        buf.push_back(static_cast<char16_t>(U16_TRAIL(c)));
      } else {
        buf.push_back(static_cast<char16_t>(c));
      }
    }
    // A read-only alias: no second copy of the text.
    const icu::UnicodeString u(false, buf.data(), static_cast<int32_t>(buf.size()));
    it->setText(u);
    int32_t u16 = 0;
    uint32_t cp = body_start;
    for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
      while (u16 < b && cp < n) {
        u16 += text[cp] > 0xFFFF ? 2 : 1;
        ++cp;
      }
      out.push_back(cp);
    }
    // Drop the iterator's reference to the local string.
    it->setText(icu::UnicodeString());
  }
  out.push_back(n);
}

bool is_letter(char32_t c) { return classify(c) == CharClass::letter; }

// True when the boundary at b follows a one-letter abbreviation («د. », «م.»): the break is
// suppressed. A line break between the full stop and b keeps the break.
bool abbreviation_before(const std::u32string& text, uint32_t body_start, uint32_t b) {
  uint32_t k = b;
  while (k > body_start && is_space(text[k - 1])) {
    if (is_line_break(text[k - 1])) return false;
    --k;
  }
  if (k < body_start + 2 || text[k - 1] != U'.') return false;
  const char32_t letter = text[k - 2];
  if (!is_letter(letter) || letter == 0x0640) return false;
  if (k >= body_start + 3) {
    const CharClass prev = classify(text[k - 3]);
    if (prev == CharClass::letter || prev == CharClass::mark || prev == CharClass::digit ||
        text[k - 3] == U'.' || is_joiner(text[k - 3]))
      return false;
  }
  if (letter >= U'a' && letter <= U'z') return false;  // "a." "i." end sentences in English
  if (letter == 0x0645) {  // «م.» after a year: "2023 م." is the AD suffix, the sentence ends
    uint32_t j = k - 2;
    while (j > body_start && is_space(text[j - 1])) --j;
    if (j > body_start && classify(text[j - 1]) == CharClass::digit) return false;
  }
  return true;
}

}  // namespace

TextLayer TextLayer::build(const std::u32string& text, uint32_t body_start) {
  TextLayer layer;
  const auto n = static_cast<uint32_t>(text.size());
  if (body_start > n) body_start = n;
  layer.tokens_.reserve((n - body_start) / 5 + 1);
  tokenize(text, body_start, layer.tokens_);

  std::vector<uint32_t> bounds;
  icu_boundaries(text, body_start, bounds);
  // Suppress breaks after one-letter abbreviations (never the first or last bound).
  std::vector<uint32_t> kept;
  kept.reserve(bounds.size() + 8);
  for (size_t i = 0; i < bounds.size(); ++i) {
    const bool inner = i != 0 && i + 1 != bounds.size();
    if (inner && abbreviation_before(text, body_start, bounds[i])) continue;
    kept.push_back(bounds[i]);
  }
  // Line breaks, and «…» followed by white space, end sentences.
  for (uint32_t i = body_start; i < n; ++i) {
    if (is_line_break(text[i])) {
      kept.push_back(i + 1);
    } else if (text[i] == 0x2026 && i + 1 < n && is_space(text[i + 1])) {
      kept.push_back(i + 1);
    }
  }
  std::sort(kept.begin(), kept.end());
  kept.erase(std::unique(kept.begin(), kept.end()), kept.end());

  const auto token_at_or_after = [&](uint32_t offset) {
    return static_cast<uint32_t>(
        std::lower_bound(layer.tokens_.begin(), layer.tokens_.end(), offset,
                         [](const Token& t, uint32_t o) { return t.start < o; }) -
        layer.tokens_.begin());
  };
  for (size_t i = 0; i + 1 < kept.size(); ++i) {
    uint32_t s = kept[i], e = kept[i + 1];
    while (s < e && is_trimmed(text[s])) ++s;
    while (e > s && is_trimmed(text[e - 1])) --e;
    if (s == e) continue;
    Sentence sent;
    sent.start = s;
    sent.end = e;
    sent.first_token = token_at_or_after(s);
    sent.end_token = token_at_or_after(e);
    if (sent.first_token == sent.end_token) continue;
    layer.sentences_.push_back(sent);
  }
  return layer;
}

}  // namespace actorgraph
