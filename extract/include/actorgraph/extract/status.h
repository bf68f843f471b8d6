// Error values for expected failures: bad input text, bad data files, bad options.
//
// Bad input is not exceptional in a news pipeline, so it travels as a value that says
// what went wrong, where (file:line when there is a line), and what was expected.
// A broken invariant is a bug and is asserted instead.
//
//   Expected<Gazetteer> g = Gazetteer::load_dir("data/gazetteer");
//   if (!g) { std::cerr << g.error().message() << "\n"; return 1; }
//   use(*g);
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace actorgraph {

struct Error {
  std::string file;      // path as given by the user, may be empty
  long line = 0;         // 1-based; 0 when the error is not about one line
  std::string what;      // what is wrong, e.g. "invalid UTF-8 at byte 12"
  std::string expected;  // what was expected instead, may be empty

  // "file:line: what (expected EXPECTED)", parts omitted when empty.
  std::string message() const {
    std::string m;
    if (!file.empty()) {
      m += file;
      if (line > 0) {
        m += ':';
        m += std::to_string(line);
      }
      m += ": ";
    }
    m += what;
    if (!expected.empty()) {
      // appended piecewise: GCC 12 warns falsely (-Wrestrict) on "literal" + std::string
      m += " (expected ";
      m += expected;
      m += ')';
    }
    return m;
  }
};

// A value or an Error. Deliberately small: C++20 has no std::expected.
template <class T>
class Expected {
 public:
  Expected(T value) : v_(std::move(value)) {}            // NOLINT: implicit by design
  Expected(Error error) : v_(std::move(error)) {}        // NOLINT: implicit by design
  explicit operator bool() const { return v_.index() == 0; }
  bool ok() const { return v_.index() == 0; }
  T& operator*() { assert(ok()); return std::get<0>(v_); }
  const T& operator*() const { assert(ok()); return std::get<0>(v_); }
  T* operator->() { assert(ok()); return &std::get<0>(v_); }
  const T* operator->() const { assert(ok()); return &std::get<0>(v_); }
  const Error& error() const { assert(!ok()); return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// For operations that return nothing but may fail.
class Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT: implicit by design
  static Status Ok() { return Status(); }
  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const { assert(!ok_); return error_; }

 private:
  Error error_;
  bool ok_ = true;
};

}  // namespace actorgraph
