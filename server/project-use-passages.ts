import type { ParsedDocument } from '../ingest/model.ts';
import type { Passage } from './answer-types.ts';
import { questionBigrams } from './match-measure.ts';
import { characterBigrams, normalizeText } from './normalize-text.ts';
import { statedAmounts, withinStated } from './stated-amounts.ts';

/**
 * "区府办用来办理代表建议和政协提案的那笔业务经费，主要花在哪些事情上", "what will the new community centre be used
 * for once built": a project's own section (XX项目经费情况说明, with 项目概述 / 绩效目标 parts) says what its money does.
 * The project is the one whose name (its heading, or the opening of its overview when the heading is generic) shares
 * the most distinctive words with the question; its sentences that state a use are the answer. Pure; undefined when
 * no project is named clearly (two distinctive words at least, and more than any other project).
 */
const projectSection = /(项目(经费|支出)?(情况)?说明|项目概况|项目情况)$/;
const overviewHeading = /(项目概述|项目概况|项目简介|概述|概况)/;
// What any project's name or any question about money shares: no sign of which project is meant.
const genericBigrams = new Set(
  ['项目', '经费', '工作', '业务', '政府', '区政', '预算', '年度', '情况', '说明', '主要', '用于', '支出', '资金', '专项', '费用', '建设', '单位', '部门', '街道', '办事', '事处', '人民', '民政', '那笔', '笔钱', '哪些', '什么', '事情', '花在', '钱都', '用来', '干什', '做什', '么用', '2025', '2024', '2023', '2022'].map(normalizeText),
);
const useSentence = /(主要用于|用于|用来|主要推进|主要完成|所需|建成后|作为[^。；]{0,40}场所|主要内容|保障[^。；]{0,20}(运转|运行|开展)|旨在|为[^。；，]{0,20}提供)/;


const scheduleAsked = /\b(?:through(?:out)? the year|over the (?:course of the )?year|quarter by quarter|each quarter|every quarter|month by month)\b|季度|全年|一年里|年内|进度/i;
const scheduleHeading = /实施周期|实施进度|进度安排|实施计划|时间安排/;

export function projectUsePassages(document: ParsedDocument, question: string, askerWords = question): Passage[] | undefined {
  const wanted = [...questionBigrams(question)].filter((bigram) => !genericBigrams.has(bigram));
  if (wanted.length === 0) return undefined;
  const projects = new Map<string, { name: string; paragraphs: Array<{ id: string; text: string; path: string[] }> }>();
  for (const block of document.blocks) {
    const top = block.path[0];
    if (!top || !projectSection.test(top) || block.kind !== 'paragraph') continue;
    const project = projects.get(top) ?? { name: top.replace(projectSection, ''), paragraphs: [] };
    // A generic heading (项目经费情况说明) leaves the project named by the opening of its overview.
    if (overviewHeading.test(block.path[1] ?? '') && project.paragraphs.every((paragraph) => !overviewHeading.test(paragraph.path[1] ?? ''))) {
      project.name = `${project.name}${block.text.slice(0, 80)}`;
    }
    project.paragraphs.push({ id: block.id, text: block.text, path: block.path });
    projects.set(top, project);
  }
  const scored = [...projects.values()]
    .map((project) => {
      const name = new Set(characterBigrams(normalizeText(project.name)));
      return { project, score: wanted.filter((bigram) => name.has(bigram)).length };
    })
    .sort((left, right) => right.score - left.score);
  const [best, second] = scored;
  if (!best || best.score < 2 || (second && second.score >= best.score)) return undefined;
  const passages: Passage[] = [];
  // "what is the 2024 money going to be spent on through the year": the project's schedule (实施周期: 第一季度审价、
  // 审计…第三季度支付尾款) says what each part of the year's money does.
  if (scheduleAsked.test(`${question} ${askerWords}`)) {
    for (const paragraph of best.project.paragraphs) {
      if (scheduleHeading.test(paragraph.path[1] ?? '') && /季度|月/.test(paragraph.text)) passages.push({ docId: document.meta.id, blockId: paragraph.id, quote: paragraph.text.trim(), section: paragraph.path });
    }
  }
  for (const paragraph of best.project.paragraphs) {
    for (const sentence of paragraph.text.split(/(?<=[。；;])/)) {
      if (!useSentence.test(sentence)) continue;
      passages.push({ docId: document.meta.id, blockId: paragraph.id, quote: sentence.trim(), section: paragraph.path });
    }
  }
  if (passages.length === 0) {
    const overview = best.project.paragraphs.find((paragraph) => overviewHeading.test(paragraph.path[1] ?? '')) ?? best.project.paragraphs[0];
    if (overview) passages.push({ docId: document.meta.id, blockId: overview.id, quote: overview.text, section: overview.path });
  }
  return passages.length ? passages.slice(0, 4) : undefined;
}

// A sentence that says what a stated amount is for or is made of: …万元，主要用于X / 主要为X / 其中：X.
const amountUse = /(主要用于|用于|主要为|主要是|其中)/;

/**
 * "…has one huge line of about 293.8 million yuan. What is that money meant to be used for?": the line named by the
 * amount the asker states is the one sentence stating that amount (within the precision stated) together with its
 * use. Pure; undefined unless exactly one sentence of the document answers.
 */
export function usePassagesByAmount(document: ParsedDocument, question: string): Passage[] | undefined {
  const ranges = statedAmounts(question);
  if (ranges.length !== 1) return undefined;
  const stated = ranges[0]!;
  const sentences = new Map<string, Passage>();
  for (const fact of document.facts) {
    if (fact.kind !== 'value' || fact.origin !== 'prose' || !withinStated(fact.amount, fact.unit, stated)) continue;
    const block = document.blocks.find((candidate) => candidate.id === fact.source.blockId);
    if (!block || block.kind !== 'paragraph') continue;
    // The fact's text is written without thousands separators (29381.00); the sentence may have them (29,381.00).
    const figure = fact.text.replace(/[,，]/g, '');
    const sentence = block.text.split(/(?<=[。；;])/).find((candidate) => {
      const plain = candidate.replace(/[,，](?=\d)/g, '');
      return plain.includes(figure) && amountUse.test(plain.slice(plain.indexOf(figure)));
    });
    if (sentence) sentences.set(`${block.id}:${sentence}`, { docId: document.meta.id, blockId: block.id, quote: sentence.trim(), section: block.path });
  }
  if (sentences.size === 1) return [...sentences.values()];
  if (sentences.size > 1) return undefined;
  // "每个季度都安排了15万元，这笔钱是花在哪个工程上的": an amount a project's schedule states per period names that
  // project; its section's first paragraph says what it is and what it will be used for.
  const scheduled = document.facts.filter((fact) => fact.kind === 'value' && fact.origin === 'prose' && /季度|月/.test(fact.label) && withinStated(fact.amount, fact.unit, stated));
  const sections = new Set(scheduled.map((fact) => fact.section[0]));
  if (sections.size !== 1) return undefined;
  const top = [...sections][0];
  const first = document.blocks.find((block) => block.kind === 'paragraph' && block.path[0] === top);
  return first && first.kind === 'paragraph' ? [{ docId: document.meta.id, blockId: first.id, quote: first.text.trim(), section: first.path }] : undefined;
}
