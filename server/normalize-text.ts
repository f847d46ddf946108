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

/** Character bigrams of normalised text (single characters for one-character strings). */
export function characterBigrams(text: string): string[] {
  const characters = Array.from(text);
  if (characters.length < 2) return characters;
  const bigrams: string[] = [];
  for (let index = 0; index + 1 < characters.length; index += 1) bigrams.push(characters[index] + characters[index + 1]);
  return bigrams;
}
