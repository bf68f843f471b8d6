// Recognises the parts of a scraped news item that are not article prose: the wire marker
// (" date YYYY-MM-DD" at the very start), a URL line, the dateline («دمشق-», «موسكو (رويترز) -»),
// and boilerplate lines (embedded posts ending in pic.twitter.com/… or "— Name (@handle) Month D, YYYY",
// «اقرأ أيضا» lists, copyright and share lines). Nothing is removed from the text: the result
// is a set of offsets, so evidence offsets stay those of the text as given.
//
//   Layout l = analyse_layout(text32);
//   if (l.marker_date) doc.date = *l.marker_date;   // when the record has no date of its own
//   TextLayer t = TextLayer::build(text32, l.body_start);
//   if (l.is_boilerplate(sentence.start)) continue;
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/extract/date.h"

namespace actorgraph {

// Rules (conservative on purpose: a missed rule costs little, a false one hides prose):
// - body_start: after the marker, blank lines and a bare URL line, then after the dateline.
// - dateline, only at body_start: 1–3 words of letters, optionally «(agency)», a dash (- – —),
//   optionally «agency -» or «(agency) -», and the article going on on the same line. No digits or
//   punctuation in the place; «Al-Hasakah» (hyphen between Latin letters) is no dateline.
// - boilerplate lines (whole line, without its line break): pic.twitter.com or a post signature
//   "(@handle) Month D, YYYY"; a heading «اقرأ أيضا» «مواضيع إضافية» «أخبار ذات صلة» «مقالات ذات صلة»
//   "Read more/also" "Related articles/stories" and the short lines after it (≤ 150 code points,
//   not ending in . ! ؟) up to a blank line; «جميع الحقوق محفوظة», ©, "Copyright"; short share/follow
//   lines («شارك», «شارك هذا/الخبر/عبر …», «تابعونا …», "Share", "Follow us"; «شارك الوزير في …» is
//   prose); a bare URL; an ISO date-time alone on its line.
struct Layout {
  std::optional<Date> marker_date;   // the wire marker's date, if the text starts with one
  bool marker_invalid = false;       // a marker was present but its date is not a real date
  uint32_t body_start = 0;           // first code point after the marker, URL line and dateline
  uint32_t dateline_start = 0, dateline_end = 0;  // the dateline's place name, empty if none
  std::u32string dateline_place;     // its text (e.g. U"دمشق"), empty if none
  // [start, end) code-point ranges of boilerplate lines, sorted.
  std::vector<std::pair<uint32_t, uint32_t>> boilerplate;

  bool is_boilerplate(uint32_t offset) const;
};

Layout analyse_layout(const std::u32string& text);

}  // namespace actorgraph

namespace actorgraph {

// The wire marker at the very start of a text: optional spaces, "date", spaces, YYYY-MM-DD.
// present is true when the shape matches; date is set only when it is a real date.
struct WireMarker {
  bool present = false;
  std::optional<Date> date;
  size_t byte_end = 0;  // byte offset just past the date
};
WireMarker parse_wire_marker(std::string_view utf8_text);

}  // namespace actorgraph
