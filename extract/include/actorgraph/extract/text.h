// The Arabic (and Latin) text layer: UTF-8 decoding, the normalised matching key with a map back
// to original offsets, tokens, sentences and proclitic splits.
//
// All offsets are code-point indices into the original text (a std::u32string).
//
//   std::u32string text;
//   if (!decode_utf8(bytes, text)) ...;
//   std::string k = normalize_key("الرئيسُ السوريّ");  // == "الرئيس السوري" (hamza kept)
//   TextLayer t = TextLayer::build(text, body_start);
//   for (const Sentence& s : t.sentences()) for (uint32_t i = s.first_token; i < s.end_token; ++i) ...
//
// Thread safety: everything here is a pure function or an immutable value.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

// Decodes UTF-8. On invalid input returns false and sets *bad_byte (if given) to the byte offset
// of the first invalid sequence. Overlong forms, surrogates and values above U+10FFFF are invalid.
bool decode_utf8(std::string_view bytes, std::u32string& out, size_t* bad_byte = nullptr);
std::string encode_utf8(std::u32string_view text);
void append_utf8(std::string& out, char32_t c);

// The matching fold of one code point: 0 when dropped (harakat U+064B–U+065F, U+0670, tatweel
// U+0640), else alef forms → ا, ى → ي, ة → ه, Arabic-Indic digits → ASCII, Latin lower-cased,
// presentation forms left to NFKC (see normalize_key). Hamza on waw/ya and ء are kept.
char32_t fold_char(char32_t c);

// Normalised key of a string: NFKC, fold_char on each code point, runs of whitespace → one space,
// trimmed. Used for lexicon entries and for token keys. Invalid UTF-8 bytes count as U+FFFD.
// A decomposed hamza or madda (و + U+0654) is composed first, so it gives ؤ like the precomposed
// letter. Besides the folds above, Persian ی/ک → ي/ك and invisible format controls (ZWNJ, ZWJ,
// bidi marks, BOM, soft hyphen) are dropped.
std::string normalize_key(std::string_view utf8);
std::string normalize_key(std::u32string_view text);
// Appends the key of text to out (no allocation beyond out's growth when reused).
void append_key(std::u32string_view text, std::string& out);

// Unicode white space (ASCII, NBSP, U+2000–U+200A, U+2028/2029, ...) and the line breaks among it
// (LF, VT, FF, CR, NEL, U+2028, U+2029).
bool is_space(char32_t c);
bool is_line_break(char32_t c);

// The normalised form of a whole text with a map back to original offsets: the same folds as
// normalize_key, but whitespace runs become one ' ' — or '\n' when the run holds a line break, so
// that a phrase match can refuse to cross lines — and nothing is trimmed. A code point that NFKC
// expands (ﻻ → لا) maps every resulting key code point to itself; a dropped code point (haraka,
// tatweel) has no key position, so the original span of key range [a, b) is
// [to_original(a), to_original(b)).
class NormalizedText {
 public:
  static NormalizedText build(std::u32string_view original);
  const std::u32string& key() const { return key_; }
  // Original offset of key position i (i may equal key().size()).
  uint32_t to_original(size_t i) const { return map_[i]; }

 private:
  std::u32string key_;
  std::vector<uint32_t> map_;  // size key_.size() + 1
};

enum class TokenKind : uint8_t { word, number, punct };

struct Token {
  uint32_t start = 0, end = 0;  // original code points
  std::string key;              // normalize_key of the token's text (UTF-8)
  TokenKind kind = TokenKind::word;
  bool newline_before = false;  // a line break separates it from the previous token
};

struct Sentence {
  uint32_t start = 0, end = 0;            // original code points, trimmed of surrounding space
  uint32_t first_token = 0, end_token = 0;  // token index range [first_token, end_token)
};

// Tokens and sentences of a text from body_start on (the part after a wire marker / dateline).
// Tokens: maximal runs of letters and combining marks (Arabic or Latin, tatweel and harakat
// inside; a ZWNJ/ZWJ between letters stays inside), runs of digits (ASCII or Arabic-Indic:
// 12/10/2023 is number / number / number), and every other visible code point on its own (punct).
// White space and invisible format controls (bidi marks, BOM) make no token.
// Sentences: ICU's sentence rules (. ! ? ؟ ۔, closing quotes, 3.5 is no break) plus: every line
// break ends a sentence, «…» before white space ends one, and a one-letter word with a full stop
// («د.» «م.» «أ.» «J.») does not — except «م.» right after a number (the AD year suffix).
// Sentences are trimmed of white space; empty ones (no token) are skipped.
class TextLayer {
 public:
  static TextLayer build(const std::u32string& text, uint32_t body_start = 0);
  const std::vector<Token>& tokens() const { return tokens_; }
  const std::vector<Sentence>& sentences() const { return sentences_; }

 private:
  std::vector<Token> tokens_;
  std::vector<Sentence> sentences_;
};

// A way to read a normalised word as proclitics + stem: وبالرئيس → {و, ب, article, رئيس}...
// Splits are listed longest-prefix first and never include the empty split; the caller tries the
// whole word first and accepts a split only when the stem is a known entry (so وليد, بشار, لبنان
// are never split unless their remainder is itself an entry and the whole word is not).
// conj and prep view static strings; stem views into the key passed in (keep it alive).
// Every split has a stem of at least two letters. For لل both readings are listed: للرئيس →
// {ل, article, رييس} and {ل, no article, لرييس}; للبنان → {ل, article, بنان} and {ل, لبنان}.
struct CliticSplit {
  std::string_view conj;     // "" or "و" / "ف"
  std::string_view prep;     // "" or "ب" "ل" "ك" (the future prefix س of verbs is not split)
  bool article = false;      // the stem had ال (or ل of لل) removed
  std::string_view stem;     // the remainder, without ال when article is true
};
// Appends to out (cleared first) the proclitic readings of a normalised key.
// The stem of a "لل" reading is returned without ال; callers that index names with ال should also
// try "ال" + stem (helper with_article below).
void proclitic_splits(std::string_view key, std::vector<CliticSplit>& out);
std::string with_article(std::string_view stem);

}  // namespace actorgraph
