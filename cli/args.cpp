#include "args.h"

#include <algorithm>
#include <optional>

namespace actorgraph::cli {
namespace {

Error usage(std::string what) { return Error{"", 0, std::move(what), ""}; }

}  // namespace

const std::string* ParsedArgs::value(std::string_view name) const {
  const auto it = options.find(name);
  return it == options.end() || it->second.empty() ? nullptr : &it->second.back();
}

std::vector<std::string> ParsedArgs::values(std::string_view name) const {
  const auto it = options.find(name);
  return it == options.end() ? std::vector<std::string>{} : it->second;
}

Expected<ParsedArgs> parse_args(char** first, char** last, const std::vector<OptionSpec>& specs) {
  ParsedArgs out;
  bool options_done = false;
  for (char** p = first; p != last; ++p) {
    const std::string_view arg = *p;
    if (options_done || arg == "-" || arg.empty() || arg[0] != '-') {
      out.positional.emplace_back(arg);
      continue;
    }
    if (arg == "--") {
      options_done = true;
      continue;
    }
    const OptionSpec* spec = nullptr;
    std::string shown;                 // the option as the user wrote it, for messages
    std::optional<std::string> inline_value;
    if (arg.substr(0, 2) == "--") {
      std::string_view name = arg.substr(2);
      if (const size_t eq = name.find('='); eq != std::string_view::npos) {
        inline_value = std::string(name.substr(eq + 1));
        name = name.substr(0, eq);
      }
      shown = "--" + std::string(name);
      const auto it = std::find_if(specs.begin(), specs.end(), [&](const OptionSpec& s) { return s.name == name; });
      if (it != specs.end()) spec = &*it;
    } else {
      shown = std::string(arg.substr(0, 2));
      const auto it = std::find_if(specs.begin(), specs.end(),
                                   [&](const OptionSpec& s) { return s.short_name != 0 && s.short_name == arg[1]; });
      if (it != specs.end()) spec = &*it;
      if (arg.size() > 2) {
        if (spec == nullptr || !spec->takes_value) return usage("unknown option " + std::string(arg));
        inline_value = std::string(arg.substr(2));
      }
    }
    if (spec == nullptr) return usage("unknown option " + shown);
    std::string value;
    if (spec->takes_value) {
      if (inline_value) {
        value = *inline_value;
      } else {
        if (p + 1 == last) return usage("option " + shown + " needs a value");
        value = *++p;
      }
    } else if (inline_value) {
      return usage("option " + shown + " takes no value");
    }
    auto& slot = out.options[std::string(spec->name)];
    if (!slot.empty() && spec->takes_value && !spec->repeatable) return usage("option " + shown + " given twice");
    slot.push_back(std::move(value));
  }
  return out;
}

}  // namespace actorgraph::cli
