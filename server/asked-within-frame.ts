/**
 * "Within the office's budget for trips abroad, how much is earmarked for overseas hotels?": a lead clause (within,
 * of, out of) frames where to look, and what the clause after it names is what is asked. A word the documents lack
 * there is the thing asked about, not an aside: the frame's own figure is no answer to it. English only; Chinese
 * frames (办公费里，…) also open questions whose later words are asides (保留两位小数), so they are not read this way.
 * Pure.
 */
const leadFrame = /^\s*(?:within|inside|out of)\b[^,;:]{3,}[,;:]\s*(.+)$/is;

export function askedWithinFrame(question: string, term: string): boolean {
  const asked = leadFrame.exec(question)?.[1];
  return asked !== undefined && asked.toLowerCase().includes(term.toLowerCase());
}
