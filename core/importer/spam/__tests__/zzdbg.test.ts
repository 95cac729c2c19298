import { generatePages } from '../../../../scripts/import/generate';
import { textToBlocks } from '../../blocks';
import { decodePage } from '../../text';
import { detectSpam } from '../detectSpam';
it('dbg', () => {
  let n = 0;
  for (const page of generatePages(6, 170)) {
    n++;
    if (n !== 168) continue;
    const text = decodePage(page.bytes).text;
    const blocks = textToBlocks(text);
    const r = detectSpam(blocks);
    console.log(blocks.map((b) => `${b.index} ${b.text.slice(0, 50)}`).join('\n'));
    console.log(JSON.stringify(r.removals.slice(0, 50)), JSON.stringify(r.verdict));
  }
});
