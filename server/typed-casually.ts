/**
 * A question typed as into a search box, written out as a sentence is: "i live in the wanli street area of putuo. what
 * is the street office's total budget for 2025" -> "I live in the Wanli Street area of Putuo. What is the street
 * office's total budget for 2025?". Reading relies on capitals (a place name, where a sentence starts) and on the
 * closing mark (which clause asks); a question typed without them is given them. Pure.
 */

/** Place names in the units' names (上海市普陀区…万里街道办事处 -> 上海, 普陀, 万里), to be written in pinyin. */
export function placeNamesOf(units: readonly string[]): string[] {
  const names = new Set<string>();
  for (const unit of units) {
    // (人民政府 stands between a district and a street's name: 普陀区人民政府万里街道.)
    for (const match of unit.replace(/人民政府|政府/gu, '、').matchAll(/([\u4e00-\u9fa5]{2,3}?)(?:省|市|区|县|街道|镇|乡)/gu)) names.add(match[1]!);
  }
  return [...names];
}

const unitKindWords = 'street|subdistrict|district|city|county|town|office|bureau|commission|committee|government';

/**
 * An English question typed all in lower case gets capitals where a sentence starts, on the pronoun I, and on the
 * places the units are named after (given in toneless pinyin: wanli, putuo), with the unit word after one (Street).
 */
export function withEnglishCapitals(question: string, placesInPinyin: readonly string[]): string {
  if (/[A-Z]/.test(question) || !/[a-z]/.test(question) || /[\u4e00-\u9fa5]/u.test(question)) return question;
  const places = placesInPinyin.filter((place) => /^[a-z]{3,}$/.test(place));
  const capital = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
  let written = question.replace(/\bi\b(?!\.)/g, 'I');
  if (places.length) {
    const named = new RegExp(`\\b(${places.join('|')})\\b(\\s+(?:${unitKindWords})\\b)?`, 'g');
    written = written.replace(named, (_whole, place: string, kind?: string) => `${capital(place)}${kind ? ` ${capital(kind.trim())}` : ''}`);
  }
  return written.replace(/(^\s*|[.?!]\s+)([a-z])/g, (_whole, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}

const asksEn = /^(?:how|what|which|who|whom|whose|where|when|why|is|are|was|were|does|do|did|can|could|will|would|has|have|had|should)\b|\b(?:how (?:much|many|big|large|long)|what|which)\b/i;
const asksZh = /(?:多少|几|什么|啥|哪|吗|是否|有没有|是不是|怎么|如何|为何|为什么)/u;

/** A question typed without its closing mark gets one, when its last sentence asks. */
export function withClosingMark(question: string): string {
  const trimmed = question.trimEnd();
  if (!trimmed || /[.?!。？！?…~～)）”"']$/u.test(trimmed)) return question;
  if (/[\u4e00-\u9fa5]/u.test(trimmed.slice(-1))) {
    const last = trimmed.split(/[。！？!?]/u).pop() ?? '';
    return asksZh.test(last) ? `${trimmed}？` : question;
  }
  const last = trimmed.split(/(?<=[.?!])\s+/).pop() ?? '';
  return asksEn.test(last.trim()) ? `${trimmed}?` : question;
}
