import { asksSomething, sentencesOf } from './asker-asides.ts';

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
 * The places are fixed when the engine starts, so their pattern is built once.
 */
export function createEnglishCapitalizer(placesInPinyin: readonly string[]): (question: string) => string {
  const places = placesInPinyin.filter((place) => /^[a-z]{3,}$/.test(place));
  const named = places.length ? new RegExp(`\\b(${places.join('|')})\\b(\\s+(?:${unitKindWords})\\b)?`, 'g') : undefined;
  const capital = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
  return (question) => {
    if (/[A-Z]/.test(question) || !/[a-z]/.test(question) || /[\u4e00-\u9fa5]/u.test(question)) return question;
    let written = question.replace(/\bi\b(?!\.)/g, 'I');
    if (named) written = written.replace(named, (_whole, place: string, kind?: string) => `${capital(place)}${kind ? ` ${capital(kind.trim())}` : ''}`);
    return written.replace(/(^\s*|[.?!]\s+)([a-z])/g, (_whole, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
  };
}

// A question typed without its mark may open with the verb that asks (does wanli have cars).
const opensAskingEn = /^\s*(?:is|are|was|were|does|do|did|can|could|will|would|has|have|had|should)\b/i;

/** A question typed without its closing mark gets one, when its last sentence asks (asksSomething, as elsewhere). */
export function withClosingMark(question: string): string {
  const trimmed = question.trimEnd();
  if (!trimmed || /[.?!。？！?…~～)）”"']$/u.test(trimmed)) return question;
  const lang = /[\u4e00-\u9fa5]/u.test(trimmed.slice(-1)) ? 'zh' : 'en';
  const last = sentencesOf(trimmed, lang).pop() ?? '';
  if (!asksSomething(last, lang) && !(lang === 'en' && opensAskingEn.test(last))) return question;
  return `${trimmed}${lang === 'zh' ? '？' : '?'}`;
}
