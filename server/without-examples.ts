/**
 * "花在社区管理、环境卫生、社区设施这些城乡社区事务上的钱": items listed before 这些/这类 are examples of the thing
 * named after it, which is what the question is about. Each example would otherwise pull the match toward its own
 * line (社区管理事务), so they are dropped and the thing itself kept. 等 is left alone: "保洁、保安等专项经费" is a
 * label. Before a word that names nothing (督办、建议提案这些事) or before the asking itself (公车、接待和出国这几块加起来,
 * 水费、电费这些钱一共多少) the items are the thing asked, and stay. Pure; a
 * question without such a list is returned as it is.
 */
const examplesBefore = /[\u4e00-\u9fa5]{2,12}(?:[、，,和及与跟][\u4e00-\u9fa5]{2,12})+(?:这些|这类|这几类|这几项|这几块|之类的?)(?=[“"‘]?[\u4e00-\u9fa5])(?!(?:事情?|东西|方面|活儿?)(?:[？?，,。！!上里]|$))(?!加|合[计起]|一共|总共|共[计有]|总[计共]|花|用了|钱|经费|费用|多少|占|是|分别|各)/gu;

// "在公车上（买车加日常用车）一共花多少", "花在公家车子上（买车、养车）": a bracket after a term that lists its parts
// explains the term, which is asked.
// Examples in a bracket (油费、修车这些) narrow the term instead, and stay.
const partsInBrackets = /(?<=[\u4e00-\u9fa5])（(?![^（）]*(?:这些|这类|之类|等))[^（）]{1,20}(?:加|和|及|与|跟|、)[^（）]{1,20}）/gu;

// "维持机关日常运转——像办公楼水电、冬天供暖、物业这些——一共多少": examples set off by dashes or brackets and opened by
// 像/比如/例如 illustrate the term before them.
const examplesAside = /(?:——|--|—|（|\()\s*(?:像是?|比如说?|例如|譬如|诸如|好比)[^—（）()]{1,60}?(?:——|--|—|）|\)|$)/gu;

// "the so-called three public expenses — overseas trips, official cars and hospitality — went down": an English aside
// between dashes or in brackets that lists things (a comma, and, or) spells out the term before it.
const listAsideEn = /\s[—–]\s(?=[^—–]*(?:,|\band\b|\bor\b))[a-z][^—–?]{2,100}?\s[—–]\s|\s\((?=[^()]*(?:,|\band\b|\bor\b))[a-z][^()?]{2,100}?\)/gi;

/**
 * "what do the two running-cost lines under … — administrative operation and public-institution operation — add up
 * to?": after a count of lines in the same sentence, a list set off by dashes names the lines counted, which are asked.
 */
const countedLines = /\b(?:two|three|four|five|both)\s+(?:[\w'’-]+\s+){0,3}(?:lines|items|figures|parts|categories|headings|entries|amounts|accounts|rows|codes)\b/i;

export function countsLinesBefore(text: string): boolean {
  return new RegExp(`${countedLines.source}[^.?!]*$`, 'i').test(text);
}

// "…goes to urban and community affairs, like neighbourhood management, public facilities and sanitation?": a list of
// examples closing a clause after like / such as / meaning spells out the term before it.
// (After meaning or i.e. the list names the parts asked, "i.e. basic pension insurance and occupational annuity
// combined", unless it trails off: "…, sanitation and the like".)
const trailingExamplesEn = /,\s*(?:(?:like|such as|e\.g\.|for example|for instance)\s+(?=[^?.!;]*(?:,|\band\b|\bor\b))[^?.!;]{2,120}?|(?:meaning|i\.e\.)\s+[^?.!;]{2,120}?(?:and the like|and so on|etc\.?|and others))(?=\s*[?.!;]|$)/gi;

// Examples in a bracket closed by 等, 这些 or 之类 (社区管理、环卫、公共设施等 / …公共设施这些).
const bracketEtc = /[（(][^（）()]{2,40}?、[^（）()]{1,40}?(?:等|这些|这类|之类的?|那些)[）)]/gu;

// "真正花在社区里的——社区管理、环境卫生、公共设施这些——占了百分之多少": a list ending in 这些 set off by dashes.
const dashedExamplesZh = /(?:——|--)\s*[^—（）()]{1,40}?、[^—（）()]{1,60}?(?:这些|那些|之类的?|等等)\s*(?:——|--)/gu;

// "政府采购一共打算花多少啊，买东西买服务那些": a closing clause of examples (…那些) asks nothing.
// "…一共是多少？出国啊招待啊那些全加一块儿的。": nor does a closing sentence of examples of what is added up.
const closingExamplesZh = /[，,]\s*[^，,。？?！!]{2,16}(?:那些|这些|之类的?)\s*(?=[？?。！!]?\s*$)|(?<=[？?])\s*[^，,。？?！!]{2,24}?(?:那些|这些|之类的?)(?:全|都)?(?:加一块儿?|加起来|加在一起|算上|算进去|一起算)?的?\s*[。！!]?\s*$/u;

// "机关运转的钱（就是俗称机关运行费那块）": a bracket that glosses the term before it adds no second thing asked.
const glossBracketZh = /[（(]\s*(?:就是俗称|也就是说|也就是|就是|俗称|也叫|又叫|又称|即)(?![^（）()]*(?:、|这些|这类|之类|等[）)]))[^（）()]{1,30}[）)]/gu;

/**
 * `classOf` may name the class whose parts the examples are (社区管理、环境卫生、公共设施这些 → 城乡社区支出): the examples
 * then give way to that name instead of to nothing, since the thing they illustrate (花在社区里的) may be too vague to
 * match on its own.
 */
export function withoutExamples(question: string, classOf?: (items: string[]) => string | undefined): string {
  const instead = (fallback: string) => (span: string) => {
    const name = classOf?.(exampleItems(span));
    return name ? ` ${name} ` : fallback;
  };
  return question
    // "市联合接访中心的两项经费（办公楼租房和保洁保安）加起来": after a count of items, the bracket lists the items
    // themselves, no examples: they are written out before the count (…的办公楼租房和保洁保安，两项经费加起来).
    .replace(/([两二三四五六几](?:项|笔|个|块|类|部分)[\u4e00-\u9fa5]{0,6})[（(]([^（）()]*?[、，,和与及][^（）()]*?)[）)]/gu, '$2，$1')
    // "机关运转的钱（就是俗称机关运行费那块）": a bracket that glosses the term before it (就是, 俗称, 也叫) adds no
    // second thing asked; its words (运行费) would pull toward another line.
    .replace(glossBracketZh, '')
    .replace(trailingExamplesEn, instead(''))
    .replace(dashedExamplesZh, instead(''))
    .replace(closingExamplesZh, instead(''))
    // ("which was budgeted higher — water or electricity — …": after which, the aside names the choices asked.)
    // ("personnel emoluments (wages and benefits, 301)": a bracket that gives a classification code names the line.)
    .replace(listAsideEn, (span: string, offset: number, text: string) =>
      countsLinesBefore(text.slice(0, offset)) || /\bwhich\b[^.?!]*$/i.test(text.slice(0, offset)) || /(?<![\d.,])[23]\d{2}(?:\d{2}){0,2}(?![\d.,]?\d)/.test(span) ? span : instead(' ')(span),
    )
    .replace(examplesAside, instead(''))
    // "城乡社区这一大块（社区管理、环卫、公共设施等）": examples in a bracket stay, unless they name one class's parts.
    .replace(bracketEtc, (span) => {
      const name = classOf?.(exampleItems(span.replace(/(?:等|这些|这类|之类的?|那些)[）)]$/u, '）')));
      // "“三公”经费（就是公费出国、公车、接待这些）": examples opened by 就是 gloss the term before them, which is asked.
      return name ? ` ${name} ` : /^[（(]\s*(?:就是|也就是|即)/u.test(span) ? '' : span;
    })
    // "维持机关本身和下属事业单位运转的钱（行政运行加事业运行）": when the words before the bracket already join two
    // things, the bracket names them, more precisely than those words, and is kept as the asking.
    .replace(partsInBrackets, (bracket: string, offset: number, text: string) =>
      /[和与及跟]/u.test(text.slice(0, offset).split(/[，,。？?！!：:；;]/u).pop() ?? '') ? ` ${bracket.slice(1, -1)} ` : '',
    )
    .replace(examplesBefore, function examples(list: string, offset: number, text: string): string {
      // "那几辆公车，平时加油、修车这些运行维护的钱": with items joined by 、, a comma closes the clause before the
      // list; the list starts after it.
      // ("保安、保洁加起来有三十好几号人，一年请这些人的钱": items joined by 、 before the comma are another clause's.)
      const comma = Math.max(list.lastIndexOf('，'), list.lastIndexOf(','));
      if (comma >= 0 && list.includes('、')) {
        const rest = list.slice(comma + 1);
        return list.slice(0, comma + 1) + (/[、和及与跟]/u.test(rest) ? examples(rest, offset + comma + 1, text) : rest);
      }
      // The first item's start is not marked (花在社区管理、…): it is taken as long as the longest other item, and the
      // words before it (花在) stay.
      const items = list.replace(/(?:这些|这类|这几类|这几项|这几块|之类的?)$/u, '').split(/[、，,和及与跟]/u);
      const longest = Math.max(...items.slice(1).map((item) => Array.from(item).length));
      const first = Array.from(items[0] ?? '');
      const before = first.slice(0, Math.max(0, first.length - longest)).join('');
      const name = classOf?.([first.slice(before.length).join(''), ...items.slice(1)]);
      // "公车的油费、维修这些运行费用": the thing named after the examples (运行费用) is asked; a class the examples
      // happen to fit (商品和服务支出) replaces it only when that thing is a generic word (这些事务) or shares words with
      // the class (…这些城乡社区事务).
      const after = /^[\u4e00-\u9fa5]{2,8}/u.exec(text.slice(offset + list.length))?.[0] ?? '';
      const pairs = (words: string) => new Set(Array.from(words).slice(0, -1).map((character, index) => `${character}${Array.from(words)[index + 1]}`));
      const shares = name !== undefined && [...pairs(after)].some((pair) => pairs(name).has(pair));
      const generic = /^(?:事务|事情|事儿|方面|东西|项目|开支|支出|花销|经费|费用)/u.test(after);
      // "公车加油、保养、修车、买保险这些日常开销": a word that only says "spending" names nothing the items do not;
      // with no class they fit, the items are the thing asked, and stay.
      if (!name && /^(?:日常)?(?:开销|开支|花销|花费|费用)/u.test(after)) return list;
      return name && (!after || generic || shares) ? `${before}${name}` : before;
    });
}

/** The items of a list of examples, without the marks that set it off and the words that open and close it. */
export function exampleItems(span: string): string[] {
  return span
    .replace(/^[\s,，]*(?:——|--|—|–|（|\()?\s*/u, '')
    .replace(/\s*(?:——|--|—|–|）|\))?\s*$/u, '')
    .replace(/^(?:就是|也就是|即|像是?|比如说?|例如|譬如|诸如|好比|like|such as|e\.g\.|for example|for instance|meaning|i\.e\.)\s*/iu, '')
    .replace(/\s*(?:这些|那些|这类|这几类|这几项|这几块|之类的?|等等|and the like|and so on|etc\.?|and others)$/iu, '')
    .split(/[、，,和及与跟]|\s+(?:and|or)\s+/u)
    .map((item) => item.trim())
    .filter(Boolean);
}

// "机关日常运转（办公、水电这些）": examples in a bracket, closed by 这些/之类/等等.
const bracketExamples = /（[^（）]*?(?:这些|这类|之类的?|等等)）|\([^()]*?(?:这些|这类|之类的?|等等)\)/gu;

/**
 * The text without examples in a bracket (办公、水电这些). They stay in the question, where they narrow the term, but a
 * word among them is no topic the documents must cover. Pure.
 */
export function withoutBracketExamples(text: string): string {
  return text.replace(bracketExamples, '');
}
