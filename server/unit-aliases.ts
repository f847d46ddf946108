/**
 * A unit may work under other names (加挂上海市普陀区经济委员会、…牌子: the commerce commission is also the district's
 * economic commission). People name it by any of them, often shortened (普陀区经委). The other names a disclosure
 * states, and the spoken short form of a committee's name (经济委员会 -> 经委), are read as the unit's own name. Pure.
 */
export interface UnitAlias {
  alias: string;
  unit: string;
}

// "加挂上海市普陀区经济委员会、上海市普陀区粮食和物资储备局牌子"
const hungNames = /加挂([^。；;]{2,120}?)(?:的)?牌子/g;

/** The other names a disclosure's text says its unit works under, each with the unit's own name. */
export function unitAliasesIn(text: string, unit: string): UnitAlias[] {
  const flat = text.replace(/\s+/g, '');
  const aliases: UnitAlias[] = [];
  for (const match of flat.matchAll(hungNames)) {
    for (const name of match[1]!.split(/[、，,]/)) {
      const full = name.trim();
      if (full.length < 4 || full === unit) continue;
      // Without the city (普陀区经济委员会) and without the place (经济委员会; 外事办公室 of 人民政府外事办公室), as people say it.
      const local = full.replace(/^.*?[省市](?=.{2,}[区县])/, '');
      const bare = full.replace(/^.*[省市区县]/, '').replace(/^人民政府(?=.{3,})/, '');
      for (const variant of new Set([full, local, bare])) if (variant.length >= 4) aliases.push({ alias: variant, unit });
      // 经济委员会 -> 经委, 外事办公室 -> 外办: a committee or an office is called by the first character of its field.
      const short = /^(.)[\u4e00-\u9fa5](委员会|办公室)$/.exec(bare);
      if (short) aliases.push({ alias: `${short[1]}${short[2]![0]}`, unit });
    }
  }
  return aliases;
}

/**
 * The question with another name of a unit written as the unit's own name. A bare short form (经委) counts only after
 * a place name (普陀区经委, 区经委), which says a body of that place is meant.
 */
export function withUnitAliasesNamed(question: string, aliases: UnitAlias[]): string {
  let named = question;
  for (const { alias, unit } of [...aliases].sort((left, right) => right.alias.length - left.alias.length)) {
    if (!named.includes(alias)) continue;
    if (alias.length === 2) {
      named = named.replace(new RegExp(`([\\u4e00-\\u9fa5]{0,4}[区县市])${alias}`, 'g'), (_whole, place: string) => `${place}${unit.replace(/^.*[省市区县]/, '')}`);
      continue;
    }
    named = named.split(alias).join(unit);
  }
  return named;
}

/**
 * "万里街到25年…": a character of a unit's own name typed as its homophone (到 for 道, the first the pinyin input
 * method offers) right after three or more characters of that name is the name's character. `romanize` gives a
 * character's toneless pinyin. One slip per run of the name, and only between Chinese characters. Pure.
 */
export function withUnitNameSlipsMended(question: string, units: Iterable<string>, romanize: (character: string) => string | undefined): string {
  const characters = Array.from(question);
  const han = /^[\u4e00-\u9fa5]$/u;
  for (const unit of units) {
    const name = Array.from(unit);
    // (Where each character stands in the name, so a run is only tried where it can begin.)
    const positions = new Map<string, number[]>();
    name.forEach((character, index) => positions.set(character, [...(positions.get(character) ?? []), index]));
    for (let start = 0; start < characters.length; start += 1) {
      for (const from of positions.get(characters[start]!) ?? []) {
        let length = 0;
        while (start + length < characters.length && from + length < name.length && characters[start + length] === name[from + length]) length += 1;
        if (length < 3) continue;
        const typed = characters[start + length];
        const meant = name[from + length];
        if (typed === undefined || meant === undefined || !han.test(typed) || !han.test(meant)) continue;
        const sound = romanize(typed);
        if (sound !== undefined && sound === romanize(meant)) characters[start + length] = meant;
      }
    }
  }
  return characters.join('');
}
