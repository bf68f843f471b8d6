// Where the program finds its data files (gazetteer/ and lexicons/), in this order:
// --data-dir; $ACTORGRAPH_DATA_DIR; the installed layout <prefix>/share/actorgraph next to
// <prefix>/bin/actorgraph; the source tree's data/ compiled in, for runs from a build tree.
//
//   auto dir = find_data_dir(options.data_dir, argv[0]);
//   if (!dir) { std::cerr << dir.error().message() << "\n"; return 1; }
#pragma once

#include <string>

#include "actorgraph/extract/status.h"

namespace actorgraph::cli {

// `explicit_dir` is the --data-dir value (empty when not given); argv0 is a fallback for
// locating the executable when /proc/self/exe is unavailable.
Expected<std::string> find_data_dir(const std::string& explicit_dir, const char* argv0);

}  // namespace actorgraph::cli
