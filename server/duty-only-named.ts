import type { ParsedDocument } from '../ingest/model.ts';
import { normalizeText } from './normalize-text.ts';

/** A top-level heading of the unit's duties (主要职能, 单位职责及机构设置情况, 部门职责). */
const dutiesHeading = /职能|职责/u;

interface DutyTexts {
  /** The duties section's paragraphs, normalised, joined. */
  duties: string;
  /** Every other block's text (paragraphs, headings, table cells), normalised, joined. */
  elsewhere: string;
}

const cache = new WeakMap<ParsedDocument, DutyTexts>();

function dutyTexts(document: ParsedDocument): DutyTexts {
  let texts = cache.get(document);
  if (texts) return texts;
  const duties: string[] = [];
  const elsewhere: string[] = [];
  for (const block of document.blocks) {
    const text = normalizeText(block.kind === 'table' ? block.table.rows.map((row) => row.join('|')).join('|') : block.text);
    if (block.kind === 'paragraph' && dutiesHeading.test(block.path[0] ?? '')) duties.push(text);
    else elsewhere.push(text);
  }
  texts = { duties: duties.join('|'), elsewhere: elsewhere.join('|') };
  cache.set(document, texts);
  return texts;
}

/**
 * "为落实粮食社会责任储备单独安排了多少预算资金", "用于服务保障中国国际进口博览会的专项经费": a duty the question names
 * in five characters or more of the unit's duties section, which no other part of the disclosure (no line, no project,
 * no table) repeats, has no money of its own in the disclosure. Returns that run of the question's words, or undefined.
 */
export function dutyNamedOnlyInFunctions(question: string, document: ParsedDocument, minimum = 5): string | undefined {
  const { duties, elsewhere } = dutyTexts(document);
  if (!duties) return undefined;
  const characters = Array.from(normalizeText(question));
  let reached = 0;
  for (let start = 0; start + minimum <= characters.length; start += 1) {
    if (!duties.includes(characters.slice(start, start + minimum).join(''))) continue;
    let end = start + minimum;
    while (end < characters.length && duties.includes(characters.slice(start, end + 1).join(''))) end += 1;
    // Each maximal run once: a run inside the one before it is no new naming.
    if (end <= reached) continue;
    reached = end;
    const run = characters.slice(start, end).join('');
    if (!elsewhere.includes(run)) return run;
  }
  return undefined;
}
