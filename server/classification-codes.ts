import type { ParsedDocument } from '../ingest/model.ts';
import { longestCommonRun } from './longest-common-run.ts';

/**
 * Staff name a classification line by its code: 2120104 (类 212, 款 01, 项 04: 城管执法), 30201 (办公费). A table row
 * of the disclosure gives the code in its leading cells and the line's name after them; a code the question writes
 * (five or seven digits, 2… for functions, 3… for economic classes) is read as that name. Codes no row carries stay.
 */
export function withCodesNamed(written: string, document: ParsedDocument): string {
  const question = spacedCodesJoined(written);
  if (!question.match(questionCode)) return written;
  const names = codeNames(document);
  return question.replace(questionCode, (code, offset: number) => {
    if (!names.get(code)) return code;
    const name = distinctName(code, names);
    // "30217公务接待费", "公务接待费（30217）": a code beside the name it stands for adds no second naming.
    // ("302类“商品和服务支出”": the class word and quotes between them part nothing.)
    const after = question.slice(offset + code.length).replace(/^[\s）)类款项“"‘「]+/, '');
    const before = question.slice(0, offset).replace(/[\s（(“"‘「]+$/, '');
    return after.startsWith(names.get(code)!) || before.endsWith(names.get(code)!) ? '' : `${name} `;
  });
}

/**
 * The lines a question names by code, each by its name as withCodesNamed reads it, in the question's order: codes no
 * row carries are left out, and so is a list where one code holds another (212 and 2120104), which would count twice.
 */
export function codedLineNames(question: string, document: ParsedDocument): string[] {
  return linesNamedByCode(question, document).map((line) => line.name);
}

/** As codedLineNames, each line with the rows (blockId:row) that carry its code: where its figures stand. */
export function linesNamedByCode(question: string, document: ParsedDocument): { name: string; rows: Set<string> }[] {
  const { names, rows } = codeIndex(document);
  const codes = [...new Set(codesIn(question))].filter((code) => names.has(code));
  if (codes.some((code) => codes.some((other) => other !== code && other.startsWith(code)))) return [];
  return codes.map((code) => ({ name: distinctName(code, names), rows: new Set(rows.get(code) ?? []) }));
}

/**
 * A line's name as the question should read it: 2013202 is 一般行政管理事务 under 组织事务, and so are 2013302 and
 * 2013402 under their own 款, so a name other codes share is read with its parent's name before it
 * (组织事务一般行政管理事务), the way the disclosure's sentences write the line.
 */
function distinctName(code: string, names: Map<string, string>): string {
  const name = names.get(code)!;
  const parent = names.get(code.slice(0, -2));
  const shared = [...names].some(([other, otherName]) => other !== code && otherName === name);
  return shared && parent && code.length > 3 ? `${parent}${name}` : name;
}

// "社保就业类下面那笔归在“其他”里的": a class named before a quoted 其他 standing under it.
const quotedOtherUnder = /([\u4e00-\u9fa5]{2,10}?)(?:类|款)?(?:下面|下边|底下|里面|里头|里|中|下)[^，,。？?！!；;]{0,10}?[“"‘']其他[”"’']/;

/**
 * "社保就业类下面那笔归在“其他”里的兜底支出": the line of the rest under a class is its code ending in 99 (20899
 * 其他社会保障和就业支出), by the national classification. The class is the one whose name shares the longest run with
 * the words before the quote (two characters at least, one class only); its 99 line's name is added to the question.
 */
export function otherLineNamed(question: string, document: ParsedDocument): string {
  const named = quotedOtherUnder.exec(question)?.[1];
  if (!named) return question;
  const names = codeNames(document);
  let best: { run: number; lines: Set<string> } = { run: 1, lines: new Set() };
  for (const [code, name] of names) {
    const other = names.get(`${code}99`);
    if (code.length > 5 || !other) continue;
    const run = longestCommonRun(Array.from(named), Array.from(name));
    if (run > best.run) best = { run, lines: new Set([other]) };
    else if (run === best.run) best.lines.add(other);
  }
  return best.lines.size === 1 ? `${question} ${[...best.lines][0]}` : question;
}

/**
 * A code a question writes: five or seven digits, 2… for functions, 3… for economic classes (not part of an amount); a
 * class of three digits only where it cannot be a count: closing a bracket ("wages and benefits, 301)", "（302类）") or
 * before 类.
 */
// (A class's three digits count as a code in brackets, before 类, or listed after 科目/编码/class: "类级科目215和216",
// "classes 212, 215 and 216".)
const questionCode = /(?<![\d.,])[23]\d{4}(?:\d{2})?(?![\d.,]\d|\d)|(?<=[(（][^()（）]{0,40}?)(?<![\d.,])[23]\d{2}(?=\s*类?\s*[)）])|(?<![\d.,])[23]\d{2}(?=类)|(?<=(?:科目|编码|代码|\bclass(?:es)?|\bcodes?)\s*(?:[23]\d{2}\s*(?:和|与|、|及|加上|加|,|，|\/|\band\b|\bplus\b|\+)\s*)*)(?<![\d.,])[23]\d{2}(?![\d.,]\d|\d)/gi;

/** The classification codes a question writes (2150899, 30201). */
export function codesIn(question: string): string[] {
  return spacedCodesJoined(question).match(questionCode) ?? [];
}

/**
 * "科目215 08 99那一行": a code written as its table's cells (类, 款, 项 apart) is the code; so is one written with
 * its levels named ("经济分类302款27项", "212类01款01项").
 */
function spacedCodesJoined(question: string): string {
  return question
    .replace(/(?<![\d.,])([23]\d{2})\s*(?:类|款)\s*(\d{2})\s*(?:款|项)(?:\s*(\d{2})\s*项)?/g, (_whole, head: string, middle: string, tail?: string) => `${head}${middle}${tail ?? ''}`)
    .replace(/(?<![\d.,])([23]\d{2})[\s-]+(\d{2})(?:[\s-]+(\d{2}))?(?![\d.,]\d|\d)/g, (_whole, head: string, middle: string, tail?: string) => `${head}${middle}${tail ?? ''}`);
}

/** A table row's classification code (its leading cells of two or three digits, joined) and the line name after them. */
function rowCode(row: string[]): { code: string; name?: string } {
  const codeCells: string[] = [];
  for (const cell of row) {
    const text = cell.trim();
    if (/^\d{2,3}$/.test(text)) codeCells.push(text);
    else if (/[\u4e00-\u9fa5]/.test(text)) return { code: codeCells.join(''), name: text.replace(/\s+/g, '') };
  }
  return { code: codeCells.join('') };
}

interface CodeIndex {
  /** Each code the rows carry (212 类, 21201 款, 2120104 项; 302, 30201), with the first row's line name. */
  names: Map<string, string>;
  /** Each five- or seven-digit code with the rows that carry it, as blockId:row. */
  rows: Map<string, string[]>;
}

const cache = new WeakMap<ParsedDocument, CodeIndex>();

/** The document's codes, read from its table rows once. */
function codeIndex(document: ParsedDocument): CodeIndex {
  let index = cache.get(document);
  if (index) return index;
  index = { names: new Map(), rows: new Map() };
  for (const block of document.blocks) {
    if (block.kind !== 'table') continue;
    block.table.rows.forEach((row, position) => {
      const { code, name } = rowCode(row);
      if (name && /^[23]\d{2}(?:\d{2}){0,2}$/.test(code) && !index!.names.has(code)) index!.names.set(code, name);
      if (/^[23]\d{4}(?:\d{2})?$/.test(code)) index!.rows.set(code, [...(index!.rows.get(code) ?? []), `${block.id}:${position}`]);
    });
  }
  // A classification code names a spending line: an income table that lists income by the same classes
  // (收入预算总表) is no place of the line where a spending table carries the code too.
  const incomeTables = new Set(document.blocks.filter((block) => block.kind === 'table' && /收入/.test(block.table.title ?? '') && !/支出/.test(block.table.title ?? '')).map((block) => block.id));
  const incomeRow = (row: string) => incomeTables.has(row.slice(0, row.lastIndexOf(':')));
  for (const [code, rows] of index.rows) if (rows.some((row) => !incomeRow(row))) index.rows.set(code, rows.filter((row) => !incomeRow(row)));
  cache.set(document, index);
  return index;
}

/** Each code the document's table rows carry (212 类, 21201 款, 2120104 项; 302, 30201), with the row's line name. */
export function codeNames(document: ParsedDocument): Map<string, string> {
  return codeIndex(document).names;
}

/**
 * The class whose parts a list of examples names: "社区管理、环境卫生、公共设施这些" names three 款 of 212
 * 城乡社区支出, so the asker means 城乡社区支出. Each item must name one part of the same class by words that neither
 * the class's own name nor another part holds (社区 is in every part; 社区管理 only in 城乡社区管理事务), and at least two
 * parts must be named. A part's words include those of the lines under it. With several classes fitting, the deepest
 * wins; with several of the same depth and different names, none. Items may be in Chinese only.
 */
export function classNamedByItems(items: string[], documentsCodes: Map<string, string>[]): string | undefined {
  const words = items.map((item) => item.replace(/[^\u4e00-\u9fa5]/gu, '')).filter((item) => item.length >= 2);
  if (words.length < 2 || words.length !== items.length) return undefined;
  let best: { depth: number; names: Set<string> } | undefined;
  for (const codes of documentsCodes) {
    for (const [parent, parentName] of codes) {
      if (parent.length > 5) continue;
      // Each part (a code two digits longer) with every name in its branch.
      const parts = new Map<string, string[]>();
      for (const [code, name] of codes) {
        if (code.length <= parent.length || !code.startsWith(parent)) continue;
        const part = code.slice(0, parent.length + 2);
        parts.set(part, [...(parts.get(part) ?? []), name]);
      }
      if (parts.size < 2) continue;
      const named = new Set<string>();
      const everyItemNamesAPart = words.every((word) => {
        const part = partNamedBy(word, parentName, parts);
        if (part) named.add(part);
        return part !== undefined;
      });
      if (!everyItemNamesAPart || named.size < 2) continue;
      if (!best || parent.length > best.depth) best = { depth: parent.length, names: new Set([parentName]) };
      else if (parent.length === best.depth) best.names.add(parentName);
    }
  }
  return best && best.names.size === 1 ? [...best.names][0] : undefined;
}

/** The one part of a class whose branch holds a run of `word` (two characters or more) that no other part and not the class's own name holds. */
function partNamedBy(word: string, parentName: string, parts: Map<string, string[]>): string | undefined {
  const characters = Array.from(word);
  const found = new Set<string>();
  for (let start = 0; start < characters.length; start += 1) {
    for (let end = start + 2; end <= characters.length; end += 1) {
      const run = characters.slice(start, end).join('');
      if (parentName.includes(run)) continue;
      const holders = [...parts].filter(([, names]) => names.some((name) => name.includes(run)));
      if (holders.length === 1) found.add(holders[0]![0]);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The table rows a question names by classification code ("行政运行（2120101）这一项"): each as blockId:row. Empty when
 * the question writes no code a row carries.
 */
export function rowsNamedByCode(question: string, document: ParsedDocument): Set<string> {
  const codes = codesIn(question);
  const catalogue = catalogueCodesIn(question);
  if (!codes.length && !catalogue.length) return new Set();
  const { rows } = codeIndex(document);
  return new Set([...codes.flatMap((code) => rows.get(code) ?? []), ...catalogue.flatMap((code) => rowsHoldingCell(code, document))]);
}

/** "采购目录序号为C0209的那一项": a catalogue code (a capital letter and digits) the question writes. */
function catalogueCodesIn(question: string): string[] {
  return question.match(/(?<![A-Za-z0-9])[A-Z]\d{2,8}(?![A-Za-z0-9])/g) ?? [];
}

/** The rows (blockId:row) with a cell that is exactly `code`. */
function rowsHoldingCell(code: string, document: ParsedDocument): string[] {
  const found: string[] = [];
  for (const block of document.blocks) {
    if (block.kind !== 'table') continue;
    block.table.rows.forEach((row, position) => {
      if (row.some((cell) => cell.trim() === code)) found.push(`${block.id}:${position}`);
    });
  }
  return found;
}
