/** Length of the longest run of characters two texts share, in characters (not UTF-16 units). Pure. */
export function longestCommonRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  const previous = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j += 1) {
      const above = previous[j];
      previous[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0;
      if (previous[j] > best) best = previous[j];
      diagonal = above;
    }
  }
  return best;
}

/**
 * Every character of `run` appears in `text` in the same order (普陀政府办 within 上海市普陀区人民政府办公室). With
 * `maxSkip`, at most that many characters of `text` may stand between two matched ones (商委 within 商务委员会 skips
 * one). Each place the first character occurs is tried; later characters take their nearest next occurrence. Pure.
 */
export function charactersInOrder(run: string, text: string, maxSkip = Number.POSITIVE_INFINITY): boolean {
  const wanted = Array.from(run);
  const characters = Array.from(text);
  if (wanted.length === 0) return true;
  for (let start = characters.indexOf(wanted[0]!); start !== -1; start = characters.indexOf(wanted[0]!, start + 1)) {
    let position = start;
    let matched = 1;
    while (matched < wanted.length) {
      const next = characters.indexOf(wanted[matched]!, position + 1);
      if (next === -1 || next - position - 1 > maxSkip) break;
      position = next;
      matched += 1;
    }
    if (matched === wanted.length) return true;
    // Without a gap limit the first start is as good as any later one.
    if (maxSkip === Number.POSITIVE_INFINITY) return false;
  }
  return false;
}
