import { join } from 'node:path';
import { createEmbeddings } from '../ingest/create-embeddings.ts';
import { loadIndex } from '../ingest/index-store.ts';
import { readerFor } from '../ingest/readers/index.ts';
import { runIngest, type IngestSummary } from '../ingest/run-ingest.ts';
import { segmentText } from '../ingest/segment-text.ts';
import { loadCedictIndex, type CedictIndex } from './cedict-index.ts';
import { modelPathEnabled, type Config } from './config.ts';
import { createEngine, type QaEngine, type TranslatedText } from './create-engine.ts';
import { createModelAssist } from './create-model-assist.ts';
import { createRetriever } from './create-retriever.ts';
import { englishUncoveredWords } from './english-uncovered-words.ts';
import { createSynonymCoverage, createSynonymExpander } from './expand-synonyms.ts';
import { glossary } from './glossary.ts';
import { normalizeText } from './normalize-text.ts';
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

export function createTranslator(cedict: CedictIndex | undefined): (question: string) => TranslatedText {
  return (question) => {
    const translated = translateQuestion(question, { glossary, cedict });
    if (translated.lang === 'zh') return { lang: 'zh', text: question, terms: translated.terms };
    // Matching uses the glossary's budget terms only: dictionary senses of everyday words (计划, 招收) would read as
    // measures. Retrieval gets every term.
    // Without any glossary term the dictionary's senses are all there is to match on.
    const budgetTerms = translated.primaryTerms.length ? translated.primaryTerms : translated.terms;
    const years = translated.years.filter((year): year is number => typeof year === 'number');
    return {
      lang: 'en',
      text: [...budgetTerms, ...years.map((year) => `${year}年`)].join(' '),
      retrievalText: [...translated.terms, ...years.map((year) => `${year}年`)].join(' '),
      terms: translated.terms,
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
  const engine = createEngine({
    documents: loaded.documents,
    retrieve: createRetriever({ keywordIndex: loaded.keywordIndex, vectorStore: loaded.vectorStore, embeddings }),
    translate: createTranslator(cedict),
    romanize: cedict ? (chinese) => cedict.romanize(chinese) : undefined,
    englishName: createEnglishNames(),
    segment: segmentText,
    expandSynonyms: createSynonymExpander(glossary),
    synonymCovers: createSynonymCoverage(glossary),
    englishUncovered: (question, documentTexts) => englishUncoveredWords({ question, cedict, glossary, documentTexts }),
    model: modelPathEnabled(config) ? createModelAssist({ config, vocabulary, log: (entry) => log(JSON.stringify(entry)) }) : undefined,
  });
  return { engine, summary };
}
