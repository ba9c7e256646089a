/**
 * The real-world word lists the generator builds on: countries and their cities, name styles,
 * international organisations, news topics and common nouns. Lists are ordered from most to
 * least newsworthy because they are sampled with Zipf's law (the first entries dominate, as
 * Ukraine, Russia and the US dominate the seed articles).
 *
 * People are never real: every person's name is generated (see world.ts), so no invented quote
 * is put in a real politician's mouth.
 */

export type NameStyle =
  | "slavic"
  | "anglo"
  | "french"
  | "german"
  | "southern"
  | "arabic"
  | "persian"
  | "turkish"
  | "hebrew"
  | "eastAsian"
  | "southAsian"
  | "african";

export interface NameStyleSpec {
  male: readonly string[];
  female: readonly string[];
  surnames: readonly string[];
  /** Endings glued to pseudo-word stems to make new surnames in this style. */
  surnameEndings: readonly string[];
}

// One entry per line is easier to scan than a wrapped table.
// prettier-ignore
export const NAME_STYLES: Record<NameStyle, NameStyleSpec> = {
  slavic: {
    male: ["Andriy", "Dmytro", "Serhiy", "Oleksandr", "Mykola", "Ihor", "Pavlo", "Yuriy", "Vladimir", "Sergey", "Dmitry", "Taras", "Bohdan", "Oleh", "Maxim", "Roman"],
    female: ["Olena", "Iryna", "Yulia", "Natalia", "Tetiana", "Oksana", "Svitlana", "Maria", "Anna", "Halyna", "Kateryna", "Viktoria"],
    surnames: ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Lysenko", "Petrov", "Ivanov", "Sokolov", "Morozov", "Volkov", "Klymenko", "Marchenko", "Kuznetsov", "Polishchuk"],
    surnameEndings: ["enko", "chuk", "yuk", "ov", "ev", "sky", "ych", "iak", "in"],
  },
  anglo: {
    male: ["John", "David", "Michael", "James", "Robert", "Steve", "Scott", "Thomas", "Daniel", "Kevin", "Mark", "Peter", "Richard", "Brian", "Paul", "Andrew"],
    female: ["Mary", "Sarah", "Emily", "Laura", "Karen", "Susan", "Rachel", "Jessica", "Helen", "Kate", "Megan", "Linda"],
    surnames: ["Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Taylor", "Clarke", "Walker", "Hughes", "Cooper", "Bennett", "Hayes", "Fisher", "Porter", "Reed"],
    surnameEndings: ["son", "ton", "ley", "ford", "wood", "er", "field", "well"],
  },
  french: {
    male: ["Jean", "Pierre", "Nicolas", "Francois", "Jean-Noel", "Olivier", "Laurent", "Thierry", "Julien", "Antoine"],
    female: ["Marie", "Claire", "Sophie", "Camille", "Isabelle", "Anne", "Elise", "Helene", "Chloe"],
    surnames: ["Martin", "Bernard", "Dubois", "Laurent", "Moreau", "Lefebvre", "Girard", "Rousseau", "Fontaine", "Mercier", "Blanchard", "Garnier"],
    surnameEndings: ["ard", "eau", "ier", "ot", "in", "ac", "et"],
  },
  german: {
    male: ["Klaus", "Johann", "Friedrich", "Markus", "Jens", "Stefan", "Wolfgang", "Jurgen", "Matthias", "Lars"],
    female: ["Petra", "Ursula", "Katrin", "Sabine", "Annalena", "Monika", "Heike", "Birgit", "Anke"],
    surnames: ["Muller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Richter", "Krause", "Neumann", "Vogel"],
    surnameEndings: ["mann", "berg", "stein", "hardt", "feld", "ke", "er", "ler"],
  },
  southern: {
    male: ["Marco", "Luca", "Carlos", "Javier", "Pedro", "Luiz", "Diego", "Alessandro", "Matteo", "Miguel", "Rafael", "Andres"],
    female: ["Giorgia", "Sofia", "Lucia", "Elena", "Ana", "Gabriela", "Isabel", "Chiara", "Marta", "Paola"],
    surnames: ["Rossi", "Bianchi", "Ferrari", "Garcia", "Martinez", "Lopez", "Silva", "Santos", "Fernandez", "Gomez", "Moretti", "Romero", "Costa", "Alvarez"],
    surnameEndings: ["ini", "etti", "ez", "ero", "ardo", "elli", "ada", "inho", "ano"],
  },
  arabic: {
    male: ["Mohammed", "Ahmed", "Omar", "Khaled", "Yousef", "Hassan", "Abdullah", "Ali", "Samir", "Faisal", "Tariq", "Mahmoud"],
    female: ["Fatima", "Layla", "Amal", "Mariam", "Nour", "Rania", "Huda", "Salma", "Yasmin"],
    surnames: ["Haddad", "Khalil", "Nasser", "Mansour", "Abbas", "Hamdan", "Saleh", "Aziz", "Rahman", "Farouk", "Darwish", "Qasim"],
    surnameEndings: ["i", "awi", "an", "ani", "ar"],
  },
  persian: {
    male: ["Abbas", "Masoud", "Mohammad", "Hossein", "Reza", "Mahmoud", "Hamid", "Javad", "Saeed"],
    female: ["Zahra", "Maryam", "Shirin", "Parisa", "Leila", "Nasrin", "Fatemeh"],
    surnames: ["Rezaei", "Ahmadi", "Hosseini", "Karimi", "Tehrani", "Moradi", "Jafari", "Rahimi", "Sadeghi"],
    surnameEndings: ["i", "ian", "zadeh", "pour", "nejad", "far"],
  },
  turkish: {
    male: ["Mehmet", "Mustafa", "Hakan", "Emre", "Murat", "Ahmet", "Kemal", "Burak", "Selim"],
    female: ["Ayse", "Elif", "Zeynep", "Fatma", "Emine", "Derya", "Esra"],
    surnames: ["Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Ozturk", "Aydin", "Arslan", "Dogan", "Kilic"],
    surnameEndings: ["oglu", "er", "can", "han", "soy", "dag"],
  },
  hebrew: {
    male: ["Yosef", "Avi", "Gideon", "Eli", "Moshe", "Yair", "Amir", "Itai", "Doron"],
    female: ["Noa", "Tamar", "Yael", "Michal", "Shira", "Orly", "Dana"],
    surnames: ["Katz", "Cohen", "Levi", "Mizrahi", "Peretz", "Friedman", "Shapiro", "Biton", "Dahan", "Azoulay"],
    surnameEndings: ["son", "man", "ov", "el", "i", "baum"],
  },
  eastAsian: {
    male: ["Wei", "Hiroshi", "Min-jun", "Takeshi", "Jun", "Haruto", "Xiaoming", "Kenji", "Jae-won", "Minh", "Hao"],
    female: ["Li", "Yuki", "Ji-woo", "Mei", "Seo-yeon", "Anh", "Aiko", "Xiu", "Hana"],
    surnames: ["Wang", "Zhang", "Chen", "Liu", "Tanaka", "Suzuki", "Sato", "Kim", "Park", "Lee", "Nguyen", "Tran", "Huang", "Yamamoto"],
    surnameEndings: ["moto", "yama", "ta", "da", "ng", "an", "mura"],
  },
  southAsian: {
    male: ["Rahul", "Amit", "Imran", "Arjun", "Vikram", "Shehbaz", "Sanjay", "Bilal", "Ravi", "Asif"],
    female: ["Priya", "Sunita", "Ayesha", "Kavita", "Nadia", "Anjali", "Sana", "Deepa"],
    surnames: ["Sharma", "Patel", "Singh", "Khan", "Gupta", "Reddy", "Iyer", "Qureshi", "Chaudhry", "Malik", "Mehta", "Joshi"],
    surnameEndings: ["wal", "ani", "esh", "ari", "ra", "pur"],
  },
  african: {
    male: ["Cyril", "Kwame", "William", "Bola", "Abiy", "Tunde", "Thabo", "Samuel", "Joseph", "Emeka", "Moses"],
    female: ["Amina", "Ngozi", "Grace", "Wanjiru", "Chinwe", "Zanele", "Aisha", "Esther", "Nomvula"],
    surnames: ["Okafor", "Mensah", "Kamau", "Odhiambo", "Abebe", "Adeyemi", "Nkosi", "Mwangi", "Otieno", "Bello", "Osei", "Dlamini"],
    surnameEndings: ["e", "wa", "ola", "ani", "ba", "o", "ye"],
  },
};

