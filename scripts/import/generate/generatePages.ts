import { createRandom, seedFrom } from '../../seed/random';
import { generatePage } from './generatePage';
import type { PageMix } from './pageMix';
import { DEFAULT_PAGE_MIX, pickPageOptions } from './pageMix';
import type { GeneratedPage } from './pageTypes';

/**
 * `count` pages drawn from a mix, lazily. Page i has a random stream of its own (from the seed
 * and i), so any page can be made again alone; file names start with the page's number.
 */
export function* generatePages(
  seed: number,
  count: number,
  mix: PageMix = DEFAULT_PAGE_MIX,
): Generator<GeneratedPage> {
  const width = Math.max(5, String(count).length);
  for (let i = 0; i < count; i++) {
    const random = createRandom(seedFrom(`page ${i}`, seed));
    const page = generatePage(random, pickPageOptions(random, mix));
    yield { ...page, fileName: `${String(i + 1).padStart(width, '0')}-${page.fileName}` };
  }
}
