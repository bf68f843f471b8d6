// Port of the name normalisation of ../shared/checks/score.py; keep the two in step (normalize.h).
#include "actorgraph/eval/normalize.h"

#include <algorithm>
#include <sstream>
#include <unordered_map>
#include <vector>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace actorgraph::eval {
namespace {

std::u32string to_u32(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  std::u32string out;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) out.push_back(static_cast<char32_t>(u.char32At(i)));
  return out;
}

std::string to_utf8(const std::u32string& s) {
  icu::UnicodeString u;
  for (char32_t c : s) u.append(static_cast<UChar32>(c));
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::u32string normalize(std::string_view s, bool compose) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* n = compose ? icu::Normalizer2::getNFKCInstance(err) : icu::Normalizer2::getNFKDInstance(err);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  if (U_SUCCESS(err)) {
    icu::UnicodeString v = n->normalize(u, err);
    if (U_SUCCESS(err)) u = v;
  }
  std::string utf8;
  u.toUTF8String(utf8);
  return to_u32(utf8);
}

bool is_space(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)); }
bool is_word(char32_t c) { return c == U'_' || u_isalnum(static_cast<UChar32>(c)); }

// re.sub(r'\s+', ' ', s).strip()
std::u32string collapse_spaces(const std::u32string& s) {
  std::u32string out;
  bool pending = false;
  for (char32_t c : s) {
    if (is_space(c)) {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(U' ');
    pending = false;
    out.push_back(c);
  }
  return out;
}

size_t code_points(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::vector<std::string> split_spaces(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string t; in >> t;) out.push_back(t);
  return out;
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
}

const std::unordered_map<std::string, std::string>& city_state() {
  static const std::unordered_map<std::string, std::string> m = {
      {"moscow", "russia"}, {"damascus", "syria"}, {"tel aviv", "israel"}, {"jerusalem", "israel"},
      {"ankara", "turkey"}, {"istanbul", "turkey"}, {"tehran", "iran"}, {"washington", "united states"},
      {"riyadh", "saudi arabia"}, {"doha", "qatar"}, {"abu dhabi", "united arab emirates"}, {"amman", "jordan"},
      {"beirut", "lebanon"}, {"baghdad", "iraq"}, {"cairo", "egypt"}, {"paris", "france"}, {"baku", "azerbaijan"},
      {"sochi", "russia"}, {"kazan", "russia"}, {"geneva", "switzerland"}, {"astana", "kazakhstan"},
      {"new york", "united states"}, {"brussels", "belgium"}, {"london", "united kingdom"}, {"berlin", "germany"}};
  return m;
}

const std::unordered_map<std::string, std::string>& aliases_en() {
  static const std::unordered_map<std::string, std::string> m = {
      {"us", "united states"}, {"usa", "united states"}, {"united states of america", "united states"},
      {"america", "united states"}, {"turkiye", "turkey"}, {"türkiye", "turkey"}, {"uae", "united arab emirates"},
      {"russian federation", "russia"}, {"syrian arab republic", "syria"}, {"uk", "united kingdom"}};
  return m;
}

const std::unordered_map<std::string, std::string>& nationality() {
  static const std::unordered_map<std::string, std::string> m = {
      {"russian", "russia"}, {"syrian", "syria"}, {"israeli", "israel"}, {"iranian", "iran"}, {"turkish", "turkey"},
      {"american", "united states"}, {"us", "united states"}, {"u s", "united states"}, {"saudi", "saudi arabia"},
      {"qatari", "qatar"}, {"emirati", "united arab emirates"}, {"egyptian", "egypt"}, {"jordanian", "jordan"},
      {"lebanese", "lebanon"}, {"iraqi", "iraq"}, {"ukrainian", "ukraine"}, {"chinese", "china"},
      {"french", "france"}, {"british", "united kingdom"}, {"german", "germany"}};
  return m;
}

bool is_arabic(std::string_view s) {
  for (char32_t c : to_u32(s))
    if (c >= 0x0600 && c <= 0x06FF) return true;
  return false;
}

}  // namespace