/** Titles of a country's cabinet; each country has exactly one holder of each (see world.ts). */
export interface CabinetTitles {
  leader: string;
  foreign: string;
  defence: string;
  economy: string;
  finance: string;
  energy: string;
  interior: string;
  spokesperson: string;
}

const DEFAULT_CABINET: CabinetTitles = {
  leader: "President",
  foreign: "Foreign Minister",
  defence: "Defence Minister",
  economy: "Economy Minister",
  finance: "Finance Minister",
  energy: "Energy Minister",
  interior: "Interior Minister",
  spokesperson: "government spokesman",
};

export interface CountrySpec {
  name: string;
  adj: string;
  poss: string;
  capital: string;
  cities: readonly string[];
  style: NameStyle;
  /** Endings for generated town names: "-ivka" in Ukraine, "-dorf" in Germany. */
  townEndings: readonly string[];
  region: string;
  rivals?: readonly string[];
  cabinet?: Partial<CabinetTitles>;
}

// Deliberately without Canada, Australia, New Zealand, Norway or Portugal: the "not in the
// articles" questions ask about them.
// One entry per line is easier to scan than a wrapped table.
// prettier-ignore
export const COUNTRIES: readonly CountrySpec[] = [
  { name: "Ukraine", adj: "Ukrainian", poss: "Ukraine's", capital: "Kyiv", cities: ["Kharkiv", "Odesa", "Sumy", "Dnipro", "Lviv", "Zaporizhzhia", "Kryvyi Rih", "Kherson", "Mykolaiv", "Poltava", "Chernihiv", "Vinnytsia"], style: "slavic", townEndings: ["ivka", "horod", "pil", "ske", "ivtsi"], region: "Europe", rivals: ["Russia"] },
  { name: "Russia", adj: "Russian", poss: "Russia's", capital: "Moscow", cities: ["St Petersburg", "Belgorod", "Kursk", "Rostov-on-Don", "Bryansk", "Kazan", "Voronezh", "Novosibirsk"], style: "slavic", townEndings: ["sk", "ovo", "grad", "insk"], region: "Europe", rivals: ["Ukraine"], cabinet: { spokesperson: "Kremlin spokesman" } },
  { name: "the United States", adj: "US", poss: "America's", capital: "Washington", cities: ["New York", "Chicago", "Houston", "Miami", "Atlanta", "Boston", "Seattle", "Denver"], style: "anglo", townEndings: ["ville", "ton", " Springs", "burg"], region: "North America", rivals: ["Russia", "China", "Iran"], cabinet: { foreign: "Secretary of State", defence: "Defense Secretary", economy: "Commerce Secretary", finance: "Treasury Secretary", energy: "Energy Secretary", interior: "Homeland Security Secretary", spokesperson: "White House spokeswoman" } },
  { name: "France", adj: "French", poss: "France's", capital: "Paris", cities: ["Marseille", "Lyon", "Toulouse", "Nice", "Bordeaux", "Strasbourg", "Lille"], style: "french", townEndings: ["ville", "court", "mont", "ac"], region: "Europe" },
  { name: "Britain", adj: "British", poss: "Britain's", capital: "London", cities: ["Manchester", "Birmingham", "Glasgow", "Liverpool", "Leeds", "Bristol"], style: "anglo", townEndings: ["ton", "ford", "bury", "ham", "wick"], region: "Europe", cabinet: { leader: "Prime Minister", foreign: "Foreign Secretary", defence: "Defence Secretary", finance: "Chancellor", spokesperson: "Downing Street spokesman" } },
  { name: "Germany", adj: "German", poss: "Germany's", capital: "Berlin", cities: ["Munich", "Hamburg", "Frankfurt", "Cologne", "Stuttgart", "Dresden"], style: "german", townEndings: ["dorf", "burg", "hausen", "stadt"], region: "Europe", cabinet: { leader: "Chancellor" } },
  { name: "Israel", adj: "Israeli", poss: "Israel's", capital: "Jerusalem", cities: ["Tel Aviv", "Haifa", "Ashkelon", "Beersheba", "Eilat"], style: "hebrew", townEndings: ["ya", "on", "im", "ot"], region: "the Middle East", rivals: ["Iran", "Lebanon", "Syria"], cabinet: { leader: "Prime Minister" } },
  { name: "Iran", adj: "Iranian", poss: "Iran's", capital: "Tehran", cities: ["Isfahan", "Mashhad", "Tabriz", "Shiraz", "Natanz", "Bushehr"], style: "persian", townEndings: ["abad", "shahr", "an"], region: "the Middle East", rivals: ["Israel", "the United States"] },
  { name: "Poland", adj: "Polish", poss: "Poland's", capital: "Warsaw", cities: ["Krakow", "Gdansk", "Wroclaw", "Lublin", "Rzeszow", "Poznan"], style: "slavic", townEndings: ["owo", "ice", "ow", "no"], region: "Europe", cabinet: { leader: "Prime Minister" } },
  { name: "Turkey", adj: "Turkish", poss: "Turkey's", capital: "Ankara", cities: ["Istanbul", "Izmir", "Antalya", "Gaziantep", "Bursa"], style: "turkish", townEndings: ["li", "kent", "kale", "koy"], region: "the Middle East" },
  { name: "Italy", adj: "Italian", poss: "Italy's", capital: "Rome", cities: ["Milan", "Naples", "Turin", "Florence", "Genoa", "Bologna"], style: "southern", townEndings: ["ano", "ello", "ina", "ese"], region: "Europe", cabinet: { leader: "Prime Minister" } },
  { name: "China", adj: "Chinese", poss: "China's", capital: "Beijing", cities: ["Shanghai", "Guangzhou", "Shenzhen", "Wuhan", "Chengdu", "Tianjin"], style: "eastAsian", townEndings: ["zhou", "an", "ning", "yang"], region: "Asia", rivals: ["the United States", "Japan"] },
  { name: "Saudi Arabia", adj: "Saudi", poss: "Saudi Arabia's", capital: "Riyadh", cities: ["Jeddah", "Dammam", "Mecca", "Medina"], style: "arabic", townEndings: ["iyah", "an", "ah"], region: "the Middle East", cabinet: { leader: "Crown Prince" } },
  { name: "Qatar", adj: "Qatari", poss: "Qatar's", capital: "Doha", cities: ["Al Rayyan", "Al Wakrah", "Lusail"], style: "arabic", townEndings: ["iyah", "ah"], region: "the Middle East", cabinet: { leader: "Emir" } },
  { name: "Egypt", adj: "Egyptian", poss: "Egypt's", capital: "Cairo", cities: ["Alexandria", "Giza", "Port Said", "Suez", "Aswan"], style: "arabic", townEndings: ["iyah", "an", "ah"], region: "the Middle East" },
  { name: "Syria", adj: "Syrian", poss: "Syria's", capital: "Damascus", cities: ["Aleppo", "Homs", "Latakia", "Idlib", "Deir ez-Zor"], style: "arabic", townEndings: ["iyah", "an", "ah"], region: "the Middle East", rivals: ["Israel"] },
  { name: "Lebanon", adj: "Lebanese", poss: "Lebanon's", capital: "Beirut", cities: ["Tripoli", "Sidon", "Tyre", "Baalbek"], style: "arabic", townEndings: ["iyah", "a"], region: "the Middle East", rivals: ["Israel"] },
  { name: "Oman", adj: "Omani", poss: "Oman's", capital: "Muscat", cities: ["Salalah", "Sohar", "Nizwa"], style: "arabic", townEndings: ["ah", "an"], region: "the Middle East", cabinet: { leader: "Sultan" } },
  { name: "India", adj: "Indian", poss: "India's", capital: "New Delhi", cities: ["Mumbai", "Kolkata", "Chennai", "Bengaluru", "Srinagar"], style: "southAsian", townEndings: ["pur", "abad", "garh", "nagar"], region: "Asia", rivals: ["Pakistan"], cabinet: { leader: "Prime Minister" } },
  { name: "Pakistan", adj: "Pakistani", poss: "Pakistan's", capital: "Islamabad", cities: ["Karachi", "Lahore", "Peshawar", "Quetta"], style: "southAsian", townEndings: ["pur", "abad", "kot"], region: "Asia", rivals: ["India"], cabinet: { leader: "Prime Minister" } },
  { name: "Japan", adj: "Japanese", poss: "Japan's", capital: "Tokyo", cities: ["Osaka", "Yokohama", "Nagoya", "Sapporo", "Fukuoka"], style: "eastAsian", townEndings: ["shima", "saki", "kawa", "hara"], region: "Asia", cabinet: { leader: "Prime Minister", spokesperson: "chief cabinet secretary" } },
  { name: "Hungary", adj: "Hungarian", poss: "Hungary's", capital: "Budapest", cities: ["Debrecen", "Szeged", "Pecs", "Gyor"], style: "german", townEndings: ["var", "falva", "haza"], region: "Europe", cabinet: { leader: "Prime Minister" } },
  { name: "Sudan", adj: "Sudanese", poss: "Sudan's", capital: "Khartoum", cities: ["Port Sudan", "Omdurman", "El Fasher", "Kassala"], style: "arabic", townEndings: ["ab", "iyah"], region: "Africa", cabinet: { leader: "army chief" } },
  { name: "Armenia", adj: "Armenian", poss: "Armenia's", capital: "Yerevan", cities: ["Gyumri", "Vanadzor", "Goris"], style: "slavic", townEndings: ["ashen", "avan", "ian"], region: "the Caucasus", rivals: ["Azerbaijan"], cabinet: { leader: "Prime Minister" } },
  { name: "Azerbaijan", adj: "Azerbaijani", poss: "Azerbaijan's", capital: "Baku", cities: ["Ganja", "Sumgait", "Shusha"], style: "turkish", townEndings: ["li", "abad", "kend"], region: "the Caucasus", rivals: ["Armenia"] },
  { name: "Brazil", adj: "Brazilian", poss: "Brazil's", capital: "Brasilia", cities: ["Sao Paulo", "Rio de Janeiro", "Salvador", "Recife", "Manaus"], style: "southern", townEndings: ["opolis", "inha", "ense"], region: "Latin America" },
  { name: "South Africa", adj: "South African", poss: "South Africa's", capital: "Pretoria", cities: ["Johannesburg", "Cape Town", "Durban", "Soweto"], style: "african", townEndings: ["ville", "fontein", "burg"], region: "Africa" },
  { name: "Nigeria", adj: "Nigerian", poss: "Nigeria's", capital: "Abuja", cities: ["Lagos", "Kano", "Ibadan", "Port Harcourt", "Maiduguri"], style: "african", townEndings: ["wa", "ri", "ola"], region: "Africa" },
  { name: "Kenya", adj: "Kenyan", poss: "Kenya's", capital: "Nairobi", cities: ["Mombasa", "Kisumu", "Nakuru", "Eldoret"], style: "african", townEndings: ["ni", "wa", "ru"], region: "Africa" },
  { name: "Ethiopia", adj: "Ethiopian", poss: "Ethiopia's", capital: "Addis Ababa", cities: ["Mekelle", "Gondar", "Bahir Dar", "Dire Dawa"], style: "african", townEndings: ["a", "e", "ot"], region: "Africa", cabinet: { leader: "Prime Minister" } },
  { name: "Moldova", adj: "Moldovan", poss: "Moldova's", capital: "Chisinau", cities: ["Balti", "Tiraspol", "Cahul"], style: "slavic", townEndings: ["eni", "esti", "ani"], region: "Europe" },
  { name: "Georgia", adj: "Georgian", poss: "Georgia's", capital: "Tbilisi", cities: ["Batumi", "Kutaisi", "Gori"], style: "slavic", townEndings: ["eti", "uri", "ani"], region: "the Caucasus", cabinet: { leader: "Prime Minister" } },
  { name: "Romania", adj: "Romanian", poss: "Romania's", capital: "Bucharest", cities: ["Cluj-Napoca", "Constanta", "Iasi", "Timisoara"], style: "southern", townEndings: ["esti", "eni", "ita"], region: "Europe" },
  { name: "Spain", adj: "Spanish", poss: "Spain's", capital: "Madrid", cities: ["Barcelona", "Valencia", "Seville", "Bilbao"], style: "southern", townEndings: ["illa", "ejo", "ares"], region: "Europe", cabinet: { leader: "Prime Minister" } },
  { name: "Greece", adj: "Greek", poss: "Greece's", capital: "Athens", cities: ["Thessaloniki", "Patras", "Heraklion"], style: "southern", townEndings: ["polis", "ia", "os"], region: "Europe", cabinet: { leader: "Prime Minister" } },
  { name: "South Korea", adj: "South Korean", poss: "South Korea's", capital: "Seoul", cities: ["Busan", "Incheon", "Daegu", "Gwangju"], style: "eastAsian", townEndings: ["do", "ju", "san"], region: "Asia" },
  { name: "Indonesia", adj: "Indonesian", poss: "Indonesia's", capital: "Jakarta", cities: ["Surabaya", "Bandung", "Medan", "Makassar"], style: "eastAsian", townEndings: ["ang", "ari", "ung"], region: "Asia" },
  { name: "Mexico", adj: "Mexican", poss: "Mexico's", capital: "Mexico City", cities: ["Guadalajara", "Monterrey", "Tijuana", "Puebla"], style: "southern", townEndings: ["ango", "illo", "tlan"], region: "Latin America" },
  { name: "Argentina", adj: "Argentine", poss: "Argentina's", capital: "Buenos Aires", cities: ["Cordoba", "Rosario", "Mendoza"], style: "southern", townEndings: ["ada", "ales", "ino"], region: "Latin America" },
  { name: "Switzerland", adj: "Swiss", poss: "Switzerland's", capital: "Bern", cities: ["Geneva", "Zurich", "Basel", "Lausanne"], style: "german", townEndings: ["wil", "dorf", "berg"], region: "Europe" },
];

