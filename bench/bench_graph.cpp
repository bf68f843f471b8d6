// Scale benchmark (not a test) for graph.json and the queries of `actorgraph query`: generates a
// deterministic synthetic graph (by default 100,000 nodes and 1,000,000 events over ten years),
// writes it as graph.json, reads it back the way `actorgraph query` does, and times the queries on
// the loaded graph: the acceptance figures of issue 4 (loading takes seconds; met and timeline
// answer in under a second; rank --by betweenness on a one-month window in under a minute).
//
//   build/bench/actorgraph_bench_graph [--nodes N] [--events N] [--seed N] [--out DIR] [--keep] [--repeat N]
//
// Prints wall and CPU (user + system) seconds per step, and peak memory. --out DIR writes
// DIR/graph.json and keeps it (else a temporary directory, removed unless --keep); the same seed
// gives the same file.
//
// The generator and the writer run in a child process (fork), so the peak memory reported for
// loading is that of a process that only loads and queries, as `actorgraph query` does. The graph is
// built with ActorGraph::insert_* (no merging: every generated event is one edge, every edge has one
// evidence item). Query times are the best of --repeat runs (default 3): the machine is shared.
// Linux/POSIX only (fork, getrusage).
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include <boost/range/iterator_range.hpp>

#include "actorgraph/export/json.h"
#include "actorgraph/graph/actor_graph.h"
#include "actorgraph/graph/query.h"
#include "actorgraph/graph/view.h"

namespace fs = std::filesystem;
using namespace actorgraph;

