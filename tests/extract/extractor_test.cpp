// Extraction of short articles written for these tests: entities, roles, events and their dates.
#include "actorgraph/extract/extractor.h"

#include <gtest/gtest.h>

#include <ostream>

#include <algorithm>
#include <string>
#include <vector>

#include "actorgraph/extract/text.h"
#include "extract_internal.h"

namespace actorgraph {
namespace {

const Extractor& extractor() {
  static Extractor* ex = [] {
    auto loaded = Extractor::load({ACTORGRAPH_TEST_DATA_DIR, {}});
    if (!loaded) {
      ADD_FAILURE() << loaded.error().message();
      std::abort();
    }
    return new Extractor(std::move(*loaded));
  }();
  return *ex;
}

ArticleResult run(const std::string& text, const std::string& date = "2025-11-20") {
  Document d;
  d.id = "t";
  d.lang = "ar";
  d.text = text;
  d.date = Date::parse_iso(date);
  return extractor().extract(d);
}

const EntityRecord* entity(const ArticleResult& r, const std::string& id) {
  for (const auto& e : r.entities)
    if (e.id == id) return &e;
  return nullptr;
}

std::string label_of(const ArticleResult& r, const std::string& id) {
  const EntityRecord* e = entity(r, id);
  return e ? e->label : "?" + id;
}

// "type:A|B" with A and B labels, sorted for unordered types.
std::vector<std::string> events_of(const ArticleResult& r, const std::string& type) {
  std::vector<std::string> out;
  for (const Event& e : r.events) {
    if (e.type != type) continue;
    std::string a = label_of(r, e.source), b = label_of(r, e.target);
    if ((type == "meeting" || type == "call") && b < a) std::swap(a, b);
    out.push_back(a + "|" + b);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

const Event* first_event(const ArticleResult& r, const std::string& type) {
  for (const Event& e : r.events)
    if (e.type == type) return &e;
  return nullptr;
}

struct EventCase {
  const char* name;
  const char* text;
  const char* date;
  const char* type;
  std::vector<std::string> expected;  // "A|B" labels
};
// Short parameter names keep ctest's test list readable.
void PrintTo(const EventCase& c, std::ostream* os) { *os << c.name; }

class EventTable : public ::testing::TestWithParam<EventCase> {};

TEST_P(EventTable, FindsExactlyTheseEvents) {
  const EventCase& c = GetParam();
  ArticleResult r = run(c.text, c.date);
  EXPECT_EQ(events_of(r, c.type), c.expected) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Extractor, EventTable,
    ::testing::Values(
        EventCase{"vso_meeting_with_title_and_place",
                  "التقى الرئيس الروسي فلاديمير بوتين في الكرملين وزير الخارجية السوري أسعد الشيباني أمس.",
                  "2025-08-01", "meeting", {"Asaad al-Shaibani|Vladimir Putin"}},
        EventCase{"host_with_delegation_head",
                  "استقبل وزير الخارجية التركي هاكان فيدان في أنقرة وفدا سوريا برئاسة وزير الخارجية أسعد الشيباني.",
                  "2025-03-10", "meeting", {"Asaad al-Shaibani|Hakan Fidan"}},
        EventCase{"meeting_noun_between",
                  "وجرى لقاء بين الرئيس التركي رجب طيب أردوغان والرئيس الروسي فلاديمير بوتين في سوتشي.",
                  "2021-09-29", "meeting", {"Recep Tayyip Erdoğan|Vladimir Putin"}},
        EventCase{"unnamed_participants_make_no_meeting",
                  "عقد مسؤولون أتراك وروس اجتماعا في أنقرة لبحث الوضع في إدلب.", "2020-02-10", "meeting", {}},
        EventCase{"negated_meeting_is_not_a_meeting",
                  "ونفى وزير الخارجية الإيراني عباس عراقجي أن يكون التقى المبعوث الأمريكي في مسقط.", "2025-04-10",
                  "meeting", {}},
        EventCase{"visit_noun_with_light_verb",
                  "أجرى وزير الخارجية السوري أسعد الشيباني زيارة رسمية إلى الدوحة التقى خلالها أمير قطر.",
                  "2025-01-05", "visit", {"Asaad al-Shaibani|Doha"}},
        EventCase{"visit_verb", "وزار الرئيس الإيراني مسعود بزشكيان العاصمة العراقية بغداد الأربعاء.", "2024-09-12",
                  "visit", {"Masoud Pezeshkian|Baghdad"}},
        // issue 3, harder phrasing
        EventCase{"passive_host_with_min_qibal",
                  "واستُقبل وزير الخارجية التركي هاكان فيدان في قصر الشعب من قبل الرئيس السوري أحمد الشرع.",
                  "2025-03-13", "meeting", {"Ahmed al-Sharaa|Hakan Fidan"}},
        EventCase{"masdar_with_pronoun_agent",
                  "وأكد الرئيس السوري أحمد الشرع خلال استقباله وزير الخارجية الأردني أيمن الصفدي في دمشق أن الحدود ستبقى مفتوحة.",
                  "2025-01-06", "meeting", {"Ahmed al-Sharaa|Ayman Safadi"}},
        EventCase{"meeting_noun_with_gather_verb",
                  "وعقد لقاء جمع الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان في سوتشي.", "2021-09-29",
                  "meeting", {"Recep Tayyip Erdoğan|Vladimir Putin"}},
        EventCase{"on_the_sidelines_of_a_summit",
                  "والتقى وزير الخارجية السوري أسعد الشيباني نظيره السعودي فيصل بن فرحان على هامش قمة الرياض.",
                  "2025-05-14", "meeting", {"Asaad al-Shaibani|Faisal bin Farhan"}},
        EventCase{"dual_title_fans_out",
                  "والتقى وزيرا خارجية مصر والأردن الرئيس السوري أحمد الشرع في دمشق.", "2025-02-10", "meeting",
                  {"Ahmed al-Sharaa|Ayman Safadi", "Ahmed al-Sharaa|Badr Abdelatty"}},
        EventCase{"headline_subject_first", "الشرع يستقبل وزير الخارجية التركي في دمشق", "2025-01-10", "meeting",
                  {"Ahmed al-Sharaa|Hakan Fidan"}},
        EventCase{"planned_visit_is_not_a_visit",
                  "ومن المقرر أن يزور الرئيس التركي رجب طيب أردوغان دمشق الأسبوع المقبل.", "2025-03-01", "visit", {}},
        EventCase{"planned_visit_is_planned",
                  "ومن المقرر أن يزور الرئيس التركي رجب طيب أردوغان دمشق الأسبوع المقبل.", "2025-03-01", "planned_visit",
                  {"Recep Tayyip Erdoğan|Damascus"}},
        EventCase{"future_meeting_is_planned", "وسيلتقي الرئيس الأمريكي دونالد ترامب الرئيس الروسي فلاديمير بوتين في ألاسكا.",
                  "2025-08-10", "planned_meeting", {"Donald Trump|Vladimir Putin"}},
        EventCase{"role_at_the_sentence_date",
                  "وفي عام 2018 التقى الرئيس السوري الرئيس الروسي في سوتشي.", "2025-06-01", "meeting",
                  {"Bashar al-Assad|Vladimir Putin"}},
        EventCase{"defence_minister_across_a_change_of_office_2023",
                  "والتقى وزير الدفاع الروسي نظيره السوري في موسكو.", "2023-03-15", "meeting",
                  {"Ali Mahmoud Abbas|Sergei Shoigu"}},
        EventCase{"defence_minister_across_a_change_of_office_2025",
                  "والتقى وزير الدفاع الروسي نظيره السوري في موسكو.", "2025-10-20", "meeting",
                  {"Andrei Belousov|Murhaf Abu Qasra"}},
        EventCase{"coordinated_list_after_gather_verb",
                  "وعقدت قمة ثلاثية جمعت الرئيس الإيراني إبراهيم رئيسي والرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان في طهران.",
                  "2022-07-19", "meeting",
                  {"Ebrahim Raisi|Recep Tayyip Erdoğan", "Ebrahim Raisi|Vladimir Putin", "Recep Tayyip Erdoğan|Vladimir Putin"}},
        EventCase{"host_with_two_guests_does_not_pair_the_guests",
                  "واستقبل الرئيس السوري أحمد الشرع وزير الخارجية التركي هاكان فيدان ووزير الدفاع التركي يشار غولر في دمشق.",
                  "2025-01-15", "meeting", {"Ahmed al-Sharaa|Hakan Fidan", "Ahmed al-Sharaa|Yaşar Güler"}},
        EventCase{"meeting_in_a_foreign_capital_is_a_visit",
                  "والتقى وزير الخارجية الروسي سيرغي لافروف نظيره السوري أسعد الشيباني في موسكو.", "2025-07-31", "visit",
                  {"Asaad al-Shaibani|Moscow"}},
        EventCase{"meeting_topic_place_is_no_visit",
                  "وبحث الرئيس الروسي فلاديمير بوتين مع الرئيس التركي رجب طيب أردوغان الوضع في شمال سوريا.", "2021-09-29",
                  "visit", {}},
        EventCase{"joint_signing_is_a_meeting_of_the_signers",
                  "ووقع الرئيس الروسي فلاديمير بوتين ونظيره الإيراني مسعود بزشكيان معاهدة للشراكة في الكرملين.",
                  "2025-01-17", "meeting", {"Masoud Pezeshkian|Vladimir Putin"}},
        EventCase{"signing_alone_is_no_meeting", "ووقع الرئيس الأمريكي دونالد ترامب أمرا تنفيذيا جديدا.",
                  "2025-06-30", "meeting", {}},
        EventCase{"dual_anaphor_stands_for_the_last_two_holders",
                  "وقال الرئيس الروسي فلاديمير بوتين إن العلاقات متينة.\nوأكد الرئيس الإيراني مسعود بزشكيان ذلك.\n"
                  "وكان الرئيسان قد التقيا في قازان.",
                  "2025-01-17", "meeting", {"Masoud Pezeshkian|Vladimir Putin"}},
        EventCase{"commas_around_adverbials_before_the_guest",
                  "واستقبل الرئيس الفرنسي إيمانويل ماكرون، أمس الأربعاء، بقصر الإليزيه، الرئيس السوري أحمد الشرع.",
                  "2025-05-08", "meeting", {"Ahmed al-Sharaa|Emmanuel Macron"}},
        EventCase{"participle_visit",
                  "وغادر وزير الخارجية الإيراني عباس عراقجي دمشق متوجها إلى أنقرة.", "2024-12-02", "visit",
                  {"Abbas Araghchi|Ankara"}},
        EventCase{"headline_person_in_a_foreign_capital", "لافروف في دمشق", "2020-09-07", "visit",
                  {"Sergei Lavrov|Damascus"}},
        EventCase{"participants_listed_after_the_meeting_noun",
                  "وشارك في الاجتماع كل من وزير الخارجية التركي هاكان فيدان ووزير الخارجية الأردني أيمن الصفدي.",
                  "2025-03-09", "meeting", {"Ayman Safadi|Hakan Fidan"}},
        EventCase{"plural_title_subject_of_a_light_verb_with_an_accusative_noun",
                  "وعقد وزراء خارجية روسيا وتركيا وإيران اجتماعا في الدوحة.", "2024-12-07", "meeting",
                  {"Abbas Araghchi|Hakan Fidan", "Abbas Araghchi|Sergei Lavrov", "Hakan Fidan|Sergei Lavrov"}},
        EventCase{"dual_counterparts_with_coordinated_nisbas",
                  "والتقى الرئيس الروسي فلاديمير بوتين بنظيريه التركي والإيراني في طهران.", "2022-07-19", "meeting",
                  {"Ebrahim Raisi|Vladimir Putin", "Recep Tayyip Erdoğan|Vladimir Putin"}},
        EventCase{"tour_covering_a_list_of_states",
                  "وبدأ الرئيس الإيراني مسعود بزشكيان جولة إقليمية تشمل قطر والكويت.", "2025-01-20", "visit",
                  {"Masoud Pezeshkian|Kuwait", "Masoud Pezeshkian|Qatar"}},
        EventCase{"guest_received_at_an_airport_visited_its_state",
                  "واستقبل الرئيس السوري أحمد الشرع في مطار دمشق الدولي أمير قطر الشيخ تميم بن حمد آل ثاني.",
                  "2025-01-30", "visit", {"Tamim bin Hamad Al Thani|Syria"}},
        EventCase{"plural_counterparts_with_names",
                  "واجتمع وزير الخارجية الأردني أيمن الصفدي ونظراؤه السعودي فيصل بن فرحان والسوري فيصل المقداد في عمّان.",
                  "2023-05-01", "meeting",
                  {"Ayman Safadi|Faisal Mekdad", "Ayman Safadi|Faisal bin Farhan", "Faisal Mekdad|Faisal bin Farhan"}},
        EventCase{"count_anaphor_for_the_last_holders",
                  "وصل الرئيس الروسي فلاديمير بوتين والرئيس الإيراني حسن روحاني إلى أنقرة للقاء الرئيس التركي رجب طيب أردوغان.\n"
                  "ثم اجتمع الرؤساء الثلاثة في جلسة مغلقة.",
                  "2019-09-16", "meeting",
                  {"Hassan Rouhani|Recep Tayyip Erdoğan", "Hassan Rouhani|Vladimir Putin", "Recep Tayyip Erdoğan|Vladimir Putin"}},
        EventCase{"object_pronoun_guest",
                  "ووصل وزير الخارجية الأمريكي أنتوني بلينكن إلى عمّان، حيث استقبله العاهل الأردني الملك عبد الله الثاني.",
                  "2024-12-12", "meeting", {"Antony Blinken|King Abdullah II"}},
        EventCase{"by_phone_is_a_call_not_a_meeting",
                  "وبحث العاهل الأردني الملك عبد الله الثاني هاتفيا مع الرئيس السوري بشار الأسد العلاقات بين البلدين.",
                  "2021-10-03", "meeting", {}},
        EventCase{"state_taking_part_is_no_attendee",
                  "واجتمع وزير الخارجية الأردني أيمن الصفدي مع نظيره المصري سامح شكري، في اجتماع بمشاركة دمشق.",
                  "2023-05-01", "meeting", {"Ayman Safadi|Sameh Shoukry"}},
        EventCase{"relative_clause_subject",
                  "وأكد وزير الخارجية السوري فيصل المقداد، الذي يزور موسكو لهذه الغاية، أن الأولوية لدمشق.", "2023-05-10",
                  "visit", {"Faisal Mekdad|Moscow"}},
        EventCase{"hedged_visit_is_no_visit",
                  "ولم تستبعد مصادر دبلوماسية أن يزور وزير الخارجية المصري سامح شكري دمشق قريبا.", "2023-02-20",
                  "visit", {}},
        EventCase{"guest_of_a_capital_in_a_group",
                  "وحل الرئيسان الروسي فلاديمير بوتين والإيراني حسن روحاني ضيفين على العاصمة التركية أنقرة.",
                  "2019-09-16", "visit", {"Hassan Rouhani|Ankara", "Vladimir Putin|Ankara"}},
        EventCase{"meeting_at_the_place_named_by_a_pronoun",
                  "ووصل عراقجي إلى أنقرة قادما من دمشق، التي زارها أمس والتقى فيها الرئيس السوري بشار الأسد.",
                  "2024-12-02", "visit", {"Abbas Araghchi|Ankara", "Abbas Araghchi|Damascus"}},
        EventCase{"count_anaphor_uses_the_gazetteer_roles",
                  "وحل الرئيسان الروسي فلاديمير بوتين والإيراني حسن روحاني ضيفين على أنقرة، حيث استقبلهما أردوغان.\n"
                  "ثم اجتمع الرؤساء الثلاثة في جلسة مغلقة.",
                  "2019-09-16", "meeting",
                  {"Hassan Rouhani|Recep Tayyip Erdoğan", "Hassan Rouhani|Vladimir Putin", "Recep Tayyip Erdoğan|Vladimir Putin"}},
        EventCase{"venue_words_before_the_guest",
                  "واستقبل أمير قطر الشيخ تميم بن حمد آل ثاني في مطار حمد الدولي الرئيس الأمريكي، الذي وصل من الرياض.",
                  "2025-05-14", "meeting", {"Donald Trump|Tamim bin Hamad Al Thani"}},
        EventCase{"call_received_from_an_honorific_title",
                  "وتلقى ولي العهد السعودي الأمير محمد بن سلمان اتصالا هاتفيا من فخامة الرئيس الإيراني إبراهيم رئيسي.",
                  "2023-10-11", "call", {"Ebrahim Raisi|Mohammed bin Salman"}},
        EventCase{"received_at_a_seat_of_government",
                  "واستقبل الرئيس الأمريكي دونالد ترامب رئيس الوزراء الإسرائيلي بنيامين نتنياهو في البيت الأبيض.",
                  "2025-02-04", "visit", {"Benjamin Netanyahu|United States"}},
        EventCase{"pronoun_meeting_without_a_visit_event_keeps_the_sentence_subject",
                  "وعاد الرئيس السوري بشار الأسد إلى دمشق بعد زيارة لم يعلن عنها، التقى خلالها المرشد الإيراني علي خامنئي والرئيس الإيراني حسن روحاني.",
                  "2019-02-26", "meeting", {"Ali Khamenei|Bashar al-Assad", "Bashar al-Assad|Hassan Rouhani"}},
        EventCase{"an_actor_after_maa_is_no_subject",
                  "واستهل ولي العهد السعودي الأمير محمد بن سلمان جولته من القاهرة، حيث أجرى مباحثات مع الرئيس عبد الفتاح السيسي، ثم غادر مصر.",
                  "2022-06-21", "meeting", {"Abdel Fattah el-Sisi|Mohammed bin Salman"}},
        EventCase{"apposition_with_a_capital_construct",
                  "واستقبل الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي أمس الرئيس السوري بشار الأسد.", "2022-03-19",
                  "meeting", {"Bashar al-Assad|Mohamed bin Zayed Al Nahyan"}},
        EventCase{"landed_in_with_fi", "وكان الرئيس الصيني شي جين بينغ قد حط رحاله في الرياض مساء أمس.", "2022-12-08",
                  "visit", {"Xi Jinping|Riyadh"}},
        EventCase{"postponed_visit_is_no_visit",
                  "وأرجئت زيارة رئيس الوزراء الإسرائيلي بنيامين نتنياهو إلى الإمارات التي كانت مقررة اليوم.", "2021-03-11",
                  "visit", {}},
        EventCase{"official_state_name_in_a_title_and_commas_before_the_destination",
                  "وصل رئيس الجمهورية الإسلامية الإيرانية مسعود بزشكيان، اليوم الأربعاء، إلى بغداد.", "2024-09-11", "visit",
                  {"Masoud Pezeshkian|Baghdad"}},
        EventCase{"guest_visit_told_after_the_reception",
                  "واستقبل الرئيس التركي رجب طيب أردوغان الأربعاء نظيره الإسرائيلي إسحاق هرتسوغ في زيارة هي الأولى من نوعها.",
                  "2022-03-09", "visit", {"Isaac Herzog|Turkey"}},
        EventCase{"guest_anaphor_is_the_first_person_of_that_nationality",
                  "وصل نائب الرئيس الأمريكي مايك بنس إلى أنقرة على رأس وفد يضم مستشار الأمن القومي روبرت أوبراين.\n"
                  "واستقبل الرئيس رجب طيب أردوغان ضيفه الأمريكي في المجمع الرئاسي.",
                  "2019-10-17", "meeting", {"Mike Pence|Recep Tayyip Erdoğan"}},
        EventCase{"the_latter_is_the_last_person_named",
                  "أعلن مكتب رئيس الوزراء الإسرائيلي نفتالي بينيت أن الأخير التقى أمس في الكرملين الرئيس الروسي فلاديمير بوتين.",
                  "2022-03-06", "meeting", {"Naftali Bennett|Vladimir Putin"}},
        EventCase{"a_conjunction_ends_a_name_and_a_given_name_alone_is_a_known_person",
                  "واستقبل ملك البحرين حمد بن عيسى آل خليفة الرئيس الإسرائيلي إسحاق هرتسوغ في المنامة.\n"
                  "وكان نفتالي بينيت قد زار المنامة في شباط الماضي والتقى خلالها الملك حمد وولي العهد.",
                  "2022-12-04", "meeting", {"Hamad bin Isa Al Khalifa|Isaac Herzog", "Hamad bin Isa Al Khalifa|Naftali Bennett"}},
        EventCase{"welcomed_on_arrival",
                  "وكان في استقبال الرئيس الفرنسي إيمانويل ماكرون لدى وصوله مطار رفيق الحريري الدولي الرئيس اللبناني ميشال عون.",
                  "2020-08-06", "meeting", {"Emmanuel Macron|Michel Aoun"}},
        EventCase{"quoted_meeting_is_ignored",
                  "وقال المحلل السياسي سامر الخطيب إن \"التقى الرئيس الروسي فلاديمير بوتين الأسد مرارا\".", "2025-02-01",
                  "meeting", {}},
        // visits and meetings as wires word them (second round)
        EventCase{"multi_word_portfolio",
                  "استقبل وزير الخارجية والمغتربين أسعد الشيباني اليوم وزير الخارجية الأردني أيمن الصفدي.", "2025-03-10",
                  "meeting", {"Asaad al-Shaibani|Ayman Safadi"}},
        EventCase{"title_then_destination_is_no_posting", "وصل الرئيس الإيراني إلى مسقط.", "2023-05-28", "visit",
                  {"Ebrahim Raisi|Muscat"}},
        EventCase{"arrival_with_late_subject",
                  "وصل إلى العاصمة السعودية الرياض أمس الرئيس السوري أحمد الشرع في زيارة رسمية.", "2025-02-03", "visit",
                  {"Ahmed al-Sharaa|Riyadh"}},
        EventCase{"fronted_first_visit_phrase",
                  "وفي أول زيارة له إلى دمشق منذ سنوات، التقى وزير الخارجية الأردني أيمن الصفدي الرئيس بشار الأسد.",
                  "2023-02-15", "visit", {"Ayman Safadi|Damascus"}},
        EventCase{"object_after_a_visit_phrase",
                  "والتقى وزير الخارجية الأمريكي أنتوني بلينكن خلال زيارته إلى القاهرة الرئيس المصري عبد الفتاح السيسي.",
                  "2024-02-06", "meeting", {"Abdel Fattah el-Sisi|Antony Blinken"}},
        EventCase{"plane_landing_is_arrival",
                  "وحطت الطائرة التي تقل الرئيس الإيراني إبراهيم رئيسي في مطار دمشق ظهر اليوم.", "2023-05-03", "visit",
                  {"Ebrahim Raisi|Damascus"}},
        EventCase{"resident_ambassador_makes_no_visit",
                  "استقبل وزير الخارجية أسعد الشيباني في دمشق اليوم السفير الروسي لدى سوريا ألكسندر يفيموف.", "2025-03-10",
                  "visit", {}},
        EventCase{"venue_in_a_named_capital",
                  "استقبل الرئيس أحمد الشرع في قصر الشعب بدمشق الأربعاء وزير الخارجية الأردني أيمن الصفدي.", "2025-01-06",
                  "visit", {"Ayman Safadi|Damascus"}},
        EventCase{"present_verb_after_a_planned_visit_is_planned",
                  "ومن المقرر أن يتوجه الرئيس الروسي فلاديمير بوتين إلى أنقرة، حيث يلتقي نظيره التركي رجب طيب أردوغان.",
                  "2017-12-11", "meeting", {}},
        EventCase{"nisba_as_a_known_surname",
                  "استقبل رئيس الوزراء العراقي محمد شياع السوداني الرئيس الإيراني مسعود بزشكيان في بغداد.\n"
                  "وكان السوداني قد زار طهران في تشرين الثاني 2022.",
                  "2024-09-11", "visit", {"Masoud Pezeshkian|Baghdad", "Mohammed Shia al-Sudani|Tehran"}},
        EventCase{"dual_anaphor_reads_surnames",
                  "واستقبل الرئيس الروسي فلاديمير بوتين الرئيس السوري بشار الأسد في سوتشي.\n"
                  "والتقى الرئيس التركي رجب طيب أردوغان وزير الخارجية الروسي سيرغي لافروف.\n"
                  "وكان الأسد قد حل ضيفا على بوتين في سوتشي، في زيارة بحث خلالها الرئيسان الوضع.",
                  "2017-12-11", "meeting", {"Bashar al-Assad|Vladimir Putin", "Recep Tayyip Erdoğan|Sergei Lavrov"}},
        EventCase{"subject_first_talks_with",
                  "قال الكرملين إن الرئيس فلاديمير بوتين أجرى محادثات مع الرئيس السوري بشار الأسد.", "2024-07-25",
                  "meeting", {"Bashar al-Assad|Vladimir Putin"}},
        EventCase{"host_does_not_visit_his_own_capital",
                  "وأجرى الرئيس فلاديمير بوتين محادثات مع الرئيس السوري بشار الأسد في الكرملين، خلال زيارة إلى موسكو.",
                  "2024-07-25", "visit", {"Bashar al-Assad|Moscow"}},
        EventCase{"light_verb_with_a_dated_gap",
                  "وكان الرئيس الروسي فلاديمير بوتين قد أجرى في 15 تشرين الأول/أكتوبر 2019 زيارة رسمية إلى أبوظبي.",
                  "2022-10-11", "visit", {"Vladimir Putin|Abu Dhabi"}},
        EventCase{"talks_during_a_relative_visit",
                  "وتأتي الزيارة بعد زيارة قام بها وزير الخارجية التركي هاكان فيدان إلى موسكو في 31 أغسطس الماضي، "
                  "أجرى خلالها محادثات مع نظيره الروسي سيرغي لافروف.",
                  "2025-10-15", "meeting", {"Hakan Fidan|Sergei Lavrov"}},
        EventCase{"caretaker_title_in_a_list",
                  "والتقى وزير الخارجية الإيراني عباس عراقجي رئيس مجلس النواب نبيه بري ورئيس حكومة تصريف الأعمال نجيب ميقاتي.",
                  "2024-10-04", "meeting", {"Abbas Araghchi|Nabih Berri", "Abbas Araghchi|Najib Mikati"}},
        EventCase{"state_through_the_government_served",
                  "بحث وزير الخارجية الأردني أيمن الصفدي مع وزير الخارجية في الإدارة السورية الجديدة أسعد الشيباني العلاقات.",
                  "2025-01-07", "meeting", {"Asaad al-Shaibani|Ayman Safadi"}},
        EventCase{"where_clause_after_a_passive_reception",
                  "واستُقبل وزير الخارجية السوري أسعد الشيباني في أبوظبي أمس، حيث أجرى مباحثات مع وزير الخارجية الإماراتي "
                  "الشيخ عبدالله بن زايد.",
                  "2025-01-07", "meeting", {"Abdullah bin Zayed Al Nahyan|Asaad al-Shaibani"}},
        EventCase{"lineage_name_and_stacked_appositions",
                  "عقد صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد رئيس مجلس الوزراء جلسة مباحثات "
                  "رسمية مع الرئيس الصيني شي جين بينغ.",
                  "2022-12-08", "meeting", {"Mohammed bin Salman|Xi Jinping"}},
        EventCase{"foreign_title_after_a_name_is_the_object",
                  "استقبل الرئيس أحمد الشرع وزير الخارجية الأردني في دمشق.", "2025-01-06", "meeting",
                  {"Ahmed al-Sharaa|Ayman Safadi"}},
        EventCase{"with_party_before_the_event_noun",
                  "وعقد الرئيس السوري بشار الأسد مع نظيره الإيراني إبراهيم رئيسي جلسة مباحثات موسعة بحضور وفدي البلدين.",
                  "2023-05-03", "meeting", {"Bashar al-Assad|Ebrahim Raisi"}},
        EventCase{"time_phrases_between_verb_and_arguments",
                  "وعقد وزير الخارجية الروسي سيرغي لافروف في وقت لاحق محادثات مع وزير الخارجية السوري وليد المعلم.\n"
                  "ووصل الرئيس الروسي فلاديمير بوتين إلى طهران، والتقى قبيل القمة المرشد الإيراني علي خامنئي.",
                  "2022-07-19", "meeting", {"Ali Khamenei|Vladimir Putin", "Sergei Lavrov|Walid al-Muallem"}},
        EventCase{"subject_first_pair_with_a_dated_object",
                  "وكان وزير الخارجية الروسي سيرغي لافروف ونظيره التركي مولود جاووش أوغلو قد اجتمعا في 10 مارس/آذار "
                  "الماضي في مدينة أنطاليا التركية بوزير الخارجية الأوكراني دميترو كوليبا.",
                  "2022-06-08", "meeting", {"Dmytro Kuleba|Mevlüt Çavuşoğlu", "Dmytro Kuleba|Sergei Lavrov"}},
        EventCase{"plan_noun_makes_a_planned_meeting",
                  "ونفى المتحدث باسم الكرملين وجود أي خطط للقاء بين بوتين والرئيس السوري بشار الأسد.", "2025-01-20",
                  "meeting", {}}),
    [](const ::testing::TestParamInfo<EventCase>& param_info) { return std::string(param_info.param.name); });

TEST(Extractor, StatementSpeakerAndCarriedSubject) {
  ArticleResult r = run(
      "وقال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي إن موسكو تدعم وحدة سوريا.\n"
      "وأضاف أن بلاده مستعدة للحوار.");
  std::vector<std::string> s = events_of(r, "statement");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0], "Sergei Lavrov|Sergei Lavrov");
  int n = 0;
  for (const Event& e : r.events) n += e.type == "statement";
  EXPECT_EQ(n, 2);  // one per sentence; the graph merges them
}

TEST(Extractor, CarriedSubjectWithTaba) {
  ArticleResult r = run(
      "وقال وزير الخارجية السوري أسعد الشيباني إن المرحلة تتطلب الحوار.\n"
      "وتابع أن الحكومة ماضية في الإصلاح.");
  int n = 0;
  for (const Event& e : r.events) n += e.type == "statement" && label_of(r, e.source) == "Asaad al-Shaibani";
  EXPECT_EQ(n, 2);
}

TEST(Extractor, AttributionMakesTheSourceTheSpeakerButNotMedia) {
  ArticleResult r = run(
      "وذكرت وكالة سانا نقلا عن وزارة الخارجية السورية أن الوفد وصل.\n"
      "وبحسب وكالة رويترز فإن المحادثات ستستمر.");
  EXPECT_EQ(events_of(r, "statement"),
            std::vector<std::string>{"Ministry of Foreign Affairs (Syria)|Ministry of Foreign Affairs (Syria)"});
}

TEST(Extractor, FormerHolderOfATitle) {
  ArticleResult r = run("وقال الرئيس السوري السابق إن الحرب انتهت.", "2025-06-01");
  ASSERT_EQ(events_of(r, "statement").size(), 1u);
  EXPECT_EQ(events_of(r, "statement")[0], "Bashar al-Assad|Bashar al-Assad");
}

TEST(Extractor, UnnamedSourcesAndRelayingMediaMakeNoStatement) {
  ArticleResult r = run(
      "ونقلت وكالة رويترز عن مصادر دبلوماسية أن المحادثات متعثرة.\n"
      "وقال مصدر عسكري سوري إن القوات انسحبت.\n"
      "وأضاف أن الانسحاب اكتمل.");
  EXPECT_EQ(events_of(r, "statement"), std::vector<std::string>{});
}

TEST(Extractor, StatementToldToMediaHasVia) {
  ArticleResult r = run("وأكد المحلل السياسي سامر الخطيب في حديثه للجزيرة نت أن التنسيق مستمر.");
  const Event* e = first_event(r, "statement");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->attributes.count("via"), 1u);
  EXPECT_EQ(e->attributes.at("via"), "media/al-jazeera");
  const EntityRecord* p = entity(r, e->source);
  ASSERT_NE(p, nullptr);
  EXPECT_FALSE(p->in_gazetteer);
  ASSERT_FALSE(p->roles.empty());
  EXPECT_EQ(p->roles[0].title_ar, "المحلل السياسي");
}

TEST(Extractor, RoleOnlyTitleResolvesToTheHolderOnTheArticleDate) {
  ArticleResult r2020 = run("وقال الرئيس السوري إن الحرب انتهت.", "2020-06-01");
  ArticleResult r2025 = run("وقال الرئيس السوري إن الحرب انتهت.", "2025-06-01");
  ASSERT_EQ(events_of(r2020, "statement").size(), 1u);
  ASSERT_EQ(events_of(r2025, "statement").size(), 1u);
  EXPECT_EQ(events_of(r2020, "statement")[0], "Bashar al-Assad|Bashar al-Assad");
  EXPECT_EQ(events_of(r2025, "statement")[0], "Ahmed al-Sharaa|Ahmed al-Sharaa");
}

TEST(Extractor, MinisterialTitleLinksHolderToMinistryNode) {
  ArticleResult r = run("وصل نائب وزير الدفاع الروسي يونس بك يفكيروف إلى دمشق.");
  bool linked = false;
  for (const Event& e : r.events)
    if (e.type == "holds_role" && e.target == "org/ru-ministry-of-defence") linked = true;
  EXPECT_TRUE(linked);
  EXPECT_NE(entity(r, "org/ru-ministry-of-defence"), nullptr);
}

TEST(Extractor, DatesFromTheSentenceAndFallbackToTheArticle) {
  ArticleResult r = run(
      "وفي 15 أكتوبر/تشرين الأول الجاري التقى الرئيس السوري أحمد الشرع الرئيس الروسي فلاديمير بوتين في موسكو.\n"
      "واستقبل وزير الخارجية السوري أسعد الشيباني وزير الخارجية الأردني أيمن الصفدي في دمشق.");
  std::vector<const Event*> meetings;
  for (const Event& e : r.events)
    if (e.type == "meeting") meetings.push_back(&e);
  ASSERT_EQ(meetings.size(), 2u);
  ASSERT_TRUE(meetings[0]->date.has_value());
  EXPECT_EQ(meetings[0]->date->iso(), "2025-10-15");
  EXPECT_EQ(meetings[0]->precision, DatePrecision::day);
  ASSERT_TRUE(meetings[1]->date.has_value());
  EXPECT_EQ(meetings[1]->date->iso(), "2025-11-20");
  EXPECT_EQ(meetings[1]->precision, DatePrecision::document);
}

TEST(Extractor, MentionOffsetsAreCodePointsEvenAfterEmoji) {
  std::string text = "\xF0\x9F\x93\xB0\xF0\x9F\x87\xB8 التقى الرئيس الروسي فلاديمير بوتين الرئيس السوري أحمد الشرع.";
  ArticleResult r = run(text);
  std::u32string t32;
  ASSERT_TRUE(decode_utf8(text, t32));
  ASSERT_FALSE(r.mentions.empty());
  for (const Mention& m : r.mentions)
    EXPECT_EQ(encode_utf8(t32.substr(m.start, m.end - m.start)), m.text);
}

TEST(Extractor, ClitisedNamesAreFoundButNamesStartingWithCliticLettersAreNotSplit) {
  ArticleResult r = run("وأكدت لبنان وبيروت أن وليد جنبلاط زار دمشق وبموسكو.");
  EXPECT_NE(entity(r, "state/LB"), nullptr);
  bool moscow = false;
  for (const Mention& m : r.mentions) moscow |= m.text == "موسكو";
  EXPECT_TRUE(moscow);
}

TEST(Transliterate, ReadableLabelsAndSlugs) {
  EXPECT_EQ(detail::slugify("Rami al-Sha'r"), "rami-al-shar");
  EXPECT_EQ(detail::transliterate("رامي"), "Rami");
}

}  // namespace
}  // namespace actorgraph