export function resolveCabinet(spec: CountrySpec): CabinetTitles {
  return { ...DEFAULT_CABINET, ...spec.cabinet };
}

export interface Topic {
  /** Title-case noun phrase for headlines and headings: "Minerals Deal". */
  headline: string;
  /** "minerals talks" */
  talks: string;
  /** "a minerals deal" */
  deal: string;
  /** "the minerals deal" */
  theDeal: string;
  /** What it is for: "securing access to strategic minerals". */
  goal: string;
  /** "negotiating a minerals agreement" */
  effort: string;
  /** Related nouns sprinkled through the article. */
  words: readonly string[];
  /** For topics about disasters rather than fighting: how people died. */
  disaster?: string;
  /** `theDeal` is plural ("the security guarantees"): "Were … discussed?". */
  plural?: boolean;
}

/** "the proposed minerals deal": something one can sign, reject or finalise. */
export function proposed(topic: Topic): string {
  return `the proposed ${topic.deal.replace(/^an? /u, "")}`;
}

// One entry per line is easier to scan than a wrapped table.
// prettier-ignore
export const TOPICS: readonly Topic[] = [
  { headline: "Ceasefire", talks: "ceasefire talks", deal: "a comprehensive ceasefire", theDeal: "the ceasefire proposal", goal: "ending the war", effort: "trying to secure a ceasefire", words: ["truce", "front line", "monitors", "withdrawal", "buffer zone"] },
  { headline: "Peace Plan", talks: "peace talks", deal: "a peace agreement", theDeal: "the peace plan", goal: "securing a just and lasting peace", effort: "brokering a peace deal", words: ["guarantees", "concessions", "outlines", "framework", "mediators"] },
  { headline: "Minerals Deal", talks: "minerals talks", deal: "a minerals deal", theDeal: "the minerals deal", goal: "securing access to strategic minerals", effort: "negotiating a minerals agreement", words: ["royalties", "mining", "rare earths", "lithium", "investment fund"] },
  { headline: "Sanctions", talks: "talks on sanctions", deal: "a new sanctions package", theDeal: "the sanctions package", goal: "tightening economic pressure", effort: "pushing for new sanctions", words: ["frozen assets", "oil price cap", "banks", "exports", "tankers"] },
  { headline: "Security Guarantees", talks: "talks on security guarantees", deal: "a security pact", theDeal: "the security guarantees", goal: "deterring future attacks", effort: "drafting security guarantees", words: ["troops", "contingent", "air defence", "deterrence", "treaty"], plural: true },
  { headline: "Nuclear Talks", talks: "nuclear talks", deal: "a nuclear agreement", theDeal: "the nuclear programme", goal: "limiting uranium enrichment", effort: "reviving the nuclear deal", words: ["enrichment", "inspectors", "centrifuges", "uranium", "stockpile"] },
  { headline: "Humanitarian Aid", talks: "talks on humanitarian aid", deal: "an aid corridor", theDeal: "the aid blockade", goal: "getting humanitarian aid to civilians", effort: "restoring aid deliveries", words: ["convoys", "food", "medicine", "crossings", "trucks"] },
  { headline: "Arms Supplies", talks: "talks on arms supplies", deal: "an arms package", theDeal: "the arms package", goal: "supplying air defence systems", effort: "delivering weapons", words: ["missiles", "ammunition", "drones", "tanks", "air defence"] },
  { headline: "Prisoner Swap", talks: "talks on a prisoner exchange", deal: "a prisoner swap", theDeal: "the prisoner exchange", goal: "bringing prisoners of war home", effort: "arranging a prisoner swap", words: ["captives", "detainees", "lists", "mediators", "bodies"] },
  { headline: "Grain Exports", talks: "grain talks", deal: "a grain export deal", theDeal: "the grain corridor", goal: "reopening Black Sea shipping", effort: "reviving grain exports", words: ["wheat", "ports", "shipping", "insurance", "harvest"] },
  { headline: "Energy Deal", talks: "energy talks", deal: "a gas transit deal", theDeal: "the gas pipeline", goal: "securing winter energy supplies", effort: "negotiating gas transit", words: ["pipeline", "gas", "power grid", "storage", "blackouts"] },
  { headline: "Hostage Deal", talks: "hostage talks", deal: "a hostage release deal", theDeal: "the hostage deal", goal: "freeing the remaining hostages", effort: "mediating a hostage release", words: ["captives", "mediators", "truce", "lists", "families"] },
  { headline: "Reconstruction", talks: "talks on reconstruction", deal: "a reconstruction fund", theDeal: "the reconstruction fund", goal: "rebuilding damaged cities", effort: "financing reconstruction", words: ["housing", "bridges", "loans", "donors", "contractors"] },
  { headline: "Trade Talks", talks: "trade talks", deal: "a trade agreement", theDeal: "the tariff dispute", goal: "lowering tariffs", effort: "resolving the tariff dispute", words: ["tariffs", "quotas", "steel", "exports", "duties"] },
  { headline: "Peacekeeping", talks: "talks on a peacekeeping mission", deal: "a peacekeeping force", theDeal: "the proposed reassurance force", goal: "securing the ceasefire line", effort: "assembling a multinational force", words: ["contingent", "troops", "mandate", "monitors", "patrols"] },
  { headline: "Border Dispute", talks: "border talks", deal: "a border agreement", theDeal: "the border dispute", goal: "settling the border dispute", effort: "demarcating the border", words: ["checkpoints", "crossings", "patrols", "enclaves", "villages"] },
  { headline: "Debt Deal", talks: "debt talks", deal: "a debt restructuring deal", theDeal: "the bailout loan", goal: "restructuring foreign debt", effort: "negotiating a bailout", words: ["bonds", "creditors", "reserves", "inflation", "budget"] },
  { headline: "Election", talks: "talks on the election timetable", deal: "an election date", theDeal: "the disputed election", goal: "holding a free and fair vote", effort: "organising elections", words: ["ballots", "turnout", "observers", "candidates", "recount"] },
  { headline: "Refugees", talks: "talks on refugees", deal: "a refugee resettlement plan", theDeal: "the refugee crisis", goal: "resettling displaced families", effort: "coordinating refugee returns", words: ["camps", "shelters", "asylum", "returns", "visas"] },
  { headline: "Water Dispute", talks: "water talks", deal: "a water-sharing agreement", theDeal: "the dam dispute", goal: "sharing the river's water", effort: "negotiating water rights", words: ["dam", "reservoir", "irrigation", "drought", "river"] },
  { headline: "Budget", talks: "budget talks", deal: "a budget compromise", theDeal: "the draft budget", goal: "closing the budget gap", effort: "negotiating the budget", words: ["spending", "taxes", "deficit", "pensions", "subsidies"] },
  { headline: "Flood Relief", talks: "talks on flood relief", deal: "a flood relief package", theDeal: "the flood relief effort", goal: "rebuilding flooded villages", effort: "funding flood relief", words: ["dams", "levees", "rainfall", "evacuations", "crops"], disaster: "floods swept through" },
  { headline: "Cyber Attack", talks: "talks on cyber security", deal: "a cyber security pact", theDeal: "the cyber attack", goal: "protecting critical infrastructure", effort: "investigating the cyber attack", words: ["hackers", "servers", "outages", "malware", "networks"] },
  { headline: "Earthquake Relief", talks: "talks on earthquake relief", deal: "an earthquake relief fund", theDeal: "the relief operation", goal: "sheltering survivors", effort: "coordinating rescue teams", words: ["rubble", "aftershocks", "tents", "rescuers", "survivors"], disaster: "an earthquake struck" },
  { headline: "Corruption Probe", talks: "talks on anti-corruption reforms", deal: "an anti-corruption law", theDeal: "the corruption probe", goal: "cleaning up public procurement", effort: "investigating corruption", words: ["bribes", "procurement", "prosecutors", "auditors", "tenders"] },
];

