#include "commands.h"

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

size_t display_width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace actorgraph::cli
