import { englishWordForms, englishWords, type CedictIndex } from './cedict-index.ts';
import type { GlossaryEntry } from './glossary.ts';
import { normalizeText } from './normalize-text.ts';
import { englishMonthNames, stopWords } from './translate-question.ts';

/**
 * English words of a question that the documents do not cover: neither a glossary term containing the word nor
 * any dictionary sense of it appears in the documents. "mayor" (市长) and "advertising" (广告) are uncovered;
 * words that only shape the question (plan, target, worth, cap) are not content and never count.
 */
const questionWords = new Set([
  ...stopWords,
  // Joining words and plain verbs of reporting: they link the question's parts and name nothing.
  ...`but however though although whereas while because since unless then thus therefore anyway instead rather
  across throughout among amongst within via during upon onto into toward towards beyond
  latest newest recent right
  look looks looking looked see sees seeing saw read reads reading regarding concerning
  says say said saying tells told went gone goes go going came come comes seems seemed shows showed shown states stated
  this that these those each every
  other another more most less least same such only also just very still yet ever even much many few several both either
  neither plan plans planned planning aim aims aimed target targets targeted goal goals expect expected set sets budget
  budgets budgeted budgeting spend spends spent spending cost costs costing worth value valued amount amounts total
  totals sum figure figures number numbers count much money cash fund funds funding funded pay pays paid allocate allocated
  allocation allocations arrange arranged earmark earmarked cap caps capped ceiling limit limits maximum minimum max min
  least most average mean per rate rates ratio share percentage percent proportion level levels year years annual
  annually yearly month current this next last previous prior compared compare comparison change changes changed increase
  increased decrease decreased rise fall drop higher lower larger smaller bigger more less than over under above below
  up down between against versus vs list lists include includes including included consist consists made make makes
  kind kinds type types item items part parts category categories main major key big small large high low new old
  unit units department departments office bureau bureaus agency agencies government governments city district street
  disclosure disclosures document documents report reports entry entries glossary glossaries publish published show shows shown state states stated
  say says said mention mentioned describe described explain mean means meaning define definition counts count counted
  keep keeps kept hire hires hired employ employed staff use used uses using need needs needed provide provided
  receive received handle handled handles deal dealt cover covers covered covering go goes going went come comes
  happen happens work works working day days daily per-day time times much long often reach reached achieve achieved
  ensure ensured maintain maintained run runs running operate operated operating carry carried book books listed
  record records recorded on-book roughly approximately about around exactly overall whole entire entirely altogether
  yuan rmb one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion square metre metres meter meters sqm people person persons combined
  together jointly separately respectively set aside reserve reserved earmark plan contribution contributions
  payment payments pot pots pool kitty bucket out off away hand hands handed handing seem never seen heard
  refer refers referred stand stands decimal decimals place places rounded rounding round enquiry enquiries query queries judging judge judged
  almost nearly roughly about around some just over under right wrong true false blogger bloggers blog post posts poster social media weibo wechat paper papers newspaper newspapers local reported reporter reporters hear hears rumour rumor rumours rumors claim claims
  claimed someone somebody neighbour neighbours neighbor neighbors friend friends online plain terms simply imply implies implied suggest suggests mean means rose risen rises rising grew grown grows growing fell fallen falls falling dropped drops dropping climbed jumped slipped shrank shrunk municipal municipality provincial prefectural county local central national citywide districtwide
  could would please tell know like want wondering promise promises promised pledge pledges commit commits committed
  date dates deadline channel channels way ways means reach reached method methods basis based document number
  earlier before previously formerly notes note explanatory explanation explanations according accordance owned owns own listed list lists exactly specifically actually really
  exact precise accurate correct official confirm confirmed verify verified check checked fact facts far apart actual real
  lot lots quote quoted quotes too stuff thing things understand understood shot soared surged ballooned spiked plunged plummeted exceed exceeds exceeded exceeding outstrip outstrips surpass surpasses term word words phrase phrases expression expressions wording label labels itself themselves press reply replies media journalist journalists statement article story inquiry enquiry
  before after since until prior question questions answer answers written draft drafting she he her him his hers stuck jargon terminology here sits sit sitting falls fall classed classified native speaker speakers english chinese translation translate back backwards derive derived deriving year-on-year year-over-year yoy
  description descriptions briefing briefings summary summaries overview writeup write-up
  already still remember remembered recall recalled volunteer volunteers volunteering elsewhere somewhere anywhere everywhere
  spread spreads spreading divide divides divided dividing split splits splitting evenly equally
  relative relatively attribution attributable attributed record broken break breaks breakdown breakdowns itemised itemized
  nothing zero none nil`.split(/\s+/),
  // Dates and frequency say when, not what: "as of 31 August 2023", "what does it usually spend".
  ...englishMonthNames,
  ...`monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow yesterday now
  currently recently lately usually normally typically generally regularly ordinarily mostly end beginning start
  early late middle mid first second third fourth fifth half`.split(/\s+/),
  // Greetings and fillers open or close a question and name nothing: "Hey, how much…", "Hi there, quick question".
  ...`hey hi hello hiya yo dear sir madam greetings thanks thank thx cheers sorry excuse pardon ok okay alright so well
  um uh erm hmm quick curious wonder wondered ask asking asked there folks guys`.split(/\s+/),
]);