/** International bodies, most cited first. */
export const INTERNATIONAL_ORGS: readonly string[] = [
  "the United Nations",
  "NATO",
  "the European Union",
  "the International Monetary Fund",
  "the World Bank",
  "the Red Cross",
  "Doctors Without Borders",
  "Amnesty International",
  "Human Rights Watch",
  "the International Atomic Energy Agency",
  "the World Health Organization",
  "the OSCE",
  "the African Union",
  "the World Food Programme",
  "the UN refugee agency",
  "the Council of Europe",
  "the Arab League",
  "the G7",
];

/** News agencies that "reported" or were "told" things; they only ever carry generated events. */
export const OUTLETS: readonly string[] = [
  "AFP",
  "Reuters",
  "the Associated Press",
  "Bloomberg News",
  "state media",
  "local media",
  "the BBC",
  "Al Jazeera",
  "Interfax",
  "Ukrinform",
  "Anadolu",
  "Kyodo",
  "Xinhua",
];

/** Endings that turn a pseudo-word into an organisation: "the Vorelan Institute". */
export const ORG_PATTERNS: readonly ((stem: string) => string)[] = [
  (stem) => `the ${stem} Institute`,
  (stem) => `the ${stem} Foundation`,
  (stem) => `${stem} Group`,
  (stem) => `${stem} Bank`,
  (stem) => `the ${stem} Centre for Strategic Studies`,
  (stem) => `${stem} Energy`,
  (stem) => `the ${stem} Council`,
  (stem) => `${stem} Analytics`,
  (stem) => `the ${stem} Research Centre`,
  (stem) => `${stem} University`,
];

