// UTF-8 codec and the matching key (see text.h). The key is built by a code-point switch; ICU is
// consulted only for code points outside ASCII and the Arabic block (NFKC quick check, combining
// class, lower case), so the common Arabic path never allocates per character.
#include "actorgraph/extract/text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cassert>

namespace actorgraph {

namespace {

// Decodes one UTF-8 sequence at bytes[i]. Returns its length, or 0 if invalid (strict: no
// overlongs, no surrogates, nothing above U+10FFFF, no truncated sequences).
size_t decode_one(std::string_view bytes, size_t i, char32_t& c) {
  const auto b0 = static_cast<unsigned char>(bytes[i]);
  if (b0 < 0x80) {
    c = b0;
    return 1;
  }
  size_t len;
  char32_t min;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2, min = 0x80, c = b0 & 0x1Fu;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3, min = 0x800, c = b0 & 0x0Fu;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4, min = 0x10000, c = b0 & 0x07u;
  } else {
    return 0;  // continuation byte, C0/C1 (always overlong) or F5..FF
  }
  if (bytes.size() - i < len) return 0;
  for (size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(bytes[i + k]);
    if ((b & 0xC0u) != 0x80u) return 0;
    c = (c << 6) | (b & 0x3Fu);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  return len;
}

const icu::Normalizer2* nfkc() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
    assert(U_SUCCESS(status) && n != nullptr);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return instance;
}

// Builds the key. Whitespace runs become one space (or '\n' when keep_newlines and the run holds a
// line break); trim removes leading and trailing whitespace. map (optional) receives, for each key
// code point, the original offset of its source code point.
class KeyBuilder {
 public:
  KeyBuilder(std::u32string& key, std::vector<uint32_t>* map, bool keep_newlines)
      : key_(key), map_(map), keep_newlines_(keep_newlines) {}

  void feed(char32_t c, uint32_t src) {
    if (c < 0x80) {  // fast path: ASCII
      if (c == ' ' || (c >= 0x09 && c <= 0x0D)) {
        space(is_line_break(c), src);
      } else {
        emit(c >= 'A' && c <= 'Z' ? c + 32 : c, src);
      }
      return;
    }
    if (c >= 0x0600 && c <= 0x06FF && (c < 0x0653 || c > 0x0655)) {  // fast path: Arabic
      const char32_t f = fold_char(c);
      if (f != 0) emit(f, src);
      return;
    }
    if (is_space(c)) {
      space(is_line_break(c), src);
      return;
    }
    const icu::Normalizer2* n = nfkc();
    // A combining mark may compose with the previous key character (و + U+0654 → ؤ, e + U+0301 → é).
    if (u_getCombiningClass(static_cast<UChar32>(c)) != 0 && n != nullptr && !key_.empty() &&
        pending_space_ == 0) {
      const UChar32 composed =
          n->composePair(static_cast<UChar32>(key_.back()), static_cast<UChar32>(c));
      if (composed >= 0) {
        const char32_t f = fold_char(static_cast<char32_t>(composed));
        if (f != 0) {
          key_.back() = f;
        } else {
          key_.pop_back();
          if (map_ != nullptr) map_->pop_back();
        }
        return;
      }
    }
    if (n != nullptr &&
        u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_NFKC_QUICK_CHECK) == UNORM_NO) {
      // Compatibility character (presentation form, ligature, full-width...): expand it and map
      // every resulting code point back to this one.
      UErrorCode status = U_ZERO_ERROR;
      const icu::UnicodeString out =
          n->normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
      if (U_SUCCESS(status)) {
        for (int32_t k = 0; k < out.length();) {
          const UChar32 d = out.char32At(k);
          k += U16_LENGTH(d);
          const auto dc = static_cast<char32_t>(d);
          if (is_space(dc)) {
            space(is_line_break(dc), src);
          } else if (const char32_t f = fold_char(dc); f != 0) {
            emit(f, src);
          }
        }
        return;
      }
    }
    if (const char32_t f = fold_char(c); f != 0) emit(f, src);
  }

  void finish(uint32_t end) {
    if (pending_space_ != 0 && !trim_) {
      push(pending_space_, pending_src_);
    }
    pending_space_ = 0;
    if (map_ != nullptr) map_->push_back(end);
  }

  void set_trim(bool trim) { trim_ = trim; }

