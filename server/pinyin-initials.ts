/**
 * Budget terms typed by their pinyin initials inside a Chinese question (预算里写的jgyx经费到底指啥 -> 机关运行经费, zfcg
 * -> 政府采购), as people type in a hurry. Pure: the terms and a character's pinyin are given.
 */
export function createInitialsSpeller(terms: readonly string[], pinyinOf: (character: string) => string | undefined, canonicalOf: (term: string) => string = (term) => term): (text: string) => string {
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
  // Each term's characters in full pinyin (机关运行 -> ji guan yun xing), for "jiguan yunxing 经费", "sangong jingfei".
  const syllables = [...new Set(terms)]
    .filter((term) => /^[\u4e00-\u9fa5]{2,10}$/u.test(term))
    .flatMap((term) => {
      const each = Array.from(term, (character) => pinyinOf(character));
      return each.every((syllable) => syllable !== undefined) ? [{ term, each: each as string[] }] : [];
    });
  const fullPinyin = (text: string) =>
    text.replace(/(?<![A-Za-z])[A-Za-z]{2,}(?:\s+[A-Za-z]{2,}){0,3}(?![A-Za-z])/g, (run: string, offset: number, whole: string) => {
      const letters = run.toLowerCase().replace(/\s+/g, '');
      if (letters.length < 6) return run;
      const after = whole.slice(offset + run.length).trimStart();
      // A term spelled whole, or its first characters spelled while the rest follow in characters (jiguan yunxing经费).
      const found = new Set<string>();
      for (const { term, each } of syllables) {
        let joined = '';
        for (let count = 1; count <= each.length; count += 1) {
          joined += each[count - 1];
          if (joined.length > letters.length) break;
          // (A term spelled whole is written as its entry's own name: sangong jingfei spells 三公经费 and the alias 三工经费.)
          if (joined === letters && count === each.length) found.add(canonicalOf(term));
          else if (joined === letters && after.startsWith(term.slice(count))) found.add(term.slice(0, count));
        }
      }
      return found.size === 1 ? [...found][0]! : run;
    });
  return (text) => {
    if (/[\u4e00-\u9fa5]/u.test(text) && /[a-z]{6}/i.test(text.replace(/\s+/g, ''))) text = fullPinyin(text);
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
