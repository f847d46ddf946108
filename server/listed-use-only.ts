import { characterBigrams, normalizeText } from './normalize-text.ts';

/**
 * "机关运行经费安排95.17万元。请提供其中办公用房取暖费的具体预算金额": a line's sentence lists what the money is
 * for (主要用于…日常维修、办公用房水电费、办公用房取暖费…); one of those uses, asked of the line it belongs to, has no
 * figure of its own in the disclosure. The use asked (as the question writes it) when:
 * - the question asks within the line (其中, or the label's ending before 中 / 里: 经费中), naming the use after that;
 * - the line's stating sentence lists three uses or more, and the question names exactly one of them;
 * - words of that use appear in no line of the document (labelBigrams: every labelled figure's character pairs).
 * Pure.
 */
export function useListedOnly(question: string, label: string, statingText: string, labelBigrams: Set<string>, english?: string): string | undefined {
  // (Within the line: 其中 after it, or the label's last words before 中 / 里; what is asked comes after. An English
  // question asks within it by "of X, how much … for Y", and is read in its Chinese rendering, `question`.)
  const ownLabel = normalizeText(label);
  const ending = Array.from(ownLabel).slice(-2).join('');
  if (ending.length < 2) return undefined;
  const within = english === undefined ? new RegExp(`其中|${ending.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:里面|当中|中|里)`, 'u').exec(question) : null;
  const asksWithinEn = english !== undefined && /\b(?:of|within|out of)\s+(?:the\s+|its\s+|their\s+)?[^?]{3,120}?,\s*(?:exactly\s+|precisely\s+)?how much\b|\bhow much of\b/i.test(english);
  if (!within && !asksWithinEn) return undefined;
  const after = normalizeText(within ? question.slice(within.index + within[0].length) : question);
  const use = /(?:主要用于|用于|包括)([^。；;]*)/u.exec(statingText)?.[1];
  if (!use) return undefined;
  const uses = use
    .replace(/等.*$/u, '')
    .split(/[、，,和及与]/u)
    .map(normalizeText)
    .filter((item) => Array.from(item).length >= 2);
  if (uses.length < 3) return undefined;
  // (The uses are compared by their words the line's label does not share: 办公用房取暖费 by 取暖.)
  const distinctive = (text: string) => characterBigrams(text).filter((bigram) => /^[\u4e00-\u9fa5]{2}$/u.test(bigram) && !labelBigrams.has(bigram) && !ownLabel.includes(bigram));
  // (…and that no other use shares: 办公用房 is common to three of them.)
  const ownOf = uses.map((item, index) => distinctive(item).filter((bigram) => !uses.some((other, otherIndex) => otherIndex !== index && other.includes(bigram))));
  const named = uses.flatMap((item, index) => (ownOf[index]!.length > 0 && ownOf[index]!.some((bigram) => after.includes(bigram)) ? [index] : []));
  if (named.length !== 1) return undefined;
  return uses[named[0]!];
}
