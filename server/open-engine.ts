import { join } from 'node:path';
import { createEmbeddings } from '../ingest/create-embeddings.ts';
import { loadIndex } from '../ingest/index-store.ts';
import { readerFor } from '../ingest/readers/index.ts';
import { runIngest, type IngestSummary } from '../ingest/run-ingest.ts';
import { segmentText, wordTags } from '../ingest/segment-text.ts';
import { loadCedictIndex, type CedictIndex } from './cedict-index.ts';
import { modelPathEnabled, type Config } from './config.ts';
import { createEngine, type QaEngine, type TranslatedText } from './create-engine.ts';
import { createModelAssist } from './create-model-assist.ts';
import { createInitialsSpeller } from './pinyin-initials.ts';
import { createRetriever } from './create-retriever.ts';
import { englishTopicCoverage } from './english-uncovered-words.ts';
import { createSynonymCoverage, createSynonymExpander } from './expand-synonyms.ts';
import { curatedGlossary, glossary } from './glossary.ts';
import { normalizeText } from './normalize-text.ts';
import { detectLanguage } from './detect-language.ts';
import { translateQuestion } from './translate-question.ts';

export interface OpenEngineOptions {
  config: Config;
  log: (line: string) => void;
  /** Skip ingest and load what DATA_DIR holds (benchmarks, read-only replicas). */
  skipIngest?: boolean;
}

/** English names of Chinese budget terms, from the glossary; compared after normalisation (“三公”经费 = 三公经费). */
function createEnglishNames(): (term: string) => string | undefined {
  const names = new Map<string, string>();
  for (const entry of glossary) {
    for (const zh of [entry.zh, ...(entry.zhAliases ?? [])]) {
      const key = normalizeText(zh);
      if (!names.has(key)) names.set(key, entry.en[0]);
    }
  }
  return (term) => names.get(normalizeText(term));
}

const generalTerms = new Set(['支出', '经费', '资金', '金额', '合计', '总计']);
const changeTerms = new Set(['增加', '减少', '持平', '比上年', '增减变化原因', '上年', '年度']);
const unitLikeTerm = /(局|委员会|委|办公室|街道|办事处|人民政府|政府|中心|城市|市|区)$/;

export function createTranslator(cedict: CedictIndex | undefined, known?: (chinese: string) => boolean): (question: string) => TranslatedText {
  return (question) => {
    // A Chinese question is matched as it stands: no glossary or dictionary work on the per-question path.
    if (detectLanguage(question) === 'zh') return { lang: 'zh', text: question };
    const translated = translateQuestion(question, { glossary, cedict, known });
    // Matching uses the glossary's budget terms only: dictionary senses of everyday words (计划, 招收) would read as
    // measures. Retrieval gets every term.
    // Without any glossary term the dictionary's senses are all there is to match on.
    const primary = translated.primaryTerms.length ? translated.primaryTerms : translated.terms;
    // "spend on rent", "car costs": spend and costs say only that money is asked about. Beside a specific term they
    // would match every 支出 label, so they are dropped from matching (retrieval keeps them).
    // Only words that say money is involved (spend, costs, money) are dropped; "expenditure" names a measure.
    // A superlative ranks the spending lines themselves (which area of spending gets the most): 支出 stays.
    const general = /\b(expenditures?|most|largest|biggest|highest|least|smallest|lowest)\b/i.test(question) ? new Set<string>() : generalTerms;
    // "the video platform maintenance project" names one project, not project spending (项目支出) as a category.
    const namesOneProject = /\bproject\b/i.test(question) && !/\bprojects?[\s-]+(spending|expenditures?|funds|funding|money|costs?|budgets?)\b|\bprojects\b/i.test(question);
    const specific = primary.filter((term) => !general.has(term) && !(namesOneProject && term === '项目支出' && primary.length > 1));
    // A unit's name (信访局, 街道) or a change word (增加) is no measure: with nothing else named, spend/costs is the
    // question.
    const namesMeasure = specific.some((term) => !unitLikeTerm.test(term) && !changeTerms.has(term));
    // With nothing from the glossary but a unit's name (neighbourhood -> 街道), the dictionary's renderings of the other
    // words (environmental sanitation -> 环境卫生) are the measure.
    const budgetTerms = namesMeasure ? specific : translated.primaryTerms.length ? [...primary, ...translated.terms.filter((term) => !primary.includes(term) && !general.has(term))] : primary;
    const years = translated.years.filter((year): year is number => typeof year === 'number');
    return {
      lang: 'en',
      text: [...budgetTerms, ...years.map((year) => `${year}年`)].join(' '),
      retrievalText: [...translated.terms, ...years.map((year) => `${year}年`)].join(' '),
      looseTerms: translated.terms.filter((term) => !translated.primaryTerms.includes(term)),
    };
  };
}

