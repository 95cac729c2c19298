import type { Random } from '../../seed/random';
import { headerDay, isoDay } from './dayDates';
import type { InjectedSpam } from './pageTypes';
import type { RenderedPage, RenderInput } from './renderTypes';
import type { SpamInjection, SpamPlacement } from './spamTypes';
import { blockText } from './spamTypes';

/**
 * The notice as a plain-text crawl of its page (like test/fixtures/pages): chrome as lines
 * around the document, one line per paragraph, table rows joined by `|`.
 */
export function renderTextPage(random: Random, input: RenderInput): RenderedPage {
  const { notice, chrome, text } = input;
  const show = (value: string) => text.show(value);
  const lines: string[] = [];
  const truthSpam: InjectedSpam[] = [];
  const spamText = (injection: SpamInjection): string[] =>
    injection.blocks.map((block) => {
      const line = text.spam(blockText(block));
      truthSpam.push({ kind: injection.kind, text: line });
      return line;
    });
  const at = (placement: SpamPlacement) => {
    for (const injection of input.spam) {
      if (injection.placement === placement && injection.kind !== 'SPAM_PAGE')
        lines.push(...spamText(injection));
    }
  };
  const placed = (placement: SpamPlacement): SpamInjection | undefined =>
    input.spam.find((injection) => injection.placement === placement);

  at('page-top');
  lines.push(show(chrome.welcome));
  if (random.chance(0.7)) lines.push(show(random.pick(['繁體轉換', '繁體', '繁体中文'])));
  if (random.chance(0.5)) lines.push(show('设为首页'), show('加入收藏'));
  lines.push(
    show(
      random.pick([
        '无障碍辅助浏览工具条',
        '关怀版 无障碍 无障碍',
        '无障碍浏览',
        '长者模式 无障碍',
      ]),
    ),
  );
  if (random.chance(0.5))
    lines.push(show(chrome.nav.map((link) => link.text).join(random.pick([' ', '  ', ' | ']))));
  if (random.chance(0.8)) {
    lines.push(
      '',
      show(
        `${random.pick(['您当前所在位置: ', '当前位置：', '您现在的位置：'])}${chrome.breadcrumb.map((link) => link.text).join(random.pick(['>', ' > ', '>>']))}`,
      ),
      '',
    );
  }
  at('content-top');
  const spamPage = input.spamTitle !== null;
  const title = spamPage ? text.spam(input.spamTitle ?? '') : text.truth(notice.title);
  if (input.metadataTable && !spamPage) {
    const fields: [string, string][] = [
      ['索引号', notice.indexNumber],
      ['主题分类', notice.category],
      ['发文机关', notice.issuer],
      ['成文日期', isoDay(notice.signedAt)],
      ['标题', notice.title],
      ['文号', notice.docNumber ?? ''],
      ['发布日期', isoDay(notice.publishedAt)],
    ];
    const colon = random.pick(['：', ':']);
    if (random.chance(0.5))
      for (const [label, value] of fields) lines.push(show(`${label}${colon}${value}`));
    else
      for (let i = 0; i < fields.length; i += 2)
        lines.push(
          fields
            .slice(i, i + 2)
            .map(([label, value]) => show(`${label}${colon}${value}`))
            .join('    '),
        );
  }
  lines.push(spamPage ? title : show(notice.title));
  if (!spamPage && notice.docNumber !== null && !input.metadataTable)
    lines.push(show(notice.docNumber));
  if (!input.metadataTable || spamPage) {
    const space = random.pick(['', ' ', '  ', '\t']);
    lines.push(
      show(`发布日期:${headerDay(random, notice.publishedAt)}${space}来源:${chrome.source}`),
    );
  }
  if (random.chance(0.3)) lines.push(show('访问量:'));
  lines.push('');

  const paragraphs: string[] = [];
  const indent = random.pick(['', '  ', '　　', '    ']);
  const blankLines = random.chance(0.4);
  if (spamPage) {
    const page = input.spam.find((injection) => injection.kind === 'SPAM_PAGE');
    if (page) lines.push(...spamText(page));
  } else {
    const first = placed('glued-first');
    const last = placed('glued-last');
    const texts = notice.blocks.filter((block) => block.role !== 'table');
    notice.blocks.forEach((block) => {
      if (block.role === 'table') {
        const sep = random.pick([' | ', '|', ' |', ' | ']);
        for (const row of block.rows) {
          const line = row.map((cell) => text.truth(cell)).join(sep);
          paragraphs.push(line);
          lines.push(row.map((cell) => show(cell)).join(sep));
        }
        return;
      }
      paragraphs.push(text.truth(block.text));
      let line = show(block.text);
      if (block === texts[0] && first) line = `${spamText(first).join('')}${line}`;
      if (block === texts[texts.length - 1] && last) line = `${line}${spamText(last).join('')}`;
      const lead = block.role === 'text' || block.role === 'heading' ? indent : '';
      lines.push(`${lead}${line}`);
      if (blankLines) lines.push('', '');
    });
  }
  lines.push('');
  at('content-bottom');
  if (random.chance(0.5)) lines.push(show('【打印本页】【关闭窗口】'));
  lines.push(show('关于我们 | 网站声明 | 网站地图'));
  lines.push(show(`主办:${chrome.sponsor} 承办:${chrome.organiser}`));
  lines.push(show(`建议使用 1366*768分辨率  ${chrome.icp}    联系电话    ${chrome.phone}`));
  lines.push(show(`网站标识码:${chrome.siteCode} ${chrome.police}`));
  if (random.chance(0.5)) lines.push(show(`技术支持单位:${chrome.organiser}`));
  at('page-bottom');
  at('after-html');
  const eol = random.chance(0.2) ? '\r\n' : '\n';
  return { page: lines.join(eol), paragraphs, spam: truthSpam };
}
