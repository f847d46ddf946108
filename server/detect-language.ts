/**
 * Which language a question is asked in, so the answer can be given in the same one.
 *
 * Mixed questions are common: an English sentence quoting a Chinese term ("How much is 三公经费?") is English, a
 * Chinese sentence with an English acronym ("PPP项目支出是多少") is Chinese. Chinese characters that carry sentence
 * grammar (question words, particles) mark a Chinese sentence; bare Chinese terms inside English words do not.
 */
export type QuestionLanguage = 'zh' | 'en';

const hanCharacter = /\p{Script=Han}/gu;
const latinWord = /[A-Za-z]+(?:['’][A-Za-z]+)?/g;
/** Question words and particles: their presence means the Chinese text is a sentence, not a quoted term. */
const chineseSentenceMarker = /多少|什么|哪|吗|几|是否|如何|怎么|怎样|为何|为什么|呢|请问|是|的|了|有没有|能否|请/u;
/** One English word carries about as much as one and a half Chinese characters. */
const hanCharactersPerEnglishWord = 1.5;

export function detectLanguage(question: string): QuestionLanguage {
  const hanCount = question.match(hanCharacter)?.length ?? 0;
  const englishWords = question.match(latinWord) ?? [];
  if (hanCount === 0) return 'en';
  if (englishWords.length === 0) return 'zh';
  const chineseText = (question.match(/\p{Script=Han}+/gu) ?? []).join(' ');
  if (englishWords.length >= 2 && !chineseSentenceMarker.test(chineseText)) return 'en';
  return hanCount >= englishWords.length * hanCharactersPerEnglishWord ? 'zh' : 'en';
}
