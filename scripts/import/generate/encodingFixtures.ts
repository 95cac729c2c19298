import iconv from 'iconv-lite';
import { Converter } from 'opencc-js';
import { noticeBody } from './fixtureBody';
import type { FixtureNotice } from './fixtureNotices';
import { ANSHAN_NOTICE, FAKU_NOTICE, LIAONING_OPINION, XUNWU_NOTICE } from './fixtureNotices';
import type { FixtureExpectation, NoiseFixture } from './fixturePage';
import { encode, textPage, traditional } from './fixtureText';
import { ANSHAN, FAKU, htmlPage, infoLine, metadataTable, XUNWU } from './fixturePage';
import { annotatePinyin } from './pageScript';
import type { PageEncoding } from './pageTypes';

const GB2312_META = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">';

function expected(
  description: string,
  notice: FixtureNotice,
  page: {
    encoding: PageEncoding;
    format: 'html' | 'text';
    declaredCharset: string | null;
    indexNumber?: boolean;
  },
): FixtureExpectation {
  const traditionalScript = notice.title !== Converter({ from: 'tw', to: 'cn' })(notice.title);
  return {
    description,
    encoding: page.encoding,
    format: page.format,
    script: traditionalScript ? 'traditional' : 'simplified',
    pinyin: false,
    declaredCharset: page.declaredCharset,
    title: notice.title,
    docNumber: notice.docNumber,
    indexNumber: page.indexNumber ? notice.indexNumber : null,
    issuer: notice.issuer,
    signedAt: notice.signedAt,
    publishedAt: notice.publishedAt,
    paragraphs: [...notice.paragraphs],
    spam: [],
    quarantine: false,
  };
}

function gbkNotice(): NoiseFixture {
  const notice = ANSHAN_NOTICE;
  const html = htmlPage({
    site: ANSHAN,
    charsetMeta: GB2312_META,
    title: notice.title,
    info: metadataTable({ ...notice, docNumber: notice.docNumber ?? '' }),
    body: noticeBody(notice),
  });
  return {
    fileName: 'gbk-notice.html',
    bytes: encode(html, 'gb18030'),
    expected: expected(
      'A city notice in GB18030 bytes declaring gb2312 (the contact 张喆 is outside GB2312 but in GBK).',
      notice,
      {
        encoding: 'GB18030',
        format: 'html',
        declaredCharset: 'gb2312',
        indexNumber: true,
      },
    ),
  };
}

function big5Html(): NoiseFixture {
  const notice = traditional(LIAONING_OPINION);
  const tw = Converter({ from: 'cn', to: 'tw' });
  const html = tw(
    htmlPage({
      site: {
        ...FAKU,
        name: '遼寧省人民政府',
        host: 'www.ln.gov.cn',
        welcome: '歡迎訪問遼寧省人民政府',
        icp: '遼ICP備05003423號',
        police: '遼公網安備 21010202000101號',
        siteCode: '2100000001',
        upper: [['中國政府網', 'http://www.gov.cn/']],
      },
      charsetMeta: '<meta charset="big5">',
      title: LIAONING_OPINION.title,
      docNumber: LIAONING_OPINION.docNumber,
      info: infoLine(LIAONING_OPINION.publishedAt, LIAONING_OPINION.issuer),
      body: noticeBody(LIAONING_OPINION),
    }),
  );
  return {
    fileName: 'big5-notice.html',
    bytes: encode(html, 'big5'),
    expected: expected(
      'The traditional-script rendering (繁體) of a province opinion, in Big5 bytes with <meta charset="big5">.',
      notice,
      {
        encoding: 'BIG5',
        format: 'html',
        declaredCharset: 'big5',
      },
    ),
  };
}

function big5Text(): NoiseFixture {
  const rows = [
    '序号 | 单位 | 网站名称',
    '1 | 县政府办公室 | 寻乌县人民政府门户网站',
    '2 | 县融媒体中心 | “寻乌政务”微信公众号',
  ];
  const signature = XUNWU_NOTICE.paragraphs.length - XUNWU_NOTICE.signatureLines;
  const source: FixtureNotice = {
    ...XUNWU_NOTICE,
    paragraphs: [
      ...XUNWU_NOTICE.paragraphs.slice(0, signature),
      ...rows,
      ...XUNWU_NOTICE.paragraphs.slice(signature),
    ],
  };
  const header = [
    '您当前所在位置: 首页>政务公开>通知公告',
    source.title,
    source.docNumber ?? '',
    `发布日期:${source.publishedAt}来源:${source.issuer}`,
  ];
  const tw = Converter({ from: 'cn', to: 'tw' });
  const lines = textPage(XUNWU, source, header).map((line) => tw(line));
  return {
    fileName: 'big5-notice.txt',
    bytes: encode(lines.join('\r\n'), 'big5'),
    expected: expected(
      'A traditional-script county notice crawled as text, in Big5 bytes with CRLF lines; a table in rows joined by |.',
      traditional(source),
      {
        encoding: 'BIG5',
        format: 'text',
        declaredCharset: null,
      },
    ),
  };
}