/**
 * The head of the common-noun vocabulary (ranks 0..n); ranks past the end become pseudo-words.
 * These fill "the ___ plant", "___ exports" slots.
 */
// prettier-ignore
export const COMMON_NOUNS: readonly string[] = [
  "energy", "steel", "grain", "railway", "port", "bridge", "fuel", "power", "water", "gas", "oil", "housing",
  "defence", "border", "farm", "airport", "hospital", "school", "fertiliser", "coal", "transport", "shipping",
  "mining", "chemical", "textile", "electricity", "road", "pipeline", "telecoms", "banking", "tourism", "cement",
  "timber", "copper", "lithium", "nickel", "uranium", "titanium", "aluminium", "wheat", "corn", "sunflower",
  "dairy", "fishing", "software", "drone", "ammunition", "vehicle", "tank", "artillery", "radar", "satellite",
  "logistics", "warehouse", "substation", "reservoir", "dam", "refinery", "harbour", "tunnel", "canal", "market",
  "pharmaceutical", "vaccine", "insurance", "construction", "concrete", "glass", "paper", "plastics", "rubber",
  "furniture", "shipyard", "aviation", "helicopter", "missile", "microchip", "semiconductor", "battery", "solar",
  "wind", "nuclear", "hydro", "heating", "sewage", "irrigation", "livestock", "poultry", "tobacco", "sugar",
  "coffee", "cotton", "wool", "leather", "gold", "silver", "diamond", "graphite", "cobalt", "manganese",
  "zinc", "tin", "iron", "potash", "phosphate", "salt", "sand", "gravel", "granite", "marble", "clay",
  "ceramics", "printing", "broadcasting", "postal", "customs", "tax", "pension", "welfare", "childcare",
  "ambulance", "fire", "police", "prison", "court", "parliament", "museum", "stadium", "library", "theatre",
  "cathedral", "monastery", "cemetery", "orchard", "vineyard", "forest", "wetland", "coastline", "island",
  "glacier", "volcano", "desert", "oasis", "steppe", "valley", "plateau", "delta", "estuary", "lagoon",
];

