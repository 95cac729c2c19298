import { removeChrome } from '../removeChrome';
import { fixtureBlocks, textToTestBlocks } from './textBlocks';

/*
 * The notices of the three fixture pages wrapped in chrome drawn at random (a seeded
 * generator, so runs are repeatable): every chrome line must go and every line of the notice
 * must come through unchanged.
 */
const HEAD = [
  '欢迎访问某某市人民政府网站',
  '繁体',
  '简体',
  '设为首页',
  '加入收藏',
  '无障碍',
  '长者模式',
  '首页 | 政务公开 | 政务服务 | 互动交流',
  '当前位置:首页>政务公开>通知公告',
  '站内搜索',
  '今天是2023年5月6日 星期六',
];
const HEADER = [
  '访问量:123',
  '字号:大 中 小',
  '【打印】【关闭】',
  '扫一扫在手机打开当前页',
  '分享到:微信 微博 QQ空间',
];
const TAIL = [
  '分享到:',
  '上一篇:关于某事的通知',
  '下一篇:关于另一事的通知',
  '关于我们 | 网站声明 | 网站地图 | 联系我们',
  '主办:某县人民政府 承办:某县人民政府办公室',
  '版权所有:某县人民政府',
  '京ICP备12345678号',
  '京公网安备 11010202000001号',
  '网站标识码:1101010001',
  '技术支持:某某科技有限公司',
  '政府网站找错',
  '建议使用1024*768分辨率',
  '地址:某县政府路1号 邮编:100000 电话:010-12345678',
];
const RELATED = ['相关链接', '关于做好2022年网站普查工作的通知', '某县政府网站年度报表'];

interface Notice {
  title: string[];
  header: string[];
  body: string[];
}

function noticeOf(
  file: string,
  titleAt: number | null,
  headerEnd: number,
  start: number,
  end: number,
): Notice {
  const lines = fixtureBlocks(file).map((b) => b.text);
  return {
    title: titleAt === null ? [] : [lines[titleAt]],
    header: lines.slice((titleAt ?? 0) + 1, headerEnd),
    body: lines.slice(start, end + 1),
  };
}

const NOTICES: [string, Notice][] = [
  ['anshan', noticeOf('anshan-city-2015-0605.txt', null, 0, 0, 32)],
  ['faku', noticeOf('faku-county-2022-0421.txt', 7, 9, 9, 30)],
  ['xunwu', noticeOf('xunwu-county-2020-0228.txt', 2, 3, 4, 40)],
];

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function pick(next: () => number, pool: readonly string[], max: number): string[] {
  const count = Math.floor(next() * (max + 1));
  return Array.from({ length: count }, () => pool[Math.floor(next() * pool.length)]);
}

describe.each(NOTICES)(
  'removeChrome on the %s notice wrapped in random chrome',
  (_name, notice) => {
    it('keeps the notice unchanged when there is no chrome', () => {
      const lines = [...notice.title, ...notice.header, ...notice.body];
      const result = removeChrome(textToTestBlocks(lines.join('\n')));
      expect(result.removals).toEqual([]);
      expect(result.content.map((b) => b.text)).toEqual(lines);
    });

    it.each(Array.from({ length: 40 }, (_, i) => i + 1))('seed %i', (seed) => {
      const next = random(seed);
      const head = pick(next, HEAD, 6);
      const header = notice.title.length > 0 ? pick(next, HEADER, 3) : [];
      const tail = pick(next, TAIL, 6);
      if (next() < 0.4) tail.unshift(...RELATED);
      if (tail.length > 0 && tail[tail.length - 1] !== TAIL[0]) tail.push(TAIL[5]);
      const lines = [
        ...head,
        ...notice.title,
        ...header,
        ...notice.header,
        ...notice.body,
        ...tail,
      ];
      const result = removeChrome(textToTestBlocks(lines.join('\n')));

      const chrome = [...head, ...header, ...tail];
      expect(result.removals.map((r) => r.text)).toEqual(chrome);
      expect(result.content.map((b) => b.text)).toEqual([
        ...notice.title,
        ...notice.header,
        ...notice.body,
      ]);
    });
  },
);
