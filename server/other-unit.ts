import { charactersInOrder } from './longest-common-run.ts';

/**
 * "How much does the Langfang public security bureau spend on cars?" names a unit by its kind (public security
 * bureau), and no loaded disclosure is that unit's: the petitions bureau's car spending is not the answer. An English
 * unit name is recognised by its head word (bureau, commission, department, committee, administration); the words
 * before it, rendered in Chinese, must appear in a candidate unit's name (信访 in 廊坊市信访局, 商务委员会 in
 * 上海市普陀区商务委员会), in order if not together. Pure.
 */
// Places are units too: "Putuo's Changzheng Town" is not a loaded disclosure's unit when 长征 is in no unit's name.
const unitHead = /((?:[A-Za-z'’-]+\s+){1,4})(bureau|commission|department|committee|administration|town|township|subdistrict|street|village|county)\b/gi;
const placeHead = /^(?:town|township|subdistrict|street|village|county)$/i;
// Words that end the unit's name, read backwards from its head; fillers inside a name are skipped.
const nameEnds = new Set(['the', 'a', 'an', 'of', 'its', 'their', 'is', 'are', 'was', 'were', 'does', 'do', 'did', 'how', 'what', 'much', 'many', 'for', 'to', 'by', 'on', 'in', 'at', 'with', 'from', 'about']);
const fillers = new Set(['and', 'municipal', 'city', 'district', 'county', 'provincial', 'local']);

export function otherUnitNamed(input: {
  question: string;
  /** The candidate documents' unit names. */
  unitNames: string[];
  /** Chinese renderings of an English phrase (glossary and dictionary terms). */
  render: (english: string) => string[];
  /** The candidate units' names in toneless pinyin (万里 -> wanli), for a place name written in pinyin. */
  romanizedUnits?: string[];
}): string | undefined {
  for (const match of input.question.matchAll(unitHead)) {
    const written = match[1]!.trim().split(/\s+/);
    const name: string[] = [];
    // A capitalised head (Changzheng Town) has a capitalised name: a lower-case word or an owner (Putuo's) ends it.
    const capitalisedHead = /^[A-Z]/.test(match[2]!);
    const endsName = (word: string) => nameEnds.has(word.toLowerCase()) || (capitalisedHead && ((!/^[A-Z]/.test(word) && !/^(?:and|&)$/.test(word)) || /['’]s$/.test(word)));
    // A place (Changzheng Town, wanli street) is named by the one word before it, typed in lower case or not.
    const longest = placeHead.test(match[2]!) ? 1 : written.length;
    for (let index = written.length - 1; index >= 0 && name.length < longest && !endsName(written[index]!); index -= 1) name.unshift(written[index]!);
    const words = name.filter((word) => !fillers.has(word.toLowerCase()));
    if (!words.length) continue;
    // The whole name with its head is rendered too: "Letters and Calls Bureau" is a glossary name of 信访局 though
    // "letters calls" alone renders as mail and phone calls.
    const chinese = (term: string) => /[\u4e00-\u9fa5]{2,}/.test(term);
    // A place the candidates' units stand in (Putuo -> 普陀) is shared by every unit there: "Putuo District Development
    // and Reform Commission" is not the Putuo commerce commission because both are in Putuo.
    const places = placesOf(input.unitNames);
    const notPlace = (term: string) => !places.has(term.replace(/[省市区县]$/, ''));
    // A place name in pinyin one of the candidates' names reads as (Wanli Subdistrict) is that unit, whatever
    // other word the dictionary renders it as (Wanli -> 万历, an emperor).
    const pinyin = words.join('').toLowerCase();
    if (/^[A-Z]/.test(match[2]!) && isPinyin(pinyin) && (input.romanizedUnits ?? []).some((unit) => unit.includes(pinyin))) continue;
    const own = input.render(words.join(' ')).filter(chinese).filter(notPlace);
    if (!own.length) {
      // A place name in pinyin (Changzheng Town) is judged by the candidates' names read in pinyin; other words no
      // glossary or dictionary renders cannot be judged.
      const written = words.join('').toLowerCase();
      const romanized = input.romanizedUnits ?? [];
      // ("Changfeng Xincun street office": a capitalised name before a head typed in lower case is a name too.)
      const capitalisedName = /^[A-Z]/.test(match[2]!) || words.every((word) => /^[A-Z]/.test(word));
      if (romanized.length && capitalisedName && isPinyin(written) && !romanized.some((unit) => unit.includes(written))) return `${name.join(' ')} ${match[2]}`;
      continue;
    }
    // The head's own rendering (commission -> 委员会) names a kind of unit that many are, not this one.
    const head = new Set(input.render(match[2]!));
    const terms = [...own, ...input.render(`${name.join(' ')} ${match[2]}`).filter(chinese).filter((term) => notPlace(term) && !head.has(term))];
    const named = terms.some((term) => input.unitNames.some((unit) => charactersInOrder(term, unit)));
    if (!named) return `${name.join(' ')} ${match[2]}`;
  }
  return undefined;
}

/** The places in unit names (上海市普陀区… -> 上海, 普陀), without their 省/市/区/县. */
function placesOf(unitNames: string[]): Set<string> {
  return new Set(unitNames.flatMap((unit) => Array.from(unit.matchAll(/([\u4e00-\u9fa5]{2,3}?)[省市区县]/g), (match) => match[1]!)));
}

const pinyinSyllable = '(?:[nl]ve?|er|(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|a|e|i|o|u))';
const pinyinWord = new RegExp(`^(?:${pinyinSyllable}){2,5}$`);

/** Toneless pinyin of two to five syllables (changzheng, wanli), as a Chinese place name is written in English. */
function isPinyin(word: string): boolean {
  return pinyinWord.test(word);
}