/** The characters the converter of the anshan page annotates (區(qū), 發(fā), 網(wǎng)…). */
const ANNOTATED = new Set([...'區發網據聯現規設務關應體進調準標業產實際導']);

function pinyinAnnotated(): NoiseFixture {
  const hk = Converter({ from: 'cn', to: 'hk' });
  const source = FAKU_NOTICE;
  const header = [
    source.title,
    source.docNumber ?? '',
    `发布日期:${source.publishedAt}来源:${source.issuer}`,
  ];
  const lines = textPage(FAKU, source, header, '').map((line) =>
    annotatePinyin(hk(line), ANNOTATED),
  );
  const notice: FixtureNotice = {
    ...source,
    title: hk(source.title),
    docNumber: hk(source.docNumber ?? ''),
    issuer: hk(source.issuer),
    paragraphs: source.paragraphs.map((text) => hk(text)),
  };
  return {
    fileName: 'pinyin-annotated.txt',
    bytes: encode(lines.join('\n'), 'utf8'),
    expected: {
      ...expected(
        'A traditional rendering whose converter put the pinyin of some characters after them (區(qū), 發(fā)), chrome included, in UTF-8; the truth is without the annotations.',
        notice,
        {
          encoding: 'UTF-8',
          format: 'text',
          declaredCharset: null,
        },
      ),
      pinyin: true,
    },
  };
}

/** How a UTF-8 line reads when taken for GBK and saved again as UTF-8. */
function misdecode(line: string): string {
  const shown = iconv.decode(Buffer.from(line, 'utf8'), 'gbk');
  if (iconv.decode(iconv.encode(shown, 'gbk'), 'utf8') !== line)
    throw new Error(`not repairable: ${line}`);
  return shown;
}

function mojibake(): NoiseFixture {
  const damaged = FAKU_NOTICE.paragraphs[9];
  // GBK bytes read as UTF-8: every invalid sequence became U+FFFD, the bytes are gone.
  const lost = iconv.decode(iconv.encode(damaged, 'gbk'), 'utf8');
  const notice = {
    ...FAKU_NOTICE,
    paragraphs: FAKU_NOTICE.paragraphs.map((text, i) => (i === 9 ? lost : text)),
  };
  // The 文号 line stays intact: 〔 next to digits would not survive the round trip.
  const docNumber = FAKU_NOTICE.docNumber ?? '';
  const garbled = [
    '您当前所在位置：首页 > 政务公开 > 通知公告',
    FAKU_NOTICE.title,
    `发布日期:${FAKU_NOTICE.publishedAt} 来源:${FAKU_NOTICE.issuer}`,
  ];
  const [breadcrumb, title, info] = garbled.map(misdecode);
  const lines = textPage(FAKU, notice, [breadcrumb, title, docNumber, info]);
  lines[0] = misdecode(lines[0]);
  return {
    fileName: 'mojibake-utf8-as-gbk.txt',
    bytes: encode(lines.join('\n'), 'utf8'),
    expected: {
      ...expected(
        'A county notice whose first line and header (breadcrumb, title, 发布日期/来源) were UTF-8 read as GBK and saved as UTF-8 (repairable: encode as GBK, decode as UTF-8), and one body line that went through GBK read as UTF-8 (U+FFFD runs, not repairable: kept as shown, to be flagged).',
        notice,
        {
          encoding: 'UTF-8',
          format: 'text',
          declaredCharset: null,
        },
      ),
      repairable: [FAKU.welcome, ...garbled].map((text) => ({ shown: misdecode(text), text })),
      unrepairable: [lost],
    },
  };
}

function utf8DeclaredGb2312(): NoiseFixture {
  const notice = XUNWU_NOTICE;
  const html = htmlPage({
    site: XUNWU,
    charsetMeta: GB2312_META,
    title: notice.title,
    docNumber: notice.docNumber,
    info: infoLine(notice.publishedAt, notice.issuer),
    body: noticeBody(notice),
  });
  return {
    fileName: 'utf8-declared-gb2312.html',
    bytes: encode(html, 'utf8'),
    expected: expected(
      'A clean county notice in UTF-8 bytes whose meta tag wrongly declares gb2312: the bytes must win.',
      notice,
      {
        encoding: 'UTF-8',
        format: 'html',
        declaredCharset: 'gb2312',
      },
    ),
  };
}

/** The hand-made fixtures of encodings, scripts, pinyin and mojibake. */
export function encodingFixtures(): NoiseFixture[] {
  return [gbkNotice(), big5Html(), big5Text(), pinyinAnnotated(), mojibake(), utf8DeclaredGb2312()];
}