/** Words of government units' English names: a capitalised pair with one of them names a unit, not a topic. */
const unitNameWords = new Set(
  `government office offices district street subdistrict bureau commission committee department city people petition
  petitions commerce municipal council centre center affairs general public security administration province county
  town township village party standing`.split(/\s+/),
);

/**
 * English word -> the glossary entries whose phrases contain it, built once per glossary (not per question); with
 * `forms`, each glossary word is filed under its other forms too (cleaners under cleaner).
 */
const entriesByWordCache = new WeakMap<GlossaryEntry[], Map<string, GlossaryEntry[]>>();
const entriesByFormCache = new WeakMap<GlossaryEntry[], Map<string, GlossaryEntry[]>>();
function entriesByWord(glossary: GlossaryEntry[], forms?: (word: string) => string[]): Map<string, GlossaryEntry[]> {
  const cache = forms ? entriesByFormCache : entriesByWordCache;
  let index = cache.get(glossary);
  if (!index) {
    index = new Map();
    for (const entry of glossary) {
      const words = entry.en.flatMap((phrase) => englishWords(phrase));
      for (const word of new Set(forms ? words.flatMap(forms) : words)) index.set(word, [...(index.get(word) ?? []), entry]);
    }
    cache.set(glossary, index);
  }
  return index;
}

const phrasesCache = new WeakMap<GlossaryEntry[], Array<{ phrase: string; entry: GlossaryEntry }>>();

/**
 * The glossary's English phrases of two words or more that name a cost item (its term ends in 费), none of their words
 * an asking word ("set aside", "budget income" name no item), as word runs with their entries; built once per glossary.
 */
function costItemPhrases(glossary: GlossaryEntry[]): Array<{ phrase: string; entry: GlossaryEntry }> {
  let phrases = phrasesCache.get(glossary);
  if (!phrases) {
    phrases = glossary
      .filter((entry) => /费(?:用)?$/u.test(entry.zh))
      .flatMap((entry) => entry.en.map((english) => ({ phrase: englishWords(english).join(' '), entry })))
      .filter(({ phrase }) => phrase.includes(' ') && phrase.split(' ').every((word) => !questionWords.has(word) && !stopWords.has(word)));
    phrasesCache.set(glossary, phrases);
  }
  return phrases;
}

interface EnglishTopicInput {
  question: string;
  cedict?: CedictIndex;
  glossary: GlossaryEntry[];
  /** Normalised full text of each candidate document. */
  documentTexts: string[];
  /** The candidate documents' unit names: a word naming the unit itself (petitions -> 信访) is no topic. */
  unitNames?: string[];
}

