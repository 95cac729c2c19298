import { readFileSync } from 'fs';
import { join } from 'path';
import { textToBlocks } from '../textToBlocks';

const PAGES = join(__dirname, '../../../../test/fixtures/pages');

function page(name: string): ReturnType<typeof textToBlocks> {
  return textToBlocks(readFileSync(join(PAGES, `${name}.txt`), 'utf8'));
}

describe('textToBlocks', () => {
  it('makes one block per non-empty line, collapsed and trimmed, with tag line and no path', () => {
    const blocks = textToBlocks('\ufeff第一行\r\n\r\n  第二  行 \n\t\n第三行');
    expect(blocks).toEqual([
      {
        index: 0,
        text: '第一行',
        tag: 'line',
        path: '',
        hidden: false,
        hiddenReason: null,
        links: [],
        paragraphStart: true,
      },
      {
        index: 1,
        text: '第二 行',
        tag: 'line',
        path: '',
        hidden: false,
        hiddenReason: null,
        links: [],
        paragraphStart: true,
      },
      {
        index: 2,
        text: '第三行',
        tag: 'line',
        path: '',
        hidden: false,
        hiddenReason: null,
        links: [],
        paragraphStart: true,
      },
    ]);
  });

  it('reads a page that marks paragraphs with empty lines: unmarked lines continue, unless the line above ends a sentence', () => {
    const blocks = textToBlocks(
      '标题\n\n  第一段开头\n接着写\n\n  第二段。\n第三段\n\n各单位：\n正文',
    );
    expect(blocks.map((b) => [b.text, b.paragraphStart])).toEqual([
      ['标题', true],
      ['第一段开头', true],
      ['接着写', false],
      ['第二段。', true],
      ['第三段', true],
      ['各单位：', true],
      ['正文', true],
    ]);
  });

  it('treats every line as a paragraph on a page without paragraph marks (anshan)', () => {
    const blocks = page('anshan-city-2015-0605');
    expect(blocks).toHaveLength(33);
    expect(blocks.every((b) => b.paragraphStart)).toBe(true);
    expect(blocks[0].text.startsWith('各縣(市)區(qū)人民政府')).toBe(true);
    expect(blocks[blocks.length - 1].text).toBe('(此件公開發(fā)布)');
  });

  it('starts a paragraph at each indented or blank-separated line of the faku page', () => {
    const blocks = page('faku-county-2022-0421');
    const body = blocks.filter((b) => b.text.startsWith('(') || /^[一二三四]、/.test(b.text));
    expect(body.length).toBeGreaterThan(10);
    expect(body.every((b) => b.paragraphStart)).toBe(true);
    const signature = blocks.findIndex((b) => b.text === '法库县人民政府办公室');
    expect(blocks[signature + 1]).toMatchObject({ text: '2020年4月17日', paragraphStart: true });
    // The header chrome is one unmarked run of lines under the welcome line.
    expect(blocks[1]).toMatchObject({ text: '繁體轉換', paragraphStart: false });
  });

  it('keeps the salutation after the xunwu visit counter its own paragraph', () => {
    const blocks = page('xunwu-county-2020-0228');
    const salutation = blocks.find((b) => b.text.startsWith('各乡(镇)人民政府'));
    expect(salutation?.paragraphStart).toBe(true);
    expect(blocks.every((b) => b.paragraphStart)).toBe(true);
  });
});
