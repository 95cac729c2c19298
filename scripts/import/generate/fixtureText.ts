import iconv from 'iconv-lite';
import { Converter } from 'opencc-js';
import type { FixtureNotice } from './fixtureNotices';
import type { FixtureSite } from './fixturePage';

/** Bytes in an encoding, refusing text the encoding would not give back unchanged. */
export function encode(text: string, encoding: 'utf8' | 'gb18030' | 'big5'): Uint8Array {
  const bytes = iconv.encode(text, encoding);
  if (iconv.decode(bytes, encoding) !== text)
    throw new Error(`${encoding} cannot hold the fixture text`);
  return bytes;
}

/** The notice in traditional script (Taiwan forms, which Big5 holds). */
export function traditional(notice: FixtureNotice, extra: readonly string[] = []): FixtureNotice {
  const tw = Converter({ from: 'cn', to: 'tw' });
  const signature = notice.paragraphs.length - notice.signatureLines;
  const paragraphs = [
    ...notice.paragraphs.slice(0, signature),
    ...extra,
    ...notice.paragraphs.slice(signature),
  ];
  return {
    ...notice,
    title: tw(notice.title),
    docNumber: notice.docNumber === null ? null : tw(notice.docNumber),
    category: tw(notice.category),
    issuer: tw(notice.issuer),
    paragraphs: paragraphs.map((text) => tw(text)),
  };
}

/** A plain-text crawl: chrome lines like test/fixtures/pages, the notice, the footer. */
export function textPage(
  site: FixtureSite,
  notice: FixtureNotice,
  header: readonly string[],
  indent = '  ',
): string[] {
  return [
    site.welcome,
    '繁體轉換',
    '设为首页',
    '加入收藏',
    '无障碍辅助浏览工具条',
    ...header,
    '',
    ...notice.paragraphs.map((text, i) =>
      i >= notice.paragraphs.length - notice.signatureLines ? text : `${indent}${text}`,
    ),
    '',
    '关于我们 | 网站声明 | 网站地图',
    `主办:${site.name} 承办:${site.name}办公室`,
    `建议使用 1366*768分辨率  ${site.icp}`,
    `网站标识码:${site.siteCode} ${site.police}`,
  ];
}