/** The question's English topic words, split into those the candidate documents cover and those they do not. */
export function englishTopicCoverage(input: EnglishTopicInput): { missing: string[]; covered: string[] } {
  const inDocuments = (term: string) => {
    const normalized = normalizeText(term);
    return normalized.length > 0 && input.documentTexts.some((text) => text.includes(normalized));
  };
  const uncovered: string[] = [];
  const covered: string[] = [];
  const unitNames = (input.unitNames ?? []).map(normalizeText);
  const namesUnit = (chinese: string) => unitNames.some((name) => name.includes(normalizeText(chinese)));
  const words = englishWords(input.question);
  const glossed = glossedWords(input.question, inDocuments);
  // "trips to the United States": a capitalised name of two words is one term; the dictionary knows the pair (美国),
  // and neither word alone says what it names.
  for (const match of input.question.matchAll(/\b([A-Z][a-z]+)\s+([A-Z][a-z]+)\b/g)) {
    const phrase = `${match[1]} ${match[2]}`.toLowerCase();
    // The words of a unit's English name (the District Government Office) name the unit asked about.
    if (phrase.split(' ').some((word) => unitNameWords.has(word))) continue;
    const senses = input.cedict?.lookup(phrase) ?? [];
    if (senses.length && !senses.some(inDocuments) && !senses.some(namesUnit)) {
      uncovered.push(phrase);
      for (const word of phrase.split(' ')) glossed.add(word);
    }
  }
  // "property management fees" (物业管理费): a glossary phrase the question writes whole names a cost item (…费), which
  // the documents must hold; its words one by one (property of 资产, fees) would each be covered by other terms.
  // (Only the longest phrases written: "management fees" inside it is no term of its own. Phrases of asking words,
  // "set aside", "budget income", name no item.)
  const line = ` ${words.join(' ')} `;
  const phraseHits = costItemPhrases(input.glossary).filter(({ phrase }) => line.includes(` ${phrase} `));
  const longest = phraseHits.filter(({ phrase }) => !phraseHits.some((other) => other.phrase !== phrase && ` ${other.phrase} `.includes(` ${phrase} `)));
  const decided = new Set<string>();
  for (const phrase of new Set(longest.map((item) => item.phrase))) {
    const entries = longest.filter((item) => item.phrase === phrase).map((item) => item.entry);
    if (entries.some((entry) => [entry.zh, ...(entry.zhAliases ?? [])].some((chinese) => inDocuments(chinese) || namesUnit(chinese)))) continue;
    uncovered.push(phrase);
    for (const word of phrase.split(' ')) decided.add(word);
  }
  for (const [position, written] of words.entries()) {
    if (decided.has(written)) continue;
    // "the mayor's salary" reports mayor, not mayor's.
    const word = written.replace(/['’]s$/, '');
    if (word.length < 3 || /\d/.test(word) || questionWords.has(word)) continue;
    if (glossed.has(word)) {
      covered.push(word);
      continue;
    }
    const forms = englishWordForms(word);
    if (forms.some((form) => questionWords.has(form))) continue;
    if (modifierForm(word, input.cedict)) continue;
    // Glossary entries whose English mentions the word: covered if the documents use that term.
    const index = entriesByWord(input.glossary);
    const entries = [...new Set(forms.flatMap((form) => index.get(form) ?? []))];
    const senses = forms.flatMap((form) => input.cedict?.lookup(form) ?? []);
    // A word the glossary renders on its own (lifts -> 电梯) is covered by that rendering, not by any dictionary sense
    // (提 of lift).
    const rendered = entries.some((entry) => entry.en.some((phrase) => forms.includes(phrase.toLowerCase())));
    const zhWords = [...entries.flatMap((entry) => [entry.zh, ...(entry.zhAliases ?? [])]), ...(rendered ? [] : senses)];
    if (zhWords.some(namesUnit)) continue;
    // "environmental sanitation" (环境卫生) is covered as a phrase though "environmental" alone is not.
    const phrases = [words[position - 1] && `${words[position - 1]} ${word}`, words[position + 1] && `${word} ${words[position + 1]}`].filter((phrase): phrase is string => Boolean(phrase));
    const phraseSenses = phrases.flatMap((phrase) => input.cedict?.lookup(phrase) ?? []);
    // A glossary word in another form (the question's "cleaner", the glossary's "cleaners") covers the word when the
    // documents use its term; it is no evidence the other way, as the glossary's forms are not all its senses.
    // (Not for a word the glossary renders on its own: company is 公司, whatever "small companies" renders.)
    const otherForms = rendered ? [] : (entriesByWord(input.glossary, englishWordForms).get(word) ?? []);
    if (zhWords.some(inDocuments) || phraseSenses.some(inDocuments) || otherForms.some((entry) => [entry.zh, ...(entry.zhAliases ?? [])].some(inDocuments))) {
      covered.push(word);
      continue;
    }
    // A word no dictionary knows (a name, a typo) cannot be judged; only a word with known senses, none of them in
    // the documents, marks the question as about something else.
    if (!senses.length && !entries.length) continue;
    uncovered.push(word);
  }
  return { missing: uncovered, covered };
}

/**
 * "institutional operating costs (机关运行经费)": the English words just before a bracketed Chinese term are the
 * asker's rendering of it, covered when the documents contain the term. The span stops at a joining word (for, of,
 * on, the), so only the phrase the brackets gloss is taken.
 */
function glossedWords(question: string, inDocuments: (term: string) => boolean): Set<string> {
  const glossed = new Set<string>();
  for (const match of question.matchAll(/((?:[A-Za-z'’-]+\s+){1,6})[（(]\s*([\u4e00-\u9fa5][^)）]*)[)）]/g)) {
    if (!inDocuments(match[2])) continue;
    const before = match[1].trim().split(/\s+/);
    for (let index = before.length - 1; index >= 0 && before.length - index <= 4; index -= 1) {
      const word = before[index].toLowerCase().replace(/['’]s$/, '');
      if (/^(?:for|of|on|in|to|the|a|an|its|their|and|or|is|are|what|how|much)$/.test(word)) break;
      glossed.add(word);
    }
  }
  return glossed;
}

/**
 * Adverbs (quarterly, monthly) and participles (standardized, subsidised) modify the thing asked about; the thing
 * itself is another word of the question. An -ly word counts as an adverb only when its stem is a dictionary word
 * (quarter-ly), so supply and family stay nouns.
 */
function modifierForm(word: string, cedict: CedictIndex | undefined): boolean {
  if (word.length >= 6 && /(?:ized|ised|ated|ed)$/.test(word) && !/(?:eed|hundred)$/.test(word)) return true;
  // (elderly names the old people themselves: elderly care, the elderly.)
  if (word.length >= 6 && word.endsWith('ly') && word !== 'elderly') {
    const stems = [word.slice(0, -2), ...(word.endsWith('ily') ? [`${word.slice(0, -3)}y`] : [])];
    return stems.some((stem) => stem.length >= 3 && (cedict?.lookup(stem).length ?? 0) > 0);
  }
  return false;
}
