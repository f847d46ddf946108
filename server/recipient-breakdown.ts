/**
 * "How much does Wanli Street give each neighbourhood committee?", "哪些企业拿到了扶持资金，每家多少": a budget
 * disclosure states lines of spending, never what each recipient (a residents' committee, a company, a household)
 * receives, nor where its official trips go. Returns the recipients (or trip details) asked about, or undefined. Pure.
 */
const recipientsZh = '(?:居委会|居委|居民委员会|居民区|社区|企业|公司|学校|家庭|住户|户|居民|村|商户|商家|菜市场|菜场|市场|门店|网点|小区|园区|楼宇|养老院|幼儿园)';
const eachRecipientZh = new RegExp(`((?:每个|每一个|每家|每一家|每所|每户|各个|各家)${recipientsZh})`);
const whichRecipientsZh = new RegExp(`((?:哪些|哪几家|哪几个|哪家)${recipientsZh})`);
// "我家楼下那个标准化菜场，…单独给它补贴了多少钱": one recipient pointed at, given money on its own.
// (The story naming it may be left out before this is read: 单独给它补贴 still asks what one recipient gets.)
const oneRecipientZh = new RegExp(`((?:这|那)(?:个|家|所)[\u4e00-\u9fa5]{0,6}?${recipientsZh})[^。？?]{0,30}?单独给(?:它|他们|这家|那家|这个|那个)|(单独给(?:它|他们|这家|那家)(?:补贴|拨款?|发|安排|花)了?(?:多少|几))`);
const recipientsEn = "(?:residents['’]? committees?|neighbou?rhood committees?|residential committees?|compan(?:y|ies)|firms?|enterprises?|businesses|households?|families|residents|schools?|communities|villages?|shops?|merchants?|(?:wet |food )?markets?|stores?|estates?|care homes?|nursing homes?)";
const eachRecipientEn = new RegExp(`\\b((?:each|every|per)\\s+(?:(?:one\\s+)?of\\s+(?:its|the|their|these)\\s+)?(?:[\\w'’-]+\\s+)?${recipientsEn})\\b`, 'i');
// "Which companies will receive…", "which firms are going to get…".
const whichRecipientsEn = new RegExp(`\\b(which\\s+(?:[\\w'’-]+\\s+)?${recipientsEn})\\s+(?:(?:will|would|are going to|are to|is going to|can|could|did|do|does)\\s+)?(?:get|gets|got|receive|receives|received)\\b`, 'i');

// Where official trips go and how many delegations travel: a budget states the trips' money, never their plan.
const tripPlanZh = /((?:哪些|哪几个|哪个|什么)(?:国家|地区|城市)|(?:几|多少)个(?:出访)?团组|出访团组)/;
const tripPlanEn = /\b((?:which|what) (?:countries|country|destinations?|cities)|how many (?:delegations|trips abroad|overseas trips)|(?:split|broken down|divided|allocated) by (?:destination|country|countries)(?: countr(?:y|ies))?)\b/i;

// "…服务中心这一家单位自己的预算": one unit of a department on its own; a department's disclosure states the
// department's lines, not each member unit's budget.
const memberUnitOwnZh = /((?:这|那|该)一?家(?:单位|机构)?(?:自己|本身|单独|自身)的?(?:预算|经费|钱|支出))/;
// "社区事务受理服务中心（…）2024年单独的预算", "…中心单独分到多少钱": a member institution named, on its own.
const memberInstitutionZh = /([\u4e00-\u9fa5]{0,12}?(?:中心|所|站|队))(?:[（(][^）)]*[）)])?[^，,。？?（(]{0,8}?(?:单独|单列|自己|本身|自身)(?:的|分到|分得|安排了?|拿到)?(?:多少)?的?(预算|经费|钱|支出)/;

// "Which company was contracted to maintain the platform?", "中标单位是哪家": who supplies a procured service; a budget
// states the procurement's money, never its supplier.
const supplierZh = /((?:哪家|哪个|什么)(?:公司|企业|厂家|供应商|服务商)(?:中标|承接|承包|负责|来做|在做|做的)|中标(?:单位|公司|方|企业|供应商)|供应商(?:是|叫|为)(?:谁|哪家|什么))/;
const supplierEn = /\b((?:which|what) (?:company|companies|firm|firms|contractor|contractors|vendor|vendors|supplier|suppliers|provider|providers)(?: (?:was|were|is|are|has been|have been|got|won|holds?|held))?|(?:name of|who is) the (?:contractor|vendor|supplier|service provider))\b/i;

export function recipientBreakdownAsked(question: string, lang: 'zh' | 'en'): string | undefined {
  const match =
    lang === 'zh'
      ? (eachRecipientZh.exec(question) ?? whichRecipientsZh.exec(question) ?? oneRecipientZh.exec(question) ?? tripPlanZh.exec(question) ?? memberUnitOwnZh.exec(question) ?? supplierZh.exec(question))
      : (eachRecipientEn.exec(question) ?? whichRecipientsEn.exec(question) ?? tripPlanEn.exec(question) ?? supplierEn.exec(question));
  return match?.[1] ?? match?.[2] ?? (lang === 'zh' ? institutionOwn(question) : undefined);
}

/** A member institution's own budget asked (社区事务受理服务中心单独的预算), as "<name>单独的<money word>". */
function institutionOwn(question: string): string | undefined {
  const match = memberInstitutionZh.exec(question);
  // A department's disclosure names its institutions (机构设置) but states no budget for each.
  return match ? `${match[1]!.replace(/^.*?(?:街道|办事处|委员会|政府)/, '')}单独的${match[2]}` : undefined;
}
