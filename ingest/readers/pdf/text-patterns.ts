/** Shared recognisers for the budget-disclosure genre, used by several layout steps. */
export const textPatterns = {
  /** A figure as printed in a table cell: `96,282,213.44`, `0`, `-12.5`, `3.2%`. */
  amount: /^[-+−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/,
  /** Leading numbering of a heading or list item: `一、`, `（一）`, `1.`, `1、`, `第一部分`. */
  numbering: /^(第[一二三四五六七八九十百零〇\d]+[部分章节条]|[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|\d{1,2}[、.．](?!\d))/,
  /** Text that closes a sentence or introduces what follows; a line ending this way ends its paragraph. */
  sentenceEnd: /[。！？；：!?;:]$/,
  /** Lines standing above a table that name who prepared it or the unit of its figures. */
  tableMeta: /^(编制(部门|单位)|填报单位|预算(主管部门|单位)|(金额)?单位)\s*[:：]/,
  /** A table title ends with 表 (possibly followed by a bracketed remark). */
  tableTitle: /表\s*([（(][^）)]*[）)])?$/,
  /** Labels that open a totals row. */
  totalRow: /^(合\s*计|总\s*计|小\s*计|共\s*计|收入总计|支出总计)/,
  /** Dot leaders of a table of contents line. */
  dotLeader: /(…{2,}|\.{4,}|·{4,}|．{4,}|-{6,})/,
} as const;

/** CJK ideographs, kana, full-width forms and CJK punctuation take a full em; the rest about half. */
export function isWideCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60)
    || (code >= 0x3000 && code <= 0x303f) || code === 0x2014 || code === 0x2026 || code === 0x201c || code === 0x201d;
}

/** Joins two pieces of text from one line or cell: Chinese runs join without a space, Latin words and numbers keep one. */
export function joinText(left: string, right: string, hadSpace: boolean): string {
  if (left === '') return right;
  if (right === '') return left;
  const last = left[left.length - 1];
  const first = right[0];
  const latinBoundary = /[A-Za-z0-9%)\].,]/.test(last) && /[A-Za-z0-9(\[]/.test(first);
  return hadSpace && latinBoundary ? `${left} ${right}` : `${left}${right}`;
}
