import { detectLanguage } from './detect-language.ts';
import { characterBigrams } from './normalize-text.ts';

// Words that say how to work the answer out, not what it is about: their Chinese cue.
const cueWords: Record<string, string> = {
  percentage: '百分比',
  percent: '%',
  proportion: '比例',
  share: '占比',
  ratio: '比例',
  reason: '原因',
  reasons: '原因',
  why: '为什么',
  increase: '增加',
  increased: '增加',
  decrease: '减少',
  decreased: '减少',
  total: '合计',
  sum: '合计',
  average: '平均',
  difference: '差额',
};

// Words that only colour the sentence (officially given, roughly, exactly): left out.
const colourWords = new Set(['officially', 'roughly', 'exactly', 'approximately', 'please']);

/**
 * "万里街道2025年的government procurement预算里，construction工程那一块安排了多少？": English words a Chinese question
 * is typed with are written in the Chinese the disclosures use, a run at a time: a cue word by its Chinese cue
 * (percentage -> 百分比, reason -> 原因), a budget phrase by its rendering (`render`, the glossary's), a word that only
 * colours the sentence (officially) left out. A run with no rendering stays as it is; an English question is
 * returned unchanged. Pure given `render`.
 */
export function withEnglishRendered(question: string, render: (english: string) => string | undefined): string {
  if (!/[a-z]{3,}/i.test(question) || detectLanguage(question) !== 'zh') return question;
  // (Only a Chinese question with a few English words: one that opens in English, or has English words for a quarter
  // of its Chinese characters or more, is an English question quoting Chinese terms.)
  const chinese = question.match(/[\u4e00-\u9fa5]/gu)?.length ?? 0;
  const english = question.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  if (/^\s*[A-Za-z]/.test(question) || chinese < 4 * english) return question;
  return question.replace(/[A-Za-z][A-Za-z'’-]*(?:[ \t]+[A-Za-z][A-Za-z'’-]*)*/g, (run: string, offset: number) => {
    const words = run.toLowerCase().split(/\s+/);
    // (Codes and short capitals, Q1 or SME, are left to what reads them.)
    if (run.length < 3 || /^[A-Z0-9]{1,4}$/.test(run)) return run;
    if (words.every((word) => colourWords.has(word))) return '';
    // (A name, capitalised, is left to the readers of names: Wanli Street is more than 街道.)
    if (/\b[A-Z][a-z]/.test(run)) return run;
    const cue = words.length === 1 ? cueWords[words[0]!] : undefined;
    const chinese = cue ?? render(run);
    if (!chinese) return run;
    // (One word alone, project or budget, is rendered only where the Chinese beside it says the same: its glossary
    // rendering, 项目支出, says more than the asker did.)
    const single = !cue && words.length === 1;
    // ("construction工程", "office rent（办公用房租赁）": the Chinese the asker writes beside it says the same, and stays
    // alone.)
    // (It says the same when it opens on a character of the rendering, or shares a pair of characters with it.)
    const beside = /^\s*[（(]?([\u4e00-\u9fa5]{1,8})/u.exec(question.slice(offset + run.length))?.[1] ?? '';
    const same = beside !== '' && (chinese.includes(Array.from(beside)[0]!) || characterBigrams(chinese).some((pair) => pair.length === 2 && beside.includes(pair)));
    return same ? '' : single ? run : chinese;
  });
}