/** Site furniture found at the end of scraped pages (the seeds end with some of these). */
export const BOILERPLATE_LINES: readonly string[] = [
  "Post a Comment",
  "Previous Post Next Post",
  "Follow us on X, Facebook and Telegram for interesting and mysterious bonus content!",
  "To Donate to {site} 👉 Click Here.",
  "Contact form",
  "Share this article",
  "Read more",
  "Subscribe to our newsletter for daily updates",
  "© 2025 {site}. All rights reserved.",
  "Related Posts",
  "Sign up for the morning briefing",
];

export const SITES: readonly string[] = [
  "Planet-Today.example",
  "WorldWire.example",
  "DailyBrief.example",
  "NewsDesk.example",
  "GlobeNow.example",
];

export const LINK_DOMAINS: readonly string[] = [
  "www.example.org",
  "news.example.com",
  "www.example.net",
  "example.co.uk",
  "world.example.info",
];

export const WEAPONS: readonly string[] = [
  "missiles",
  "drones",
  "ballistic missiles",
  "glide bombs",
  "artillery shells",
  "rockets",
  "cluster munitions",
  "cruise missiles",
];

export const REGION_WORDS: readonly string[] = [
  "northern",
  "southern",
  "eastern",
  "western",
  "north-eastern",
  "south-eastern",
  "north-western",
  "south-western",
  "central",
];

