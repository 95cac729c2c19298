import { dict } from '@node-rs/jieba/dict';

interface Dictionary {
  counts: Map<string, number>;
  total: number;
}

let dictionary: Dictionary | null = null;

/** Longest dictionary word looked at. */
export const MAX_WORD = 4;

/*
 * jieba's dictionary (a word, its corpus count and part of speech per line, simplified
 * characters) is read only when a lost byte has to be guessed from its neighbours; the other
 * repairs never pay for it.
 */
function load(): Dictionary {
  const counts = new Map<string, number>();
  let total = 0;
  const text = Buffer.from(dict.buffer, dict.byteOffset, dict.length).toString('utf8');
  for (const line of text.split('\n')) {
    const space = line.indexOf(' ');
    if (space < 1) continue;
    const count = Number.parseInt(line.slice(space + 1), 10);
    if (!(count > 0)) continue;
    total += count;
    const word = line.slice(0, space);
    if ([...word].length <= MAX_WORD) counts.set(word, (counts.get(word) ?? 0) + count);
  }
  return { counts, total };
}

/**
 * The log-probability of the likeliest cut of a simplified Han string into dictionary words
 * (jieba's own model: a word's probability is its corpus count over the corpus total; a
 * character in no word counts as seen once). Comparing it across the candidates for one lost
 * character tells which one makes ordinary language with its neighbours.
 */
export function bestCutScore(chars: readonly string[]): number {
  dictionary ??= load();
  const { counts, total } = dictionary;
  const logTotal = Math.log(total);
  const best = new Array<number>(chars.length + 1).fill(-Infinity);
  best[0] = 0;
  for (let end = 1; end <= chars.length; end++) {
    for (let length = 1; length <= MAX_WORD && length <= end; length++) {
      const count = counts.get(chars.slice(end - length, end).join('')) ?? (length === 1 ? 1 : 0);
      if (count === 0) continue;
      best[end] = Math.max(best[end], best[end - length] + Math.log(count) - logTotal);
    }
  }
  return best[chars.length];
}
