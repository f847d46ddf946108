/**
 * Words an English question capitalises because they are names (Putuo, Education Bureau), lower-cased. A word
 * capitalised only because it opens the question or a sentence ("Fact check: how much…", "Quick one. What…") is
 * no name: counting it as one made a press officer's lead-in look like another unit the documents do not cover.
 */
export function capitalisedNames(question: string): Set<string> {
  const names = new Set<string>();
  for (const match of question.matchAll(/\b[A-Z][A-Za-z]*/g)) {
    const before = question.slice(0, match.index).replace(/["'“‘(\[\s]+$/u, '');
    if (before === '' || /[.?!:;]$/.test(before)) continue;
    names.add(match[0].toLowerCase());
  }
  return names;
}
