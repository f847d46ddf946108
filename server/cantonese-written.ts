/**
 * Written Cantonese (as askers from Hong Kong and Guangdong type it) in standard written Chinese, so the rest of the
 * reading meets the words disclosures use: 今年三公经费系几多？ -> 今年三公经费是多少？. Applied to simplified text
 * (traditional characters are simplified first: 係 -> 系, 幾 -> 几).
 *
 * Only a text showing a Cantonese marker is rewritten; 系 (the Cantonese copula, also formal Mandarin's 系) becomes 是
 * only then, and never inside a word (关系, 体系, 系统, 联系).
 */
const cantoneseMarker = /[嘅咗冇喺啲咩乜嘢佢哋畀睇揾嗰]|呢个|呢度|几多|系咪|系唔系|点解|点样|边个|边度|边啲|而家|琴年|唔该|唔系/;

const phrases: ReadonlyArray<readonly [RegExp, string]> = [
  [/系唔系|系咪/g, '是不是'],
  [/唔系/g, '不是'],
  [/几多钱/g, '多少钱'],
  [/几多/g, '多少'],
  [/乜嘢|乜/g, '什么'],
  [/咩/g, '什么'],
  [/点解/g, '为什么'],
  [/点样/g, '怎样'],
  [/边个/g, '哪个'],
  [/边啲/g, '哪些'],
  [/边度/g, '哪里'],
  [/呢啲/g, '这些'],
  [/嗰啲/g, '那些'],
  [/呢个/g, '这个'],
  [/嗰个/g, '那个'],
  [/呢度/g, '这里'],
  [/佢哋/g, '他们'],
  [/佢/g, '他'],
  [/而家/g, '现在'],
  [/琴年/g, '去年'],
  [/唔该/g, '请'],
  [/唔/g, '不'],
  [/嘅/g, '的'],
  [/咗/g, '了'],
  [/冇/g, '没有'],
  [/喺/g, '在'],
  // 啲 after a noun is possessive (项目啲钱, the project's money).
  [/啲/g, '的'],
  [/嘢/g, '东西'],
  [/畀/g, '给'],
  [/睇/g, '看'],
  [/揾/g, '找'],
  // The copula, not a word's 系 (关系, 体系, 联系, 派系, 维系 / 系统, 系列, 系数).
  [/(?<![关体联派维世直])系(?![统列数])/g, '是'],
];

export function withCantoneseWritten(text: string): string {
  if (!cantoneseMarker.test(text)) return text;
  return phrases.reduce((written, [pattern, replacement]) => written.replace(pattern, replacement), text);
}
