#include "data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

namespace actorgraph::cli {
namespace fs = std::filesystem;
namespace {

bool has_data_files(const fs::path& dir) {
  std::error_code ec;
  return fs::is_directory(dir / "gazetteer", ec) && fs::is_directory(dir / "lexicons", ec);
}

fs::path executable_dir(const char* argv0) {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec || exe.empty()) {
    if (argv0 == nullptr) return {};
    exe = fs::absolute(argv0, ec);
    if (ec) return {};
  }
  return exe.parent_path();
}

Error not_a_data_dir(const std::string& dir, const char* how) {
  return Error{dir, 0, std::string("not an actorgraph data directory (") + how + ")",
               "gazetteer/ and lexicons/ in it"};
}

}  // namespace

Expected<std::string> find_data_dir(const std::string& explicit_dir, const char* argv0) {
  if (!explicit_dir.empty()) {
    if (!has_data_files(explicit_dir)) return not_a_data_dir(explicit_dir, "--data-dir");
    return explicit_dir;
  }
  if (const char* env = std::getenv("ACTORGRAPH_DATA_DIR"); env != nullptr && *env != '\0') {
    if (!has_data_files(env)) return not_a_data_dir(env, "$ACTORGRAPH_DATA_DIR");
    return std::string(env);
  }
  std::vector<fs::path> tried;
  if (const fs::path bin = executable_dir(argv0); !bin.empty()) {
    tried.push_back((bin.parent_path() / ACTORGRAPH_INSTALL_DATA_SUFFIX).lexically_normal());
  }
  tried.emplace_back(ACTORGRAPH_SOURCE_DATA_DIR);
  for (const fs::path& dir : tried) {
    if (has_data_files(dir)) return dir.string();
  }
  std::string where;
  for (const fs::path& dir : tried) where += (where.empty() ? "" : ", ") + dir.string();
  return Error{"", 0, "cannot find the data files (gazetteer/ and lexicons/); looked in " + where,
               "--data-dir DIR or $ACTORGRAPH_DATA_DIR"};
}

}  // namespace actorgraph::cli
