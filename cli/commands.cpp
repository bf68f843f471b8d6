#include "commands.h"

#include <algorithm>
#include <iostream>

namespace actorgraph::cli {

int usage_error(const std::string& what, const char* command) {
  std::cerr << "actorgraph: " << what << "\n"
            << "Try 'actorgraph " << (command != nullptr ? std::string(command) + " " : "") << "--help'.\n";
  return kBadUsage;
}

int input_error(const std::string& message) {
  std::cerr << "actorgraph: " << message << "\n";
  return kBadInput;
}

bool parse(char** first, char** last, const std::vector<OptionSpec>& specs, const char* command, ParsedArgs& out,
           int& exit_code) {
  auto parsed = parse_args(first, last, specs);
  if (!parsed) {
    exit_code = usage_error(parsed.error().message(), command);
    return false;
  }
  out = std::move(*parsed);
  return true;
}

std::optional<Date> parse_day(const std::string& value) {
  if (value.size() != 10) return std::nullopt;
  return Date::parse_iso(value);
}

std::vector<std::string> split_commas(const std::string& value) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= value.size()) {
    const size_t comma = std::min(value.find(',', start), value.size());
    out.push_back(value.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

size_t display_width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace actorgraph::cli
