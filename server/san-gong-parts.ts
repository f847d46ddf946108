/**
 * 三公经费 is by definition 因公出国（境）费, 公务用车购置及运行费 and 公务接待费 together. A question that names all three
 * ("official cars, hosting guests and work trips abroad" rendered as 公务用车购置及运维费 公务接待费 因公出国（境）费;
 * 出国、公车和接待) names that whole. Where only the whole has the answer (its previous year, its stated change), the
 * parts are read as the whole.
 */
const partPatterns = [
  /因公出国(?:（境）|\(境\))?(?:费用|费|经费)?|出国(?:（境）)?(?:费用|费|经费)?|出境(?:费)?/g,
  /公务用车(?:购置及运(?:行|维)(?:维护)?费|运(?:行|维)(?:维护)?费|购置费)?|公车(?:费用|费|经费)?/g,
  // 招待 and 请客 are how people say hosting (公车、招待、出国这几样).
  /公务接待(?:费用|费|经费)?|接待(?:费用|费|经费)?|招待(?:费用|费|经费)?|请客(?:吃饭)?/g,
];

/**
 * `text` with `parts` read as `whole` when it names every part and not the whole already: the parts' words go, and
 * the joints left between them (、和加) close up.
 */
function wholeNamedByParts(text: string, whole: string, parts: RegExp[], namesWhole: RegExp, partsBesideWhole = false): string {
  if (!parts.every((pattern) => new RegExp(pattern.source).test(text))) return text;
  const named = namesWhole.test(text);
  // ("三公经费里出国、公车和接待各多少": each part asked within the whole stays a part.)
  if (named && (!partsBesideWhole || /各|分别|每项|每一项|\beach\b|respectively|separately|break(?:s)? ?down/i.test(text))) return text;
  const rest = parts.reduce((left, pattern) => left.replace(pattern, ' '), text).replace(/\s*[、，,和与及跟加]\s*(?=[、，,和与及跟加\s])/g, ' ').replace(/\s+/g, ' ').trim();
  return named ? rest : `${whole} ${rest}`;
}

/**
 * `text` with the three parts of 三公经费 read as 三公经费 when it names all three; beside the whole already ("the
 * 'three public' stuff i.e. overseas trips + official cars + hospitality"), they spell the whole out and go.
 */
export function sanGongNamedByParts(text: string): string {
  return wholeNamedByParts(text, '三公经费', partPatterns, /三公/, true);
}

// Buying cars and running them are the two parts of 公务用车购置及运行费 (买车、用车的钱; 买车加养车).
const carBuying = /买车|购车|买新车|买公车|购置车辆|车辆购置|公务用车购置费?/g;
const carRunning = /(?<!公务)用车(?!购置)|养车|车辆运行|公务用车运(?:行|维)(?:维护)?费?|运维费|油费|加油|修车/g;

/** `text` with both parts of the cars' line named read as the whole line (公务用车购置及运行费), when it names no whole already. */
export function carsNamedByParts(text: string): string {
  return wholeNamedByParts(text, '公务用车购置及运行费', [carBuying, carRunning], /购置及运/);
}
