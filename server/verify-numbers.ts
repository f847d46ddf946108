/**
 * Every number a model writes must be one the evidence or the computation holds; otherwise its text is dropped
 * and the deterministic answer stands. Numbers compare by value (11.80 = 11.8, 118,000 = 118000).
 */
function numbersIn(text: string): string[] {
  return Array.from(text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g), (match) => canonical(match[0]));
}

function canonical(number: string): string {
  const plain = number.replace(/,/g, '');
  return plain.includes('.') ? plain.replace(/0+$/, '').replace(/\.$/, '') : plain.replace(/^0+(?=\d)/, '');
}

export function verifyNumbers(modelText: string, allowedSources: string[]): { ok: boolean; unknown: string[] } {
  const allowed = new Set(allowedSources.flatMap(numbersIn));
  // Small ordinals (section numbers, list items) are harmless.
  const unknown = numbersIn(modelText).filter((number) => !allowed.has(number) && !(Number(number) <= 10 && !number.includes('.')));
  return { ok: unknown.length === 0, unknown };
}
