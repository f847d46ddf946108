// What may stand after 比/than when a question compares one measure with its own earlier level: a year, the year
// before, an earlier budget or time. Anything else there is a second thing the question names.
const earlierZh = /^(?:去年|上年|上一年|前一年|上年度|前年|之前|以前|此前|原来|往年|上次|同期|年初|预算|执行数|\d{2,4}年|[一二〇零○]{2,4}年)/;
const earlierEn = /^(?:in |for |during |at )?(?:the )?(?:year before|last year|previous|prior|earlier|before|previously|a year (?:ago|earlier)|(?:fy|year )?\d{2,4}\b|budget(?:ed)?\b|planned\b|originally\b)/i;

/**
 * "信访局房租比呼叫中心的钱多多少", "how much more goes to rent than to the call centre": the question names a second
 * thing to set against the first. With one of the two unread, a change the document states for the other, or the
 * other's own figure, answers a different question. False when what follows 比/than is a time ("比上年多多少",
 * "than last year", "than in 2024"). Pure.
 */
export function namesSecondSide(question: string): boolean {
  for (const match of question.matchAll(/(?:比|较之?)([^，,。？?；;]{1,24}?)(?:多|少|高|低|贵|便宜|大|小|增|减|差|相差)/g)) {
    if (!earlierZh.test(match[1]!.trim())) return true;
  }
  for (const match of question.matchAll(/\bthan\s+([^,.?;]{1,60})/gi)) {
    if (!earlierEn.test(match[1]!.trim())) return true;
  }
  return false;
}
