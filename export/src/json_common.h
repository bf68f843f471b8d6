// Internal to the export module: UTF-8 repair shared by the JSON writers.
#pragma once

#include <string>
#include <string_view>

namespace actorgraph::exporters::detail {

// Length of the valid UTF-8 sequence at s[i], or 0 when the bytes there are not one (overlong
// forms, surrogates and values above U+10FFFF are invalid).
size_t utf8_sequence_length(std::string_view s, size_t i);
// `s` with every invalid byte sequence replaced by U+FFFD.
std::string repair_utf8(std::string_view s);

}  // namespace actorgraph::exporters::detail
