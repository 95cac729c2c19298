import { noticeBody } from './fixtureBody';
import type { FixtureNotice } from './fixtureNotices';
import type { FixtureExpectation, FixtureSite, HtmlParts } from './fixturePage';
import { htmlPage, infoLine } from './fixturePage';
import type { InjectedSpam } from './pageTypes';

/** A UTF-8 HTML fixture: its markup and its expectation. */
export interface HtmlFixture {
  fileName: string;
  html: string;
  expected: FixtureExpectation;
}

export const UTF8_META = '<meta charset="utf-8">';

/** Links as spam injectors write them; returns markup and the text a reader would see. */
export function links(items: readonly (readonly [string, string])[], separator: string): string {
  return items
    .map(([text, href]) => `<a href="${href}" target="_blank">${text}</a>`)
    .join(separator);
}
export function linkText(items: readonly (readonly [string, string])[], separator: string): string {
  return items.map(([text]) => text).join(separator);
}

/** The expectation of a UTF-8 HTML fixture made from a clean notice. */
export function expectation(
  description: string,
  notice: FixtureNotice,
  spam: InjectedSpam[],
  indexNumber: string | null = null,
): FixtureExpectation {
  return {
    description,
    encoding: 'UTF-8',
    format: 'html',
    script: 'simplified',
    pinyin: false,
    declaredCharset: 'utf-8',
    title: notice.title,
    docNumber: notice.docNumber,
    indexNumber,
    issuer: notice.issuer,
    signedAt: notice.signedAt,
    publishedAt: notice.publishedAt,
    paragraphs: [...notice.paragraphs],
    spam,
    quarantine: false,
  };
}

/** A fixture page of a notice with the standard info line and 文号 line; `parts` override. */
export function page(site: FixtureSite, notice: FixtureNotice, parts: Partial<HtmlParts>): string {
  return htmlPage({
    site,
    charsetMeta: UTF8_META,
    title: notice.title,
    docNumber: notice.docNumber,
    info: infoLine(`${notice.publishedAt} 09:30`, notice.issuer),
    body: noticeBody(notice),
    ...parts,
  });
}
