// Name normalisation of ../shared/checks/score.py, ported function by function so that the C++
// scorer matches graph nodes to gold entities exactly as the external check does. These are
// scoring rules, not the extractor's normalisation (extract/text.h normalize_key folds differently).
//
//   eval::norm_en("Bashar al-Assad");               // "bashar assad"
//   eval::norm_ar("أحمد الشرع");                    // "احمد الشرع"
//   eval::token_key("Russian Ministry of Defense");  // "#defence ministry russia"
//   eval::variants("للجزيرة نت");                    // {"للجزيره نت", "الجزيره نت", "جزيره نت", "لجزيره نت"}
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace actorgraph::eval {

// NFKC, Arabic diacritics and tatweel dropped, alef forms → ا, ى → ي, ة → ه, spaces collapsed.
std::string norm_ar(std::string_view s);
// NFKD without combining marks, lower case, the particles al-/el-/ad-/as-/ash-/ar- dropped,
// - ' ` . as spaces, spaces collapsed, then state aliases (USA → united states).
std::string norm_en(std::string_view s);
// Order-free key of an English name ("#" + sorted distinct tokens, nationalities read as states,
// stop words dropped); nullopt for names of one token.
std::optional<std::string> token_key(std::string_view s);
// The normalised forms of one name: Arabic with its proclitics stripped (و ف ب ل ك, وال بال لل
// فال كال when at least 3 code points remain), English with its token key.
std::set<std::string> variants(std::string_view s);
// A visit destination: a capital or well-known city read as its state (Moscow → russia).
std::string canon_place(std::string_view name);

}  // namespace actorgraph::eval
