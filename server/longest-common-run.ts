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

/** Every character of `run` appears in `text` in the same order, gaps allowed (普陀政府办 within 上海市普陀区人民政府办公室). Pure. */
export function charactersInOrder(run: string, text: string): boolean {
  let position = 0;
  for (const character of run) {
    position = text.indexOf(character, position);
    if (position === -1) return false;
    position += character.length;
  }
  return true;
}