std::string norm_ar(std::string_view s) {
  std::u32string in = normalize(s, true), out;
  for (char32_t c : in) {
    if ((c >= 0x064B && c <= 0x0652) || c == 0x0670 || c == 0x0640) continue;
    if (c == U'أ' || c == U'إ' || c == U'آ' || c == U'ٱ') c = U'ا';
    else if (c == U'ى') c = U'ي';
    else if (c == U'ة') c = U'ه';
    out.push_back(c);
  }
  return to_utf8(collapse_spaces(out));
}

std::string norm_en(std::string_view s) {
  std::u32string in;
  for (char32_t c : normalize(s, false)) {
    if (u_getCombiningClass(static_cast<UChar32>(c)) != 0) continue;
    c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    if (c == U'\u2018' || c == U'\u2019') c = U'\'';
    in.push_back(c);
  }
  // re.sub(r"\b(al|el|ad|as|ash|ar)[- ]", '', s): a word that begins with one of these particles.
  static const std::u32string particles[] = {U"al", U"el", U"ad", U"as", U"ash", U"ar"};
  std::u32string out;
  for (size_t i = 0; i < in.size();) {
    bool boundary = is_word(in[i]) && (i == 0 || !is_word(in[i - 1]));
    size_t cut = 0;
    if (boundary) {
      for (const auto& p : particles) {
        if (in.compare(i, p.size(), p) == 0 && i + p.size() < in.size() &&
            (in[i + p.size()] == U'-' || in[i + p.size()] == U' ')) {
          cut = p.size() + 1;
          break;
        }
      }
    }
    if (cut) {
      i += cut;
      continue;
    }
    out.push_back(in[i]);
    ++i;
  }
  for (char32_t& c : out)
    if (c == U'-' || c == U'\'' || c == U'`' || c == U'.') c = U' ';
  std::string r = to_utf8(collapse_spaces(out));
  auto it = aliases_en().find(r);
  return it == aliases_en().end() ? r : it->second;
}

std::optional<std::string> token_key(std::string_view s) {
  std::string n = norm_en(s);
  replace_all(n, "defense", "defence");
  replace_all(n, "organization", "organisation");
  for (char& c : n)
    if (c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == '/') c = ' ';
  static const std::set<std::string> stop = {"of", "the", "and", "for", "federation", "republic", "arab"};
  std::vector<std::string> toks;
  for (const std::string& t : split_spaces(n)) {
    auto it = nationality().find(t);
    for (const std::string& x : split_spaces(it == nationality().end() ? t : it->second))
      if (!stop.count(x)) toks.push_back(x);
  }
  if (toks.size() <= 1) return std::nullopt;
  std::set<std::string> uniq(toks.begin(), toks.end());
  std::string key = "#";
  for (const std::string& t : uniq) {
    if (key.size() > 1) key += ' ';
    key += t;
  }
  return key;
}

std::set<std::string> variants(std::string_view s) {
  std::set<std::string> out;
  if (is_arabic(s)) {
    std::string n = norm_ar(s);
    out.insert(n);
    static const std::vector<std::string> proclitics = {"وال", "بال", "لل", "فال", "كال", "و", "ف", "ب", "ل", "ك"};
    size_t len = code_points(n);
    for (const std::string& p : proclitics) {
      if (n.compare(0, p.size(), p) == 0 && len - code_points(p) >= 3) {
        out.insert(n.substr(p.size()));
        if (p == "لل") out.insert("ال" + n.substr(p.size()));
      }
    }
    return out;
  }
  out.insert(norm_en(s));
  if (auto k = token_key(s)) out.insert(*k);
  return out;
}

std::string canon_place(std::string_view name) {
  std::string n = norm_en(name);
  auto it = city_state().find(n);
  return it == city_state().end() ? n : it->second;
}

}  // namespace actorgraph::eval
