/** The nine tables every 部门/单位预算 disclosure publishes, recognised by keywords so wording and years may vary. */
export const standardTableKinds = [
  'financial-summary',
  'income-summary',
  'expenditure-summary',
  'fiscal-appropriation-summary',
  'general-budget-by-function',
  'government-fund-by-function',
  'state-capital-by-function',
  'general-budget-basic-by-economic',
  'three-public-and-running-costs',
] as const;
export type StandardTableKind = (typeof standardTableKinds)[number];

/**
 * Which standard table a title names, or null. The title is normalised first (years, 部门/单位, numbering, quotes and
 * spaces removed), then matched by keywords, most specific first.
 */
export function standardTableKind(title: string): StandardTableKind | null {
  const normalised = title
    .replace(/^\s*\d{1,2}\s*[.．、]/, '')
    .replace(/\d{4}\s*年(度)?/g, '')
    .replace(/[“”"'‘’「」\s]/g, '')
    .replace(/(预算单位|部门|单位)/g, '');
  if (!normalised.endsWith('表')) return null;
  if (normalised.includes('三公') && normalised.includes('机关运行')) return 'three-public-and-running-costs';
  if (normalised.includes('基本支出') && normalised.includes('经济分类')) return 'general-budget-basic-by-economic';
  if (normalised.includes('政府性基金') && normalised.includes('功能分类')) return 'government-fund-by-function';
  if (normalised.includes('国有资本经营') && normalised.includes('功能分类')) return 'state-capital-by-function';
  if (normalised.includes('一般公共预算支出') && normalised.includes('功能分类')) return 'general-budget-by-function';
  if (normalised.includes('财政拨款收支')) return 'fiscal-appropriation-summary';
  if (normalised.includes('财务收支')) return 'financial-summary';
  if (normalised.includes('收入预算总表') || normalised.includes('收入总表')) return 'income-summary';
  if (normalised.includes('支出预算总表') || normalised.includes('支出总表')) return 'expenditure-summary';
  return null;
}