namespace {

struct Options {
  size_t nodes = 100'000;
  size_t events = 1'000'000;
  uint64_t seed = 42;
  std::string out;  // directory; empty = a fresh temporary directory
  bool keep = false;
  int repeat = 3;
};

// splitmix64: tiny, fast, and the same sequence on every platform (std:: distributions are not).
class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed) {}
  uint64_t next() {
    uint64_t z = (s_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
  size_t below(size_t n) { return static_cast<size_t>(unit() * static_cast<double>(n)); }
  // Skewed towards 0: index i has probability ~ 1/sqrt(i), so a few actors are busy and most are
  // seen a handful of times, as in news.
  size_t skewed(size_t n) { double u = unit(); return static_cast<size_t>(u * u * static_cast<double>(n)); }
  bool chance(double p) { return unit() < p; }
  template <class T, size_t N>
  const T& pick(const std::array<T, N>& a) { return a[below(N)]; }

 private:
  uint64_t s_;
};

struct Name {
  const char* ar;
  const char* en;
};

constexpr std::array<Name, 48> kGiven = {{
    {"محمد", "Mohammed"}, {"أحمد", "Ahmed"}, {"علي", "Ali"}, {"حسن", "Hassan"}, {"حسين", "Hussein"},
    {"عمر", "Omar"}, {"خالد", "Khaled"}, {"يوسف", "Youssef"}, {"إبراهيم", "Ibrahim"}, {"مصطفى", "Mustafa"},
    {"عبد الله", "Abdullah"}, {"عبد الرحمن", "Abdulrahman"}, {"سعيد", "Said"}, {"فيصل", "Faisal"},
    {"طارق", "Tariq"}, {"سامي", "Sami"}, {"ماهر", "Maher"}, {"بشار", "Bashar"}, {"رامي", "Rami"},
    {"وليد", "Walid"}, {"نبيل", "Nabil"}, {"جمال", "Jamal"}, {"كمال", "Kamal"}, {"هشام", "Hisham"},
    {"زياد", "Ziad"}, {"فراس", "Firas"}, {"منذر", "Munther"}, {"عادل", "Adel"}, {"صالح", "Saleh"},
    {"ناصر", "Nasser"}, {"فاطمة", "Fatima"}, {"عائشة", "Aisha"}, {"مريم", "Maryam"}, {"ليلى", "Layla"},
    {"هدى", "Huda"}, {"رنا", "Rana"}, {"سلمى", "Salma"}, {"نادية", "Nadia"}, {"زينب", "Zainab"},
    {"سيرغي", "Sergei"}, {"فلاديمير", "Vladimir"}, {"ديمتري", "Dmitry"}, {"أندريه", "Andrei"},
    {"جون", "John"}, {"ديفيد", "David"}, {"مايكل", "Michael"}, {"رجب", "Recep"}, {"هاكان", "Hakan"},
}};

constexpr std::array<Name, 40> kFather = {{
    {"سالم", "Salem"}, {"عبد العزيز", "Abdulaziz"}, {"حمد", "Hamad"}, {"زايد", "Zayed"}, {"راشد", "Rashid"},
    {"سلمان", "Salman"}, {"نايف", "Nayef"}, {"فهد", "Fahd"}, {"منصور", "Mansour"}, {"سعود", "Saud"},
    {"جاسم", "Jassim"}, {"حمدان", "Hamdan"}, {"مبارك", "Mubarak"}, {"عيسى", "Issa"}, {"موسى", "Musa"},
    {"داود", "Dawood"}, {"سليمان", "Suleiman"}, {"يحيى", "Yahya"}, {"زكريا", "Zakaria"}, {"إسماعيل", "Ismail"},
    {"أنور", "Anwar"}, {"شريف", "Sharif"}, {"رياض", "Riad"}, {"عماد", "Imad"}, {"غسان", "Ghassan"},
    {"توفيق", "Tawfiq"}, {"حافظ", "Hafez"}, {"أسعد", "Asaad"}, {"منير", "Munir"}, {"بسام", "Bassam"},
    {"عدنان", "Adnan"}, {"قاسم", "Qasim"}, {"هاني", "Hani"}, {"مازن", "Mazen"}, {"نزار", "Nizar"},
    {"فواز", "Fawaz"}, {"باسل", "Basil"}, {"لؤي", "Louay"}, {"مهند", "Muhannad"}, {"ثامر", "Thamer"},
}};

constexpr std::array<Name, 60> kFamily = {{
    {"الأحمد", "al-Ahmad"}, {"الخطيب", "al-Khatib"}, {"الحسيني", "al-Husseini"}, {"المصري", "al-Masri"},
    {"الشامي", "al-Shami"}, {"الحلبي", "al-Halabi"}, {"العلي", "al-Ali"}, {"الزعبي", "al-Zoubi"},
    {"القاسم", "al-Qasim"}, {"الشرع", "al-Sharaa"}, {"المقداد", "al-Miqdad"}, {"الجعفري", "al-Jaafari"},
    {"السوداني", "al-Sudani"}, {"الحكيم", "al-Hakim"}, {"الصدر", "al-Sadr"}, {"البرزاني", "Barzani"},
    {"الطالباني", "Talabani"}, {"العبادي", "al-Abadi"}, {"الكاظمي", "al-Kadhimi"}, {"الحريري", "Hariri"},
    {"ميقاتي", "Mikati"}, {"بري", "Berri"}, {"جنبلاط", "Jumblatt"}, {"عون", "Aoun"}, {"سلام", "Salam"},
    {"الصفدي", "al-Safadi"}, {"الرفاعي", "al-Rifai"}, {"الخصاونة", "al-Khasawneh"}, {"المجالي", "al-Majali"},
    {"الثاني", "Al Thani"}, {"النهيان", "Al Nahyan"}, {"المكتوم", "Al Maktoum"}, {"الصباح", "Al Sabah"},
    {"الخليفة", "Al Khalifa"}, {"البوسعيدي", "Al Busaidi"}, {"السعود", "Al Saud"}, {"الفيصل", "Al Faisal"},
    {"عبد اللهيان", "Abdollahian"}, {"عراقجي", "Araghchi"}, {"ظريف", "Zarif"}, {"لافروف", "Lavrov"},
    {"شويغو", "Shoigu"}, {"بيلوسوف", "Belousov"}, {"بيسكوف", "Peskov"}, {"فيرشينين", "Vershinin"},
    {"أوغلو", "Oglu"}, {"فيدان", "Fidan"}, {"غولر", "Guler"}, {"بلينكن", "Blinken"}, {"روبيو", "Rubio"},
    {"باراك", "Barrack"}, {"بيدرسن", "Pedersen"}, {"غوتيريش", "Guterres"}, {"الدوسري", "al-Dosari"},
    {"العتيبي", "al-Otaibi"}, {"القحطاني", "al-Qahtani"}, {"الشمري", "al-Shammari"}, {"الدليمي", "al-Dulaimi"},
    {"الجبوري", "al-Jubouri"}, {"التميمي", "al-Tamimi"},
}};

// Syllables for place, state, organisation and outlet names, in both scripts.
constexpr std::array<Name, 32> kSyllables = {{
    {"با", "ba"}, {"تا", "ta"}, {"را", "ra"}, {"سا", "sa"}, {"ما", "ma"}, {"نا", "na"}, {"لا", "la"},
    {"كا", "ka"}, {"دي", "di"}, {"ري", "ri"}, {"مي", "mi"}, {"ني", "ni"}, {"لي", "li"}, {"سي", "si"},
    {"بو", "bu"}, {"تو", "tu"}, {"رو", "ru"}, {"مو", "mu"}, {"نو", "nu"}, {"كو", "ku"}, {"حا", "ha"},
    {"جا", "ja"}, {"زا", "za"}, {"شا", "sha"}, {"فا", "fa"}, {"قا", "qa"}, {"وا", "wa"}, {"يا", "ya"},
    {"ران", "ran"}, {"دان", "dan"}, {"مان", "man"}, {"باد", "bad"},
}};

struct Portfolio {
  const char* title;     // "Minister of Defence"
  const char* title_ar;  // "وزير الدفاع"
  const char* ministry;  // "Ministry of Defence"
  const char* ministry_ar;
};

constexpr std::array<Portfolio, 10> kPortfolios = {{
    {"Minister of Defence", "وزير الدفاع", "Ministry of Defence", "وزارة الدفاع"},
    {"Minister of Foreign Affairs", "وزير الخارجية", "Ministry of Foreign Affairs", "وزارة الخارجية"},
    {"Minister of Interior", "وزير الداخلية", "Ministry of Interior", "وزارة الداخلية"},
    {"Minister of Economy", "وزير الاقتصاد", "Ministry of Economy", "وزارة الاقتصاد"},
    {"Minister of Energy", "وزير الطاقة", "Ministry of Energy", "وزارة الطاقة"},
    {"Minister of Health", "وزير الصحة", "Ministry of Health", "وزارة الصحة"},
    {"Minister of Justice", "وزير العدل", "Ministry of Justice", "وزارة العدل"},
    {"Minister of Finance", "وزير المالية", "Ministry of Finance", "وزارة المالية"},
    {"Minister of Transport", "وزير النقل", "Ministry of Transport", "وزارة النقل"},
    {"Minister of Information", "وزير الإعلام", "Ministry of Information", "وزارة الإعلام"},
}};

constexpr std::array<const char*, 8> kQuotes = {
    "نرفض أي تدخل في الشؤون الداخلية", "ندعو إلى وقف فوري لإطلاق النار", "العلاقات بين البلدين تاريخية",
    "لن نقبل بأي اعتداء على سيادتنا", "الحل السياسي هو الطريق الوحيد", "نؤكد دعمنا الكامل لوحدة الأراضي",
    "الاتفاق خطوة مهمة نحو الاستقرار", "نطالب بانسحاب القوات الأجنبية",
};

std::string slug(std::string_view en) {
  std::string s;
  for (char c : en) {
    if (c >= 'A' && c <= 'Z') s += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) s += c;
    else if (!s.empty() && s.back() != '-') s += '-';
  }
  while (!s.empty() && s.back() == '-') s.pop_back();
  return s;
}

