/**
 * A budget disclosure plans the year. What was finally spent (决算, the final accounts), or an outcome the asker sets
 * against the plan (实际办了多少，不是计划目标; what a building ended up costing), is another disclosure. Returns the
 * term to name in the refusal, or undefined. Pure.
 */
const finalAccounts = /决算|final accounts?\b/i;
const outcomeAgainstPlan =
  /实际[^。？?]{0,24}(?:不是|而不是|不要|并非)[^。？?]{0,6}(?:计划|目标|预算)|最终(?:花了|花费|造价|决算)|\bend(?:ed|s)? up (?:costing|spending|cost)\b|\bfinal (?:total )?cost\b|\b(?:actual(?:ly)?|executed)\b[^?.]{0,100}\b(?:not|rather than|instead of) (?:the |its |what was )?(?:target|plan|budget)|\bthe (?:executed|actually spent) (?:amount|figure|sum)\b/i;

export function outcomeAsked(question: string, lang: 'zh' | 'en'): string | undefined {
  const named = finalAccounts.exec(question)?.[0];
  if (named) return named;
  if (!outcomeAgainstPlan.test(question)) return undefined;
  return lang === 'en' ? 'actual outcomes (final accounts)' : '实际执行结果（决算）';
}
