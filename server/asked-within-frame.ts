/**
 * "Within the office's budget for trips abroad, how much is earmarked for overseas hotels?": a lead clause (within,
 * of, out of) frames where to look, and what the clause after it names is what is asked. A word the documents lack
 * there is the thing asked about, not an aside: the frame's own figure is no answer to it. English only; Chinese
 * frames (办公费里，…) also open questions whose later words are asides (保留两位小数), so they are not read this way.
 * Pure.
 */
const leadFrame = /^\s*(?:within|inside|out of)\b[^,;:]{3,}[,;:]\s*(.+)$/is;

// "…a big budget for trips abroad. How much of that is just for the plane tickets?": what "of that" spends is asked
// within the figure named before.
const partOfFrame = /\bhow much of (?:that|this|it|the (?:money|budget|sum|amount|figure))\s+(?:is|was|goes|went|will go|is going|gets spent|is spent|was spent)\s+(?:just\s+|only\s+|purely\s+|actually\s+)?(?:spent\s+)?(?:on|for|to|towards)\s+(.+)$/is;

export function askedWithinFrame(question: string, term: string): boolean {
  const asked = leadFrame.exec(question)?.[1] ?? partOfFrame.exec(question)?.[1];
  return asked !== undefined && asked.toLowerCase().includes(term.toLowerCase());
}

/**
 * "办公费里买打印纸和硒鼓的钱是多少": within a line (…里, …中), money for buying a named thing is that thing's own
 * money, which a word the documents lack names; the line's figure is no answer to it. Only money named by what it
 * buys (买/购买/花在…的钱) inside a frame is read this way. Pure.
 */
const boughtWithinZh = /(?:里|中|当中|里面|里头)[，,]?\s*(?:专门)?(?:用来|用于)?(?:买|购买|购置|采购|花在|用在)([^，,。？?]{1,20}?)(?:上)?(?:的(?:钱|费用|开支|支出|经费)|(?:具体|一共|大概|总共)?(?:花|用|要|安排|预算|拨)了?多少)/u;

export function askedWithinFrameZh(question: string, term: string): boolean {
  const asked = boughtWithinZh.exec(question)?.[1];
  return asked !== undefined && asked.includes(term);
}