size_t code_points(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// A made-up word of 2-3 syllables, Arabic and Latin.
std::pair<std::string, std::string> word(Rng& rng) {
  std::string ar, en;
  const size_t n = 2 + rng.below(2);
  for (size_t i = 0; i < n; ++i) {
    const Name& s = rng.pick(kSyllables);
    ar += s.ar;
    en += s.en;
  }
  en[0] = static_cast<char>(en[0] - 'a' + 'A');
  return {ar, en};
}

// Node indices of each type; persons, states and media are in order of prominence.
struct Population {
  std::vector<graph::Vertex> states, persons, orgs, bases, places, media;
  std::vector<std::string> outlets;  // host names, parallel to media
};

graph::NodeProps node(std::string id, EntityType type, std::string ar, std::string en) {
  graph::NodeProps n;
  n.id = std::move(id);
  n.type = type;
  n.label = en;
  n.name_ar = std::move(ar);
  n.name_en = std::move(en);
  n.aliases.push_back(n.name_ar);
  return n;
}

Population make_nodes(graph::ActorGraph& g, size_t total, Rng& rng) {
  Population pop;
  const size_t n_states = std::min<size_t>(195, total / 20 + 1);
  const size_t n_orgs = total * 8 / 100, n_bases = total * 2 / 100, n_places = total * 8 / 100;
  const size_t n_media = total / 100;
  const size_t n_persons = total - std::min(total, n_states + n_orgs + n_bases + n_places + n_media);

  std::vector<std::string> state_ids;
  for (size_t i = 0; i < n_states; ++i) {
    auto [ar, en] = word(rng);
    std::string code = {static_cast<char>('A' + i / 26), static_cast<char>('A' + i % 26)};
    graph::NodeProps n = node("state/" + code, EntityType::state, ar, en);
    n.aliases.push_back("جمهورية " + ar);
    state_ids.push_back(n.id);
    pop.states.push_back(g.insert_node(std::move(n)));
  }
  auto a_state = [&] { return state_ids[rng.skewed(state_ids.size())]; };

  for (size_t i = 0; i < n_orgs; ++i) {
    graph::NodeProps n;
    if (i < n_states * kPortfolios.size()) {  // every state's ministries first
      const Portfolio& p = kPortfolios[i % kPortfolios.size()];
      const graph::NodeProps& st = g.node(pop.states[i / kPortfolios.size()]);
      n = node("org/" + slug(st.name_en) + "-" + slug(p.ministry) + "-" + std::to_string(i), EntityType::organization,
               std::string(p.ministry_ar) + " " + st.name_ar, std::string(p.ministry) + " (" + st.name_en + ")");
      n.country = st.id;
    } else {
      auto [ar, en] = word(rng);
      const bool party = rng.chance(0.5);
      n = node("org/" + slug(en) + "-" + std::to_string(i), EntityType::organization,
               (party ? "حزب " : "شركة ") + ar, en + (party ? " Party" : " Company"));
      n.country = a_state();
    }
    pop.orgs.push_back(g.insert_node(std::move(n)));
  }
  for (size_t i = 0; i < n_bases; ++i) {
    auto [ar, en] = word(rng);
    graph::NodeProps n =
        node("base/" + slug(en) + "-" + std::to_string(i), EntityType::military_base, "قاعدة " + ar + " الجوية",
             en + " Air Base");
    n.country = a_state();
    pop.bases.push_back(g.insert_node(std::move(n)));
  }
  for (size_t i = 0; i < n_places; ++i) {
    auto [ar, en] = word(rng);
    graph::NodeProps n = node("place/" + slug(en) + "-" + std::to_string(i), EntityType::location, ar, en);
    n.country = a_state();
    pop.places.push_back(g.insert_node(std::move(n)));
  }
  for (size_t i = 0; i < n_media; ++i) {
    auto [ar, en] = word(rng);
    graph::NodeProps n = node("media/" + slug(en) + "-" + std::to_string(i), EntityType::media, "أخبار " + ar,
                              en + " News");
    pop.outlets.push_back(slug(en) + std::to_string(i) + ".com");
    pop.media.push_back(g.insert_node(std::move(n)));
  }
  // Persons: given name, father's name and family name; a multiplicative scramble of the index
  // gives every person a distinct combination (kGiven x kFather x kFamily > the person count).
  const size_t combos = kGiven.size() * kFather.size() * kFamily.size();
  for (size_t i = 0; i < n_persons; ++i) {
    const size_t k = (i * 7919 + 13) % combos;  // 7919 is prime, coprime with combos
    const Name& gv = kGiven[k % kGiven.size()];
    const Name& fa = kFather[(k / kGiven.size()) % kFather.size()];
    const Name& fm = kFamily[k / (kGiven.size() * kFather.size()) % kFamily.size()];
    const std::string en = std::string(gv.en) + " " + fa.en + " " + fm.en;
    graph::NodeProps n = node("person/" + slug(en) + (i < combos ? "" : "-" + std::to_string(i)), EntityType::person,
                              std::string(gv.ar) + " " + fa.ar + " " + fm.ar, en);
    n.aliases.push_back(std::string(gv.ar) + " " + fm.ar);
    n.country = a_state();
    if (rng.chance(0.3)) {
      const Portfolio& p = rng.pick(kPortfolios);
      Role r;
      r.title = p.title;
      r.title_ar = p.title_ar;
      r.of = n.country;
      r.from = Date{2015 + static_cast<int>(rng.below(8)), 1 + static_cast<int>(rng.below(12)), 1};
      r.former = rng.chance(0.2);
      n.roles.push_back(std::move(r));
    }
    pop.persons.push_back(g.insert_node(std::move(n)));
  }
  return pop;
}

// Event types and their share of the events (per mille): mostly meetings, visits and statements,
// a few relations.
struct TypeShare {
  const char* type;
  int per_mille;
};
constexpr std::array<TypeShare, 9> kTypes = {{
    {"meeting", 320}, {"visit", 190}, {"call", 110}, {"statement", 230}, {"planned_meeting", 60},
    {"planned_visit", 60}, {"holds_role", 20}, {"located_in", 5}, {"operates", 5},
}};

const char* pick_type(Rng& rng) {
  int x = static_cast<int>(rng.below(1000));
  for (const TypeShare& t : kTypes) {
    if (x < t.per_mille) return t.type;
    x -= t.per_mille;
  }
  return "meeting";
}

// Generates the documents and events: articles dated over ten years, each reporting 1-7 events dated
// on or shortly before the article.
void make_events(graph::ActorGraph& g, const Population& pop, size_t total, Rng& rng) {
  const long first_day = Date{2016, 1, 1}.to_days(), days = Date{2025, 12, 31}.to_days() - first_day + 1;
  const graph::Graph& gr = g.graph();
  auto label_ar = [&](graph::Vertex v) -> const std::string& { return gr[v].name_ar; };
  auto person = [&] { return pop.persons[rng.skewed(pop.persons.size())]; };
  auto state = [&] { return pop.states[rng.skewed(pop.states.size())]; };
  auto place = [&] { return rng.chance(0.7) ? pop.places[rng.skewed(pop.places.size())] : state(); };
  auto counterpart = [&] {
    const double u = rng.unit();
    return u < 0.75 ? person() : u < 0.9 ? state() : pop.orgs[rng.skewed(pop.orgs.size())];
  };

  size_t made = 0;
  for (size_t d = 0; made < total; ++d) {
    Document doc;
    doc.id = "doc-" + std::to_string(d);
    const size_t outlet = rng.skewed(pop.outlets.size());
    doc.url = "https://www." + pop.outlets[outlet] + "/ar/news/" + std::to_string(d);
    const Date published = Date::from_days(first_day + static_cast<long>(rng.below(static_cast<size_t>(days))));
    doc.date = published;
    doc.lang = rng.chance(0.85) ? "ar" : "en";
    doc.title = "مباحثات " + label_ar(state()) + " و" + label_ar(state()) + " حول الأوضاع الإقليمية";
    g.insert_document(doc);

    const size_t n = std::min(total - made, 1 + rng.below(7));
    uint32_t offset = static_cast<uint32_t>(code_points(doc.title)) + 2;
    for (size_t k = 0; k < n; ++k, ++made) {
      graph::EdgeProps p;
      p.id = "e" + std::to_string(made + 1);
      p.type = pick_type(rng);
      const std::string_view type = p.type;
      graph::Vertex s = person(), t = s;
      std::string sentence;
      if (type == "meeting" || type == "call" || type == "planned_meeting") {
        do t = counterpart(); while (t == s);
        const graph::Vertex at = place();
        if (type != "call") p.place = gr[at].id;
        sentence = type == "meeting" ? "التقى " + label_ar(s) + " مع " + label_ar(t) + " في " + label_ar(at) +
                                           " وبحث الجانبان العلاقات الثنائية وسبل تعزيزها."
                   : type == "call" ? "أجرى " + label_ar(s) + " اتصالا هاتفيا مع " + label_ar(t) +
                                          " تناول آخر التطورات في المنطقة."
                                    : "ومن المقرر أن يلتقي " + label_ar(s) + " مع " + label_ar(t) + " الأسبوع المقبل.";
      } else if (type == "visit" || type == "planned_visit") {
        t = place();
        p.place = gr[t].id;
        if (rng.chance(0.2)) p.attributes.emplace("host", gr[person()].id);
        sentence = type == "visit" ? "وصل " + label_ar(s) + " إلى " + label_ar(t) +
                                         " في زيارة رسمية يلتقي خلالها عددا من المسؤولين."
                                   : "ويعتزم " + label_ar(s) + " زيارة " + label_ar(t) + " خلال الشهر المقبل.";
      } else if (type == "statement") {
        if (!rng.chance(0.3)) t = counterpart();  // else a statement about nobody else: a loop
        const std::string quote = kQuotes[rng.below(kQuotes.size())];
        p.attributes.emplace("quote", quote);
        sentence = "وقال " + label_ar(s) + " في تصريح صحفي: «" + quote + "».";
      } else if (type == "holds_role") {
        const Portfolio& r = rng.pick(kPortfolios);
        t = pop.orgs[rng.below(pop.orgs.size())];
        p.attributes.emplace("title", r.title);
        sentence = "وقال " + std::string(r.title_ar) + " " + label_ar(s) + " إن الوزارة ماضية في خططها.";
      } else {  // located_in: base -> state; operates: state -> base
        const graph::Vertex base = pop.bases[rng.below(pop.bases.size())], st = state();
        s = type == "located_in" ? base : st;
        t = type == "located_in" ? st : base;
        sentence = "وتقع " + label_ar(base) + " في " + label_ar(st) + " وتديرها القوات الحكومية.";
      }

      // Events happen on the day of the article or shortly before (planned ones shortly after); most
      // dates are to the day, some approximate, to the month or the year, some only the article's.
      const long back = rng.chance(0.6) ? 0 : rng.chance(0.75) ? 1 + static_cast<long>(rng.below(3))
                                                                : 4 + static_cast<long>(rng.below(27));
      Date date = published.add_days(type.rfind("planned_", 0) == 0 ? back : -back);
      const double u = rng.unit();
      if (u < 0.73) {
        p.precision = DatePrecision::day;
      } else if (u < 0.81) {
        p.precision = DatePrecision::approx;
      } else if (u < 0.88) {
        p.precision = DatePrecision::month;
        date.day = 1;
      } else if (u < 0.89) {
        p.precision = DatePrecision::year;
        date.month = date.day = 1;
      } else {
        p.precision = DatePrecision::document;
        date = published;
      }
      if (!rng.chance(0.01)) p.date = date;  // a few events with no date at all

      Evidence ev;
      ev.document = doc.id;
      ev.start = offset;
      ev.end = offset + static_cast<uint32_t>(code_points(sentence));
      offset = ev.end + 1;
      ev.sentence = std::move(sentence);
      p.evidence.push_back(std::move(ev));
      g.insert_edge(s, t, std::move(p));
    }
  }
}

using Clock = std::chrono::steady_clock;

// Wall and CPU (user + system) time since a start point. The machine may be shared: CPU time is the
// steadier figure, wall time the one a user waits.
struct Stopwatch {
  Clock::time_point wall = Clock::now();
  double cpu = cpu_seconds();

  static double cpu_seconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    auto s = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6; };
    return s(u.ru_utime) + s(u.ru_stime);
  }
  double wall_s() const { return std::chrono::duration<double>(Clock::now() - wall).count(); }
  double cpu_s() const { return cpu_seconds() - cpu; }
};

