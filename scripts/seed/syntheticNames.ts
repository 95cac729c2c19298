import type { Random } from './random';

const FIRST = [
  ...'青临安东北南西永长太新兴丰宁清广德文宝仁和康庆昌乐华金玉云山松柏桃柳梅兰竹石泉溪平阳明光盛泰瑞祥福寿吉',
];
const SECOND = [...'川江平阳宁丰河山源城州安远泉水林岭台谷湖溪峰田'];

/**
 * An endless supply of distinct, plausible two- and then three-character place names (青川,
 * 临江 …), shuffled by the seed. Names whose first character is still unused come first, so
 * governments get distinct 文号 abbreviations for as long as there are characters.
 */
export class PlaceNames {
  private readonly used = new Set<string>();
  private readonly usedFirst = new Set<string>();
  private readonly pool: string[];
  private cursor = 0;
  private firstCharsLeft = true;

  constructor(random: Random, reserved: readonly string[] = []) {
    const two = FIRST.flatMap((a) => SECOND.map((b) => `${a}${b}`));
    const three = FIRST.flatMap((a) => FIRST.flatMap((b) => SECOND.map((c) => `${a}${b}${c}`)));
    this.pool = [...random.sample(two, two.length), ...random.sample(three, three.length)];
    for (const name of reserved) this.take(name);
  }

  /** The next unused name, preferring one with an unused first character. */
  next(): string {
    if (this.firstCharsLeft) {
      const fresh = this.pool.find((name) => !this.used.has(name) && !this.usedFirst.has(name[0]));
      if (fresh) return this.take(fresh);
      this.firstCharsLeft = false;
    }
    while (this.cursor < this.pool.length) {
      const name = this.pool[this.cursor++];
      if (!this.used.has(name)) return this.take(name);
    }
    throw new Error('ran out of synthetic place names');
  }

  private take(name: string): string {
    this.used.add(name);
    this.usedFirst.add(name[0]);
    return name;
  }
}