 private:
  void space(bool line_break, uint32_t src) {
    if (pending_space_ == 0) {
      pending_space_ = ' ';
      pending_src_ = src;
    }
    if (line_break && keep_newlines_) pending_space_ = '\n';
  }
  void emit(char32_t c, uint32_t src) {
    if (pending_space_ != 0) {
      if (!(trim_ && key_.empty())) push(pending_space_, pending_src_);
      pending_space_ = 0;
    }
    push(c, src);
  }
  void push(char32_t c, uint32_t src) {
    key_.push_back(c);
    if (map_ != nullptr) map_->push_back(src);
  }

  std::u32string& key_;
  std::vector<uint32_t>* map_;
  bool keep_newlines_;
  bool trim_ = false;
  char32_t pending_space_ = 0;
  uint32_t pending_src_ = 0;
};

}  // namespace

bool is_line_break(char32_t c) {
  return (c >= 0x0A && c <= 0x0D) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

void append_key(std::u32string_view text, std::string& out) {
  // Called once per token: reuse one scratch buffer per thread instead of allocating.
  thread_local std::u32string key;
  key.clear();
  KeyBuilder b(key, nullptr, false);
  b.set_trim(true);
  for (size_t i = 0; i < text.size(); ++i) b.feed(text[i], static_cast<uint32_t>(i));
  b.finish(static_cast<uint32_t>(text.size()));
  out.reserve(out.size() + key.size() * 2);
  for (char32_t c : key) append_utf8(out, c);
}

std::string normalize_key(std::u32string_view text) {
  std::string out;
  append_key(text, out);
  return out;
}

bool decode_utf8(std::string_view bytes, std::u32string& out, size_t* bad_byte) {
  out.clear();
  out.reserve(bytes.size());
  for (size_t i = 0; i < bytes.size();) {
    char32_t c = 0;
    const size_t len = decode_one(bytes, i, c);
    if (len == 0) {
      if (bad_byte != nullptr) *bad_byte = i;
      return false;
    }
    out.push_back(c);
    i += len;
  }
  return true;
}

void append_utf8(std::string& out, char32_t c) {
  assert(c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF));
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::string encode_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 2);
  for (char32_t c : text) append_utf8(out, c);
  return out;
}

char32_t fold_char(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  if (c >= 0x0600 && c <= 0x06FF) {
    if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640) return 0;
    if (c >= 0x0660 && c <= 0x0669) return U'0' + (c - 0x0660);
    if (c >= 0x06F0 && c <= 0x06F9) return U'0' + (c - 0x06F0);
    switch (c) {
      case 0x0622:  // آ
      case 0x0623:  // أ
      case 0x0625:  // إ
      case 0x0671:  // ٱ
        return 0x0627;
      case 0x0649:  // ى
      case 0x06CC:  // Persian yeh ی, common in scraped text
        return 0x064A;
      case 0x0629:  // ة
        return 0x0647;
      case 0x06A9:  // Persian kaf ک
        return 0x0643;
      case 0x061C:  // Arabic letter mark (bidi control)
        return 0;
      default:
        return c;
    }
  }
  // Invisible format controls carry no letters: ZWSP/ZWNJ/ZWJ, bidi marks and isolates, BOM,
  // soft hyphen. Dropping them lets «دمشق\u200F» match «دمشق».
  if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
      (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF || c == 0x00AD || c == 0x2060)
    return 0;
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

std::string normalize_key(std::string_view utf8) {
  std::u32string key;
  key.reserve(utf8.size());
  KeyBuilder b(key, nullptr, false);
  b.set_trim(true);
  uint32_t n = 0;
  for (size_t i = 0; i < utf8.size(); ++n) {
    char32_t c = 0;
    const size_t len = decode_one(utf8, i, c);
    if (len == 0) {  // invalid byte: stands for U+FFFD so that keys never fail
      c = 0xFFFD;
      i += 1;
    } else {
      i += len;
    }
    b.feed(c, n);
  }
  b.finish(n);
  return encode_utf8(key);
}

NormalizedText NormalizedText::build(std::u32string_view original) {
  NormalizedText t;
  t.key_.reserve(original.size());
  t.map_.reserve(original.size() + 1);
  KeyBuilder b(t.key_, &t.map_, true);
  for (size_t i = 0; i < original.size(); ++i) b.feed(original[i], static_cast<uint32_t>(i));
  b.finish(static_cast<uint32_t>(original.size()));
  assert(t.map_.size() == t.key_.size() + 1);
  return t;
}

}  // namespace actorgraph
