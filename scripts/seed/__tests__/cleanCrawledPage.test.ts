import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '../../../core/process/findRepoRoot';
import { cleanCrawledPage } from '../cleanCrawledPage';
import { isCrawlChrome, stripPinyinAnnotations } from '../crawlChrome';
import { loadDemoCluster } from '../loadDemoCluster';

const pagesDir = join(findRepoRoot(__dirname), 'test', 'fixtures', 'pages');
const pages = readdirSync(pagesDir)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const read = (name: string) => readFileSync(join(pagesDir, name), 'utf8');
const demo = loadDemoCluster();

/** The non-empty lines of a page, trimmed, converter pinyin removed. */
function lines(raw: string): string[] {
  return stripPinyinAnnotations(raw)
    .split('\n')
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((line) => line !== '');
}

/** Whether `part` is `whole` with some entries left out (order kept, nothing added). */
function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let i = 0;
  for (const line of whole) if (i < part.length && part[i] === line) i += 1;
  return i === part.length;
}

describe('cleanCrawledPage', () => {
  it('finds the three fixture pages', () => {
    expect(pages).toEqual([
      'anshan-city-2015-0605.txt',
      'faku-county-2022-0421.txt',
      'xunwu-county-2020-0228.txt',
    ]);
  });

  it.each(pages)('keeps every sentence of %s and no chrome', (name) => {
    const raw = read(name);
    const page = cleanCrawledPage(raw);
    const body = page.paragraphs.join('\n');
    const sentenceLines = lines(raw).filter((line) => line.includes('。'));
    expect(sentenceLines.length).toBeGreaterThan(15);
    for (const line of sentenceLines) expect(page.paragraphs).toContain(line);
    expect(isSubsequence(page.paragraphs, lines(raw))).toBe(true);
    for (const paragraph of page.paragraphs) expect(isCrawlChrome(paragraph)).toBe(false);
    for (const removed of page.removed) expect(removed.line).not.toContain('。');
    expect(body).not.toMatch(
      /繁體轉換|ICP备|网站标识码|公网备|访问量|您当前所在位置|设为首页|\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/,
    );
  });

  it.each(pages)('gives the paragraphs stored in data/demo for %s', (name) => {
    const stored = demo.notices.find(({ notice }) => notice.source?.page === name);
    expect(stored?.notice.body).toEqual(cleanCrawledPage(read(name)).paragraphs);
  });

  it('reads the Faku header and signature', () => {
    const page = cleanCrawledPage(read('faku-county-2022-0421.txt'));
    expect(page).toMatchObject({
      title: '法库县政府办公室关于加强政府重大政策信息内容建设的意见',
      publishedAt: '2022-04-21',
      source: '法库县人民政府办公室',
      issuer: '法库县人民政府办公室',
      signedAt: '2020-04-17',
    });
    expect(page.paragraphs[0]).toBe('各镇政府(街道办事处),县政府各部门:');
    expect(page.paragraphs.slice(-2)).toEqual(['法库县人民政府办公室', '2020年4月17日']);
    // A body paragraph mentioning 无障碍服务 is text, not the accessibility toolbar.
    expect(
      page.paragraphs.some(
        (p) => p.startsWith('(九)建立网站信息内容建设管理规范') && p.includes('无障碍服务'),
      ),
    ).toBe(true);
  });

  it('reads the Xunwu title without its column tag, and the date without a signature', () => {
    const page = cleanCrawledPage(read('xunwu-county-2020-0228.txt'));
    expect(page).toMatchObject({
      title: '寻乌县政府办关于规范全县政务公开相关工作的通知',
      titleTag: '政务公开制度',
      publishedAt: null,
      issuer: null,
      signedAt: '2020-02-28',
    });
    // Numbering the crawl lost is kept as printed.
    expect(page.paragraphs).toContain(
      ')强化检查考核。将政务公开工作纳入“五型”政府建设考评体系,日常考核占40%,年终考核占60%。各乡(镇)、各部门、各单位要加强对政务公开工作的日常跟踪管理政府办将适时检查通报政务公开落实情况。',
    );
  });

  it('keeps the Anshan page in traditional script, without converter pinyin', () => {
    const page = cleanCrawledPage(read('anshan-city-2015-0605.txt'));
    expect(page).toMatchObject({
      title: null,
      issuer: '鞍山市人民政府辦公廳',
      signedAt: '2015-06-05',
    });
    expect(page.paragraphs[0]).toBe('各縣(市)區人民政府,各開發區管委會,市政府各部門,各有關單位:');
    expect(page.paragraphs.at(-1)).toBe('(此件公開發布)');
    expect(page.paragraphs.join('')).toContain('(遼政辦發〔2015〕13號)');
  });
});

describe('stripPinyinAnnotations', () => {
  it('drops bracketed pinyin after a character and nothing else', () => {
    expect(stripPinyinAnnotations('政府網(wǎng)站發(fā)布')).toBe('政府網站發布');
    expect(stripPinyinAnnotations('各縣(市)區(qū)(一)規(guī)范 (abc)')).toBe(
      '各縣(市)區(一)規范 (abc)',
    );
  });
});
