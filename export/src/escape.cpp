#include "escape.h"

#include "json_common.h"

namespace actorgraph::exporters::detail {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Calls emit(byte) for ASCII bytes and emit_seq(sequence) for a valid multi-byte sequence; invalid
// bytes come through emit_seq as U+FFFD.
template <class Ascii, class Seq>
void each_char(std::string_view s, Ascii&& ascii, Seq&& seq) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ascii(static_cast<char>(c));
      ++i;
      continue;
    }
    const size_t n = utf8_sequence_length(s, i);
    if (n == 0) {
      seq(kReplacement);
      ++i;
    } else {
      seq(s.substr(i, n));
      i += n;
    }
  }
}

}  // namespace

void append_xml(std::string& out, std::string_view s) {
  each_char(
      s,
      [&](char c) {
        switch (c) {
          case '&': out += "&amp;"; break;
          case '<': out += "&lt;"; break;
          case '>': out += "&gt;"; break;
          case '"': out += "&quot;"; break;
          case '\t': out += "&#9;"; break;
          case '\n': out += "&#10;"; break;
          case '\r': out += "&#13;"; break;
          default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
              // XML 1.0 allows no other C0 control, not even as a reference; DEL is legal but
              // invisible, so it is kept visible as U+FFFD too.
              out += kReplacement;
            } else {
              out += c;
            }
        }
      },
      [&](std::string_view seq) {
        // U+FFFE and U+FFFF are not XML characters (EF BF BE, EF BF BF).
        if (seq == "\xEF\xBF\xBE" || seq == "\xEF\xBF\xBF") out += kReplacement;
        else out += seq;
      });
}

void append_csv(std::string& out, std::string_view s) {
  const bool quote = s.find_first_of(",\"\n\r") != std::string_view::npos ||
                     (!s.empty() && (s.front() == ' ' || s.back() == ' '));
  if (quote) out += '"';
  each_char(
      s,
      [&](char c) {
        if (c == '"') out += '"';
        out += c;
      },
      [&](std::string_view seq) { out += seq; });
  if (quote) out += '"';
}

void append_array_element(std::string& out, std::string_view item) {
  for (char c : item) {
    if (c == ';') out += "\xEF\xBC\x9B";  // U+FF1B FULLWIDTH SEMICOLON
    else out += c;
  }
}

std::string_view valid_utf8(std::string_view s, std::string& scratch) {
  for (size_t i = 0; i < s.size();) {
    const size_t n = utf8_sequence_length(s, i);
    if (n == 0) {
      scratch = repair_utf8(s);
      return scratch;
    }
    i += n;
  }
  return s;
}

}  // namespace actorgraph::exporters::detail
