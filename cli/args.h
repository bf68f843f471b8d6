// Command-line option parsing for the actorgraph program: long options (--name VALUE,
// --name=VALUE), short ones (-o VALUE, -oVALUE), flags, repeatable options, "--" to end options,
// and "-" kept as a positional argument (stdin). Bad usage comes back as an Error whose
// message the caller prints before exiting with status 2.
//
//   const std::vector<OptionSpec> specs = {{"output", 'o', true}, {"quiet", 0, false}};
//   auto args = parse_args(argv + 2, argv + argc, specs);
//   if (!args) { std::cerr << args.error().message(); return 2; }
//   if (args->has("quiet")) ...
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/extract/status.h"

namespace actorgraph::cli {

struct OptionSpec {
  std::string_view name;     // long name without "--"
  char short_name = 0;       // 0 when none
  bool takes_value = false;
  bool repeatable = false;
};

struct ParsedArgs {
  std::vector<std::string> positional;
  std::map<std::string, std::vector<std::string>, std::less<>> options;  // flags map to {""}

  bool has(std::string_view name) const { return options.find(name) != options.end(); }
  // The value of a non-repeatable option, or nullptr when absent.
  const std::string* value(std::string_view name) const;
  // Every value of a repeatable option, in order.
  std::vector<std::string> values(std::string_view name) const;
};

Expected<ParsedArgs> parse_args(char** first, char** last, const std::vector<OptionSpec>& specs);

}  // namespace actorgraph::cli
