/**
 * Text as compared by the matcher: full-width ASCII folded to half-width, brackets, quotes, spaces and punctuation
 * removed, so 因公出国（境）费 and 因公出国(境)费, or “三公”经费 and 三公经费, compare equal.
 */
export function normalizeText(text: string): string {
  let folded = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    folded += code >= 0xff01 && code <= 0xff5e ? String.fromCodePoint(code - 0xfee0) : character === '\u3000' ? ' ' : character;
  }
  return folded
    .toLowerCase()
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .replace(/[\s"'“”‘’《》〈〉「」『』()（）\[\]【】〔〕、，,。.:：;；!！?？\-—_·…/\\]+/g, '');
}

/** How a text writes a term that has a long and a short form: 运行维护 (long) or 运维 (short); undefined when neither. */
export type TermForm = 'long' | 'short' | undefined;

export function termForm(text: string): TermForm {
  return text.includes('运行维护') ? 'long' : text.includes('运维') ? 'short' : undefined;
}

/**
 * Text as a question's words and a label are compared: normalised, with the joining words between two terms folded
 * to one (和, 与, 以及 as 及), and, given the question's form of a term written long or short (运行维护 / 运维), a label
 * written in that form: 公车的购置和运行维护 names the line 公务用车购置及运维费. (Only a label is rewritten, and only
 * toward the question's form, so a label's words match no more than the question writes.)
 */
export function comparedText(text: string, form?: TermForm): string {
  const normalized = normalizeText(text);
  const written = form === 'long' ? normalized.replace(/运维/g, '运行维护') : form === 'short' ? normalized.replace(/运行维护/g, '运维') : normalized;
  return written.replace(/(?<=[\u4e00-\u9fa5])(?:以及|和|与)(?=[\u4e00-\u9fa5])/g, '及');
}

/** Character bigrams of normalised text (single characters for one-character strings). */
export function characterBigrams(text: string): string[] {
  const characters = Array.from(text);
  if (characters.length < 2) return characters;
  const bigrams: string[] = [];
  for (let index = 0; index + 1 < characters.length; index += 1) bigrams.push(characters[index] + characters[index + 1]);
  return bigrams;
}
