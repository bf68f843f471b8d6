// What the subcommands of the actorgraph program share: exit codes, error printing, option
// parsing, and the commands that live in their own files (query_command.cpp, ...).
//
//   ParsedArgs args;
//   int code = kOk;
//   if (!parse(first, last, specs, "query", args, code)) return code;   // printed, exit code set
//   if (bad) return usage_error("--depth x is not a number", "query");  // prints, returns 2
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "actorgraph/extract/date.h"
#include "args.h"

namespace actorgraph::cli {

constexpr int kOk = 0;
constexpr int kBadInput = 1;
constexpr int kBadUsage = 2;

// Prints "actorgraph: WHAT" and a pointer to the command's --help on stderr; returns kBadUsage.
int usage_error(const std::string& what, const char* command);
// Prints "actorgraph: MESSAGE" on stderr; returns kBadInput.
int input_error(const std::string& message);
// Parses a command's options; on bad usage prints the error, sets exit_code and returns false.
bool parse(char** first, char** last, const std::vector<OptionSpec>& specs, const char* command, ParsedArgs& out,
           int& exit_code);
// A YYYY-MM-DD option value (exactly ten characters: no month or year alone), else nullopt.
std::optional<Date> parse_day(const std::string& value);
// The items of a comma-separated option value, empty items kept ("a,,b" → a, "", b).
std::vector<std::string> split_commas(const std::string& value);
// Width of a UTF-8 string in code points (labels may be Arabic: count code points, not bytes).
size_t display_width(const std::string& s);

// actorgraph query GRAPH.json QUERY [OPTIONS] (query_command.cpp)
int cmd_query(char** first, char** last);

// actorgraph export GRAPH.json --to FORMAT -o FILE [OPTIONS] (export_command.cpp)
int cmd_export(char** first, char** last);

}  // namespace actorgraph::cli
