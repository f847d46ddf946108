/**
 * A unit picked out by what it does or where it works instead of by name: "Putuo's district-level body in charge of
 * industry, trade and grain reserves", "负责信访工作的那个局", "社区公共服务中心建在真金路和交通路路口的那个街道办".
 * The description's words are looked for in each candidate unit's disclosure; the unit whose text holds clearly
 * more of them is the one meant. Pure: texts and the English rendering are passed in.
 */
import { characterBigrams, normalizeText } from './normalize-text.ts';

const unitNounEn = '(?:body|office|unit|department|agency|bureau|commission|committee|authority|organ|administration|outfit|street office|sub-district office)';
const doesEn =
  '(?:in charge of|responsible for|tasked with|charged with|(?:that|which|who) (?:is in charge of|is responsible for|handles|handle|runs|run|oversees|oversee|manages|manage|deals with|deal with|looks after|look after|is building|builds|regulates|supervises)|handling|overseeing|managing|dealing with|looking after|regulating|supervising|running)';
// (A list's commas stay inside the description; a comma before the clause that asks ends it.)
const describedEn = new RegExp(`\\b${unitNounEn}\\s+${doesEn}\\s+([^.;:?!()]{3,80}?)(?=,\\s*(?:how|what|which|who|by|is|are|does|do|did|can|could|please|in|for|and how|and what)\\b|[.;:?!()]|$)`, 'i');

const unitNounZh = '(?:街道办事处|街道办|街道|单位|部门|机关|委员会|委|局|办公室|办|政府)';
// "负责信访工作的那个局", "主管全区产业经济的部门".
const dutyZh = new RegExp(`(?:负责|主管|分管|承担|管)([\\u4e00-\\u9fa5、，,和与及]{2,30}?)(?:工作|事务)?的(?:那个|那家|这个|这家|那一个)?${unitNounZh}`);
/**
 * "社区公共服务中心建在真金路和交通路路口的那个街道办，": a leading clause that points at a unit; the description is its
 * first group. (withoutAskerAsides drops the whole clause from what is asked.)
 */
export const leadingUnitClauseZh = new RegExp(`^\\s*(?:请问)?([^，,。？?！!]{4,40}?)的(?:那个|那家|这个|这家|那一个)${unitNounZh}[，,：:]\\s*`);

/** The words that describe the unit asked about, or undefined when the question names no unit by description. */
export function describedUnitPhrase(question: string, lang: 'zh' | 'en'): string | undefined {
  if (lang === 'en') return describedEn.exec(question)?.[1]?.replace(/\s+(?:in|for|of)\s+(?:its|their|the)\s+\d{4}\b.*$/i, '').trim();
  return (dutyZh.exec(question)?.[1] ?? leadingUnitClauseZh.exec(question)?.[1])?.trim();
}

/**
 * The unit whose disclosure text holds clearly the most of the description: `terms` are Chinese words (an English
 * description rendered), each found or not; a Chinese description is weighed by its character pairs. `text` is the
 * disclosure's text already normalised (the engine keeps it so from start-up), so only the description is normalised
 * here. Undefined when no unit holds at least half of it, or two units hold it about equally.
 */
export function unitByDescription(description: { terms?: string[]; text?: string }, units: Array<{ unit: string; text: string }>): string | undefined {
  const terms = (description.terms ?? []).map(normalizeText).filter((term) => Array.from(term).length >= 2);
  const bigrams = description.text ? [...new Set(characterBigrams(normalizeText(description.text)))] : [];
  const pieces = terms.length ? terms : bigrams;
  if (pieces.length === 0) return undefined;
  const byUnit = new Map<string, number>();
  for (const { unit, text } of units) {
    const share = pieces.filter((piece) => text.includes(piece)).length / pieces.length;
    byUnit.set(unit, Math.max(byUnit.get(unit) ?? 0, share));
  }
  const ranked = [...byUnit.entries()].sort((left, right) => right[1] - left[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 0.5) return undefined;
  if (second && best[1] - second[1] < 0.2) return undefined;
  return best[0];
}
