import { toSimplified } from '../../../../core/text';
import { createRandom } from '../../../seed/random';
import { decodePage } from '../encodePage';
import { generatePage } from '../generatePage';
import type { GeneratePageOptions, PageEncoding, PageFormat, SpamKind } from '../pageTypes';
import { SPAM_KINDS } from '../pageTypes';
import { hasPinyin, truthProblems, visibleText } from './visibleText';

const clean = (overrides: Partial<GeneratePageOptions> = {}): GeneratePageOptions => ({
  encoding: 'UTF-8',
  format: 'html',
  script: 'simplified',
  pinyin: false,
  spam: [],
  ...overrides,
});

/** Every valid combination of encoding, format, script and pinyin. */
function combinations(): GeneratePageOptions[] {
  const out: GeneratePageOptions[] = [];
  for (const encoding of ['UTF-8', 'GB18030', 'BIG5'] as PageEncoding[]) {
    for (const format of ['html', 'text'] as PageFormat[]) {
      for (const script of ['simplified', 'traditional'] as const) {
        for (const pinyin of [false, true]) {
          if (encoding === 'BIG5' && (script === 'simplified' || pinyin)) continue;
          out.push({ encoding, format, script, pinyin, spam: [] });
        }
      }
    }
  }
  return out;
}

describe('generatePage', () => {
  it('is deterministic: the same seed and options give the same bytes and truth', () => {
    const options = clean({ encoding: 'GB18030', spam: ['HIDDEN_LINKS', 'SPAM_TAIL'] });
    const a = generatePage(createRandom(42), options);
    const b = generatePage(createRandom(42), options);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(a.truth).toEqual(b.truth);
    expect(a.fileName).toBe(b.fileName);
    const c = generatePage(createRandom(43), options);
    expect(Buffer.from(c.bytes).equals(Buffer.from(a.bytes))).toBe(false);
  });

  it.each(
    combinations().map(
      (options) =>
        [
          `${options.encoding} ${options.format} ${options.script}${options.pinyin ? ' pinyin' : ''}`,
          options,
        ] as const,
    ),
  )('shows its truth: %s', (_name, options) => {
    for (let seed = 1; seed <= 12; seed++) {
      const page = generatePage(createRandom(seed), options);
      expect(truthProblems(page)).toEqual([]);
      expect(page.truth.spam).toEqual([]);
      expect(page.truth.quarantine).toBe(false);
      expect(page.truth.paragraphs.length).toBeGreaterThan(3);
      expect(page.fileName.endsWith(options.format === 'html' ? '.html' : '.txt')).toBe(true);
      const body = page.truth.paragraphs.join('\n');
      if (options.script === 'traditional') expect(toSimplified(body)).not.toBe(body);
      else expect(toSimplified(body)).toBe(body);
      if (options.pinyin) expect(hasPinyin(visibleText(page))).toBe(true);
    }
  });

  it.each(SPAM_KINDS.map((kind) => [kind]))(
    'plants %s and records every block',
    (kind: SpamKind) => {
      for (let seed = 1; seed <= 25; seed++) {
        for (const format of ['html', 'text'] as const) {
          const options = clean({
            format,
            spam: [kind],
            encoding: seed % 3 === 0 ? 'BIG5' : 'UTF-8',
            script: seed % 3 === 0 ? 'traditional' : 'simplified',
          });
          const page = generatePage(createRandom(seed), options);
          expect(truthProblems(page)).toEqual([]);
          expect(page.truth.spam.length).toBeGreaterThan(0);
          expect(page.truth.spam.every((spam) => spam.kind === kind && spam.text.length > 0)).toBe(
            true,
          );
          expect(page.truth.quarantine).toBe(kind === 'SPAM_PAGE');
          if (kind === 'SPAM_PAGE') expect(page.truth.paragraphs).toEqual([]);
          else expect(page.truth.paragraphs.length).toBeGreaterThan(3);
        }
      }
    },
  );

  it('hides HIDDEN_LINKS in HTML with the usual tricks', () => {
    const tricks = new Set<string>();
    for (let seed = 1; seed <= 60; seed++) {
      const html = decodePage(
        generatePage(createRandom(seed), clean({ spam: ['HIDDEN_LINKS'] })).bytes,
        'UTF-8',
      );
      const trick =
        /display:\s*none|left:-\d+px|top:-\d+|text-indent:-9999px|margin-left:-5000px|font-size:\s*0|visibility:hidden|height:0;overflow:hidden|height:1px;overflow:hidden|<div hidden>/i.exec(
          html,
        );
      expect(trick).not.toBeNull();
      tricks.add((trick?.[0] ?? '').toLowerCase().replace(/\d+/g, 'n'));
      if (html.includes('{display:none}') || /\.\w+\{/.test(html)) tricks.add('class');
    }
    expect(tricks.size).toBeGreaterThanOrEqual(6);
  });

  it('declares a charset that matches the bytes, or none', () => {
    const expected: Record<PageEncoding, RegExp> = {
      'UTF-8': /^utf-8$/i,
      GB18030: /^(gb2312|gbk|gb18030)$/i,
      BIG5: /^big5$/i,
    };
    const seen = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      for (const encoding of ['UTF-8', 'GB18030', 'BIG5'] as const) {
        const page = generatePage(
          createRandom(seed),
          clean({ encoding, script: encoding === 'BIG5' ? 'traditional' : 'simplified' }),
        );
        const html = decodePage(page.bytes, encoding);
        const declared = /<meta[^>]*charset=["']?([\w-]+)/i.exec(html)?.[1] ?? null;
        if (declared !== null) expect(declared).toMatch(expected[encoding]);
        seen.add(`${encoding}:${declared?.toLowerCase() ?? 'none'}`);
      }
    }
    expect(seen).toContain('GB18030:gb2312');
    expect(seen).toContain('UTF-8:none');
  });

  it('writes clean pages full of legitimately tricky content', () => {
    const all = Array.from({ length: 40 }, (_, seed) =>
      generatePage(createRandom(seed), clean()).truth.paragraphs.join('\n'),
    ).join('\n');
    for (const needle of ['(市)', '5G', 'gov.cn', '、', '〔', '》(']) expect(all).toContain(needle);
    expect(all).toMatch(/体育彩票|跨境赌博|扫黄打非|代开发票|办证|刷单|棋牌|娱乐场所|福利彩票/);
  });

  it('refuses a Big5 page in simplified script or with pinyin', () => {
    expect(() => generatePage(createRandom(1), clean({ encoding: 'BIG5' }))).toThrow(/Big5/);
    expect(() =>
      generatePage(
        createRandom(1),
        clean({ encoding: 'BIG5', script: 'traditional', pinyin: true }),
      ),
    ).toThrow(/Big5/);
  });
});
