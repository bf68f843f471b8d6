// Golden-file comparison for the export tests: the output must equal the file byte for byte.
//
//   expect_golden(text, "export/golden/small.graphml");   // path relative to tests/
//
// To regenerate after a deliberate change, run the tests with ACTORGRAPH_UPDATE_GOLDEN=1
// (e.g. `ACTORGRAPH_UPDATE_GOLDEN=1 ctest --test-dir build -R Golden`), then review `git diff`:
// the golden file is rewritten from the output and the comparison passes.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

namespace actorgraph::testing {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline void expect_golden(const std::string& actual, const std::string& relative) {
  const std::string path = std::string(ACTORGRAPH_TESTS_DIR) + "/" + relative;
  if (std::getenv("ACTORGRAPH_UPDATE_GOLDEN") != nullptr) std::ofstream(path, std::ios::binary) << actual;
  const std::string expected = read_file(path);
  EXPECT_FALSE(expected.empty()) << path << " is missing: regenerate it with ACTORGRAPH_UPDATE_GOLDEN=1";
  EXPECT_EQ(actual, expected) << "differs from " << path
                              << " (regenerate with ACTORGRAPH_UPDATE_GOLDEN=1 after checking the change)";
}

}  // namespace actorgraph::testing
