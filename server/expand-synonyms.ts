import type { GlossaryEntry } from './glossary.ts';
import { normalizeText } from './normalize-text.ts';

/**
 * A question may name a thing in other words than the document (公车 / 公务用车购置及运维费, 人员经费 / 人员类项目经费).
 * For every glossary group the question mentions, the group's wordings that the document uses as a figure's label
 * are appended, so the matcher sees the document's words. Only whole labels count: appending every related word
 * the text contains (信访事项, 部门预算) would drown the question. The ranker scores facts against both the question
 * and its expansion, so an expansion never hides what the question names exactly. Pure; built once.
 */
// Words too general to stand for one figure: 支出 in "spend on trips abroad" must not bring in 支出总计.
const genericMentions = new Set(['支出', '收入', '预算', '经费', '资金', '资产', '合计', '总计', '单位', '部门', '年度', '本年', '上年']);

const countedObject = /([买购换添配])了?(?:这|那|一|两|几)(?:辆|台|部|套|间|栋|处)/gu;

// What may stand between a wording's two halves: a few characters that join or set apart nothing.
const apartGap = /^[^和与及跟同或还比、，,。？?！!；;：:\s\u0001]{1,4}$/u;

/** One way to say a wording in two halves: 机关医保 as 机关 | 医保. */
interface ApartSplit {
  member: string;
  head: string;
  tail: string;
}

/** Every two-halves split of the wordings of four characters or more, indexed by the head's first two characters. */
function apartSplits(groups: string[][]): Map<string, ApartSplit[]> {
  const index = new Map<string, ApartSplit[]>();
  for (const member of new Set(groups.flat())) {
    const characters = Array.from(member);
    for (let cut = 2; cut <= characters.length - 2; cut += 1) {
      const head = characters.slice(0, cut).join('');
      const key = characters.slice(0, 2).join('');
      const splits = index.get(key) ?? [];
      if (!splits.length) index.set(key, splits);
      splits.push({ member, head, tail: characters.slice(cut).join('') });
    }
  }
  return index;
}

/**
 * "给机关干部交医保的钱": the wordings of four characters or more (机关医保) said with a few words between their two
 * halves (机关 | 干部交 | 医保), each half two characters at least, within one side of the question. Only splits whose
 * head's first two characters the text holds are tried.
 */
function mentionedApart(text: string, index: Map<string, ApartSplit[]>): Set<string> {
  const found = new Set<string>();
  const characters = Array.from(text);
  const seen = new Set<string>();
  for (let position = 0; position + 1 < characters.length; position += 1) {
    const key = characters[position]! + characters[position + 1]!;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const { member, head, tail } of index.get(key) ?? []) {
      if (found.has(member)) continue;
      for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
        const after = at + head.length;
        const next = text.indexOf(tail, after + 1);
        if (next > after && apartGap.test(text.slice(after, next))) {
          found.add(member);
          break;
        }
      }
    }
  }
  return found;
}

export function createSynonymExpander(glossary: GlossaryEntry[]): (question: string, labels: ReadonlySet<string>) => string {
  const groups = glossary.map((entry) => [entry.zh, ...(entry.zhAliases ?? [])].map(normalizeText).filter((member) => Array.from(member).length >= 2));
  const labelTexts = new WeakMap<ReadonlySet<string>, string>();
  const splits = apartSplits(groups);
  return (question, labels) => {
    // "买这辆车", "买两台电脑": a count or a pointer between buying and its noun hides the wording (买车); the
    // question is read with it left out too.
    const plain = normalizeText(question);
    const withoutCounter = plain.replace(countedObject, '$1');
    const normalized = withoutCounter === plain ? plain : `${plain}\u0001${withoutCounter}`;
    let labelText = labelTexts.get(labels);
    if (labelText === undefined) {
      // A separator no wording contains, so a member never matches across two labels.
      labelText = [...labels].map(normalizeText).join('\u0001');
      labelTexts.set(labels, labelText);
    }
    const additions = new Set<string>();
    // (An English question arrives as terms joined by spaces: no wording is said apart across two of them.)
    const pieces = question.split(/\s+/).map((piece) => normalizeText(piece).replace(countedObject, '$1')).join('\u0001');
    const apart = mentionedApart(pieces, splits);
    const mentionedByGroup = groups.map((group) => group.filter((member) => normalized.includes(member) || apart.has(member)));
    const allMentions = mentionedByGroup.flat();
    for (const [index, group] of groups.entries()) {
      // 公车 inside 买公车 is the other group's word: the longer mention says which thing is meant.
      const mentioned = mentionedByGroup[index].filter(
        (member) => !genericMentions.has(member) && !allMentions.some((other) => other.length > member.length && other.includes(member) && !group.includes(other)),
      );
      if (!mentioned.length) continue;
      // A colloquial word no label uses (租房) is translated into a wording labels contain (租赁 inside
      // 办公用房租赁经费); a word the labels already use needs no help, and only whole labels are added for it.
      const foreign = !mentioned.some((member) => labelText.includes(member));
      for (const member of group) {
        if (normalized.includes(member)) continue;
        const whole = labels.has(member);
        if (!whole && !(foreign && labelText.includes(member))) continue;
        // A longer mention already covers a shorter member (公务用车 inside 公务用车运维费 asks about the latter).
        if (mentioned.some((other) => other.length > member.length && other.includes(member))) continue;
        additions.add(member);
      }
    }
    return additions.size ? `${question} ${[...additions].join(' ')}` : question;
  };
}

/** True when a question word belongs to a glossary group one of whose wordings the document uses. */
export function createSynonymCoverage(glossary: GlossaryEntry[]): (term: string, documentText: string) => boolean {
  const groups = glossary.map((entry) => [entry.zh, ...(entry.zhAliases ?? [])].map(normalizeText).filter((member) => member.length > 0));
  return (term, documentText) => {
    const normalized = normalizeText(term);
    return groups.some((group) => group.some((member) => member.includes(normalized)) && group.some((member) => documentText.includes(member)));
  };
}
