// Streams articles from the command line's inputs: files, directories (every .txt and .jsonl
// under them, in sorted order) and "-" (JSON Lines on stdin). One article is held at a time, so
// memory does not grow with the corpus.
//
//   InputReader in({"samples/", "-"}, std::cin);
//   Document doc; Error err;
//   for (;;) {
//     auto r = in.next(doc, err);
//     if (r == InputReader::Next::end) break;
//     if (r == InputReader::Next::error) { std::cerr << err.message() << "\n"; continue; }
//     process(doc);
//   }
//
// Rules (README "Input formats"): a .txt file is one UTF-8 article; a .jsonl line is
// {"id","url","date","lang","title","text"} with only "text" required. A missing id is derived
// from the file name (and line): "name" for a .txt file, "name:LINE" for JSON Lines. The record's
// date wins over a wire marker in the text; the marker is used when the date is absent or null.
// Errors (one per bad article, reading goes on): missing/unreadable file or directory, invalid
// UTF-8, malformed JSON, a date that is not a real date, empty or missing text.
#pragma once

#include <fstream>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "actorgraph/extract/model.h"
#include "actorgraph/extract/status.h"

namespace actorgraph {

class InputReader {
 public:
  enum class Next { document, error, end };
  InputReader(std::vector<std::string> inputs, std::istream& stdin_stream);
  ~InputReader();
  InputReader(const InputReader&) = delete;
  InputReader& operator=(const InputReader&) = delete;
  // Fills `doc` (Next::document) or `err` (Next::error); Next::end when every input is done.
  Next next(Document& doc, Error& err);
  // Number of articles returned so far (good ones), for progress reports.
  long documents_read() const { return documents_; }

 private:
  struct State;
  std::unique_ptr<State> state_;
  long documents_ = 0;
};

// Parses one JSON Lines record (no trailing newline needed) into doc; file/line used for ids
// and messages. Exposed for tests and for servers that receive records one by one.
Status parse_record(std::string_view json, const std::string& file, long line, Document& doc);
// Builds a Document from a .txt file's content.
Status document_from_text(std::string content, const std::string& file, Document& doc);

}  // namespace actorgraph
