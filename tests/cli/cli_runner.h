// Runs the real actorgraph binary (ACTORGRAPH_BIN) for the CLI suites: a fixture with a scratch
// directory per test and run() returning exit code, stdout and stderr.
//
//   class ExportCli : public actorgraph::testing::CliRunner {};
//   TEST_F(ExportCli, X) { const auto r = run({"export", "g.json", "--to", "gexf", "-o", path("g.gexf")}); }
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace actorgraph::testing {

struct CliResult {
  int code = -1;
  std::string out, err;
  std::string describe() const { return "exit " + std::to_string(code) + "\nstdout: " + out + "\nstderr: " + err; }
  std::string first_error_line() const { return err.substr(0, err.find('\n')); }
};

class CliRunner : public ::testing::Test {
 protected:
  void SetUp() override {
    ::unsetenv("ACTORGRAPH_DATA_DIR");
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    tmp_ = std::filesystem::temp_directory_path() / ("actorgraph_" + std::string(info->test_suite_name()) + "_" +
                                                    std::to_string(::getpid()) + "_" + info->name());
    std::filesystem::remove_all(tmp_);
    std::filesystem::create_directories(tmp_);
  }
  void TearDown() override {
    std::error_code ec;
    std::filesystem::remove_all(tmp_, ec);
  }

  static std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
  }
  static std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }
  // A path in this test's scratch directory.
  std::string path(const std::string& name) const { return (tmp_ / name).string(); }

  CliResult run(const std::vector<std::string>& args) const {
    std::string cmd = quote(ACTORGRAPH_BIN);
    for (const auto& a : args) cmd += " " + quote(a);
    const auto out = tmp_ / ".stdout", err = tmp_ / ".stderr";
    cmd += " </dev/null >" + quote(out.string()) + " 2>" + quote(err.string());
    CliResult r;
    const int status = std::system(cmd.c_str());
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
  }

  std::filesystem::path tmp_;
};

}  // namespace actorgraph::testing