/** Ingests SEEDS_DIR into DATA_DIR (new or changed files only), loads the index and returns the engine. */
export async function openEngine(options: OpenEngineOptions): Promise<{ engine: QaEngine; summary?: IngestSummary }> {
  const { config, log } = options;
  const embeddings = createEmbeddings(config);
  const summary = options.skipIngest
    ? undefined
    : await runIngest({ seedsDir: config.SEEDS_DIR, dataDir: config.DATA_DIR, embeddings, readerFor, log });
  const loaded = await loadIndex(config.DATA_DIR, embeddings);
  if (loaded.status !== 'ok') throw new Error(`The index in ${config.DATA_DIR} cannot be loaded (${loaded.status}): ${loaded.reason}`);
  let cedict: CedictIndex | undefined;
  try {
    cedict = loadCedictIndex({ cacheDir: join(config.DATA_DIR, 'cache') });
  } catch (error) {
    log(`English dictionary unavailable (${error instanceof Error ? error.message : String(error)}); using the budget glossary only.`);
  }
  const vocabulary = [...new Set(loaded.documents.flatMap((document) => document.facts.map((fact) => fact.label)))];
  // A glossary term or alias -> its entry's own name (the first entry that lists it), for terms spelled in pinyin.
  const entryNameOf = new Map<string, string>();
  for (const entry of glossary) for (const term of [entry.zh, ...(entry.zhAliases ?? [])]) if (!entryNameOf.has(term)) entryNameOf.set(term, entry.zh);
  const engine = createEngine({
    documents: loaded.documents,
    retrieve: createRetriever({ keywordIndex: loaded.keywordIndex, vectorStore: loaded.vectorStore, embeddings }),
    translate: createTranslator(cedict, (word) => loaded.keywordIndex.hasTerm(word)),
    answerCacheSize: config.ANSWER_CACHE_SIZE,
    romanize: cedict ? (chinese) => cedict.romanize(chinese) : undefined,
    englishName: createEnglishNames(),
    segment: segmentText,
    tagWords: wordTags,
    isVerb: cedict ? (word) => cedict.isVerb(word) : undefined,
    simplify: cedict ? (text) => cedict.simplify(text) : undefined,
    spellInitials: cedict
      ? createInitialsSpeller(
          glossary.flatMap((entry) => [entry.zh, ...(entry.zhAliases ?? [])]),
          (character) => cedict.romanize(character),
          (term) => entryNameOf.get(term) ?? term,
        )
      : undefined,
    expandSynonyms: createSynonymExpander(glossary),
    synonymCovers: createSynonymCoverage(glossary),
    // Whether an English word is covered is judged on the curated glossary: the generated paraphrases add many words
    // (international, inspection) that would count as covered wherever one phrase holding them is.
    englishTopics: (question, documentTexts, unitNames) => englishTopicCoverage({ question, cedict, glossary: curatedGlossary, documentTexts, unitNames }),
    model: modelPathEnabled(config) ? createModelAssist({ config, vocabulary, log: (entry) => log(JSON.stringify(entry)) }) : undefined,
  });
  return { engine, summary };
}
