/**
 * Budget terms typed by their pinyin initials inside a Chinese question (预算里写的jgyx经费到底指啥 -> 机关运行经费, zfcg
 * -> 政府采购), as people type in a hurry. Pure: the terms and a character's pinyin are given.
 */
export function createInitialsSpeller(terms: readonly string[], pinyinOf: (character: string) => string | undefined): (text: string) => string {
  const initialsOf = (term: string) => {
    const letters = Array.from(term, (character) => pinyinOf(character)?.charAt(0));
    return letters.every((letter) => letter !== undefined) ? letters.join('') : undefined;
  };
  const spelled = [...new Set(terms)]
    .filter((term) => /^[\u4e00-\u9fa5]{2,10}$/u.test(term))
    .flatMap((term) => {
      const initials = initialsOf(term);
      return initials ? [{ term, initials }] : [];
    });
  return (text) => {
    // A Chinese question (no two English words in a row), and a run of letters beside a Chinese character.
    if (!/[a-z]{3}/i.test(text) || !/[\u4e00-\u9fa5]/u.test(text) || /[A-Za-z]+\s+[A-Za-z]+/.test(text)) return text;
    return text.replace(/(?<=[\u4e00-\u9fa5]\s?|^)([A-Za-z]{3,8})(?![A-Za-z])|(?<![A-Za-z])([A-Za-z]{3,8})(?=\s?[\u4e00-\u9fa5])/g, (run: string, _before: string, _after: string, offset: number, whole: string) => {
      const letters = run.toLowerCase();
      const after = whole.slice(offset + run.length).trimStart();
      // A term whose initials are the run, or begin with it while its remaining characters follow the run (jgyx经费).
      const prefixes = new Set(
        spelled
          .filter(({ term, initials }) => initials === letters || (initials.startsWith(letters) && after.startsWith(term.slice(letters.length))))
          .map(({ term }) => term.slice(0, letters.length)),
      );
      return prefixes.size === 1 ? [...prefixes][0]! : run;
    });
  };
}