export const NUMBER_WORDS: readonly string[] = [
  "no",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
];

export const ORDINALS: readonly string[] = [
  "",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
];

export const WEEKDAYS: readonly string[] = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
];

export const MONTHS: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Questions whose answers are in no generated article (the bot should say it does not know). */
export const OFF_TOPIC_QUESTIONS: readonly string[] = [
  "What is the population of Canada?",
  "What is the capital of Australia?",
  "Who won the 2018 World Cup?",
  "How tall is Mount Everest?",
  "What is the boiling point of water at sea level?",
  "Who wrote War and Peace?",
  "When did the Berlin Wall fall?",
  "What is the speed of light?",
  "How many moons does Jupiter have?",
  "Who painted the Mona Lisa?",
  "How do I reset my router?",
  "What will the weather be like in Lisbon tomorrow?",
  "Who is the prime minister of New Zealand?",
  "What is the GDP of Norway?",
  "When is the next solar eclipse?",
  "How long is the Amazon river?",
  "Who invented the telephone?",
  "What are the symptoms of the flu?",
  "Which team won the last Super Bowl?",
  "How do you bake sourdough bread?",
  "What does DNA stand for?",
  "What is the tallest building in the world?",
  "Who founded Portugal's first university?",
  "What is the best programming language for beginners?",
];