long peak_rss_mb(int who) {
  rusage u{};
  getrusage(who, &u);
  return u.ru_maxrss / 1024;  // Linux reports KiB
}

void row(const char* what, double wall, double cpu, const std::string& result) {
  std::printf("  %-54s %9.3f %9.3f   %s\n", what, wall, cpu, result.c_str());
  std::fflush(stdout);
}

// Best of `repeat` runs of f() (wall and CPU minima taken separately); `result` describes the
// last run's answer.
template <class F>
void timed(const char* what, int repeat, F&& f) {
  double wall = 1e300, cpu = 1e300;
  std::string result;
  for (int i = 0; i < repeat; ++i) {
    const Stopwatch t;
    result = f();
    wall = std::min(wall, t.wall_s());
    cpu = std::min(cpu, t.cpu_s());
  }
  row(what, wall, cpu, result);
}

std::string count(size_t n, const char* unit) { return std::to_string(n) + " " + unit; }

// Generates and writes the graph; runs in the child process.
int generate_and_write(const Options& o, const fs::path& file) {
  Rng rng(o.seed);
  graph::ActorGraph g;
  const Stopwatch gen;
  const Population pop = make_nodes(g, o.nodes, rng);
  make_events(g, pop, o.events, rng);
  row("generate (insert_node / insert_edge)", gen.wall_s(), gen.cpu_s(),
      count(g.num_nodes(), "nodes, ") + count(g.num_edges(), "edges, ") + count(g.documents().size(), "documents"));

  const Stopwatch write;
  {
    std::ofstream out(file, std::ios::binary);
    if (Status st = exporters::write_graph_json(g, out); !st) {
      std::cerr << "bench: " << st.error().message() << "\n";
      return 1;
    }
    out.close();
    if (!out) {
      std::cerr << "bench: cannot write " << file << "\n";
      return 1;
    }
  }
  row("write graph.json (write_graph_json, pretty)", write.wall_s(), write.cpu_s(),
      std::to_string(fs::file_size(file) / 1'000'000) + " MB");
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    auto arg = [&](const char* name) { return std::strcmp(argv[i], name) == 0 && i + 1 < argc; };
    if (arg("--nodes")) o.nodes = std::stoul(argv[++i]);
    else if (arg("--events")) o.events = std::stoul(argv[++i]);
    else if (arg("--seed")) o.seed = std::stoull(argv[++i]);
    else if (arg("--out")) o.out = argv[++i];
    else if (arg("--repeat")) o.repeat = std::max(1, std::stoi(argv[++i]));
    else if (std::strcmp(argv[i], "--keep") == 0) o.keep = true;
    else {
      std::cerr << "usage: actorgraph_bench_graph [--nodes N] [--events N] [--seed N] [--out DIR] [--keep] [--repeat N]\n";
      return 2;
    }
  }
  if (o.nodes < 1000) {
    std::cerr << "bench: --nodes must be at least 1000\n";
    return 2;
  }
  const bool temp = o.out.empty();
  const fs::path dir = temp ? fs::temp_directory_path() / ("actorgraph-bench-" + std::to_string(getpid())) : fs::path(o.out);
  fs::create_directories(dir);
  const fs::path file = dir / "graph.json";

  std::printf("actorgraph_bench_graph: %zu nodes, %zu events, seed %" PRIu64 ", %s\n", o.nodes, o.events, o.seed,
              file.c_str());
  std::printf("  %-54s %9s %9s   %s\n", "", "wall s", "CPU s", "result");
  std::fflush(stdout);

  // Generation and writing in a child process, so that the loader's peak memory below is its own.
  const pid_t child = fork();
  if (child < 0) {
    std::perror("fork");
    return 1;
  }
  if (child == 0) {
    const int rc = generate_and_write(o, file);
    std::fflush(stdout);
    std::_Exit(rc);  // skip freeing the graph
  }
  int status = 0;
  waitpid(child, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return 1;
  std::printf("  %-54s %9ld MB\n", "peak memory, generate + write (maxrss)", peak_rss_mb(RUSAGE_CHILDREN));

  const Stopwatch load;
  Expected<graph::ActorGraph> loaded = exporters::read_graph_json(file.string());
  const double load_wall = load.wall_s(), load_cpu = load.cpu_s();
  if (!loaded) {
    std::cerr << "bench: " << loaded.error().message() << "\n";
    return 1;
  }
  const graph::ActorGraph& g = *loaded;
  row("LOAD graph.json (read_graph_json, as `query` does)", load_wall, load_cpu,
      count(g.num_nodes(), "nodes, ") + count(g.num_edges(), "edges"));
  std::printf("  %-54s %9ld MB\n", "peak memory, load (maxrss)", peak_rss_mb(RUSAGE_SELF));

  // The busiest person (most events) is the actor of the actor queries; not timed.
  const graph::Graph& gr = g.graph();
  graph::Vertex busy = 0;
  size_t busy_degree = 0;
  for (graph::Vertex v : boost::make_iterator_range(boost::vertices(gr))) {
    if (gr[v].type != EntityType::person) continue;
    const size_t d = boost::out_degree(v, gr) + boost::in_degree(v, gr);
    if (d > busy_degree) {
      busy = v;
      busy_degree = d;
    }
  }
  const std::string& busy_name = gr[busy].name_ar;
  std::printf("  busy actor: %s (%s), %zu events\n", busy_name.c_str(), gr[busy].id.c_str(), busy_degree);
  graph::Window month;
  month.from = Date{2025, 6, 1};
  month.to = Date{2025, 6, 30};
  const graph::Window all;

  // As `actorgraph query` does: the name resolved to one node first (a scan of every node's names),
  // then the query on that node.
  timed("resolve_actor <busy actor, Arabic name>", o.repeat, [&] {
    Expected<graph::Vertex> v = graph::resolve_actor(g, busy_name);
    return v ? gr[*v].id : v.error().message();
  });
  timed("met --actor <busy actor> (resolve + met)", o.repeat, [&] {
    Expected<graph::Vertex> v = graph::resolve_actor(g, busy_name);
    return count(graph::met(g, all, *v).size(), "meetings");
  });
  timed("met --from 2025-06-01 --to 2025-06-30 (everyone)", o.repeat,
        [&] { return count(graph::met(g, month).size(), "meetings"); });
  timed("timeline <busy actor> (resolve + timeline, 10 years)", o.repeat, [&] {
    Expected<graph::Vertex> v = graph::resolve_actor(g, busy_name);
    return count(graph::timeline(g, *v, all).size(), "events");
  });
  for (graph::Centrality c : {graph::Centrality::degree, graph::Centrality::betweenness, graph::Centrality::pagerank}) {
    const std::string what = "rank --by " + std::string(graph::to_string(c)) + " (one month, top 20)";
    timed(what.c_str(), o.repeat, [&] {
      const std::vector<graph::RankRow> rows = graph::rank(g, c, month, 20);
      return rows.empty() ? std::string("no actors") : "first: " + rows.front().id;
    });
  }
  timed("select() one month into a compact graph (export)", o.repeat, [&] {
    graph::Selection s;
    s.window = month;
    Expected<graph::ActorGraph> sub = graph::select(g, s);
    return count(sub->num_nodes(), "nodes, ") + count(sub->num_edges(), "edges");
  });
  {
    graph::Selection s;
    s.window = month;
    Expected<graph::ActorGraph> sub = graph::select(g, s);
    timed("rank --by betweenness on that compact copy", o.repeat, [&] {
      return count(graph::rank(*sub, graph::Centrality::betweenness, all, 20).size(), "rows");
    });
  }

  std::printf("  %-54s %9ld MB\n", "peak memory, load + queries (maxrss)", peak_rss_mb(RUSAGE_SELF));
  if (temp && !o.keep) fs::remove_all(dir);
  else std::printf("  kept %s\n", file.c_str());
  return 0;
}
