import type { Random } from '../../seed/random';
import { headerDay } from './dayDates';
import { HtmlChrome } from './htmlChrome';
import { esc } from './htmlEscape';
import { HtmlSpamWriter } from './htmlSpam';
import type { NoticeBlock } from './noticeTypes';
import type { RenderedPage, RenderInput } from './renderTypes';
import type { SpamInjection, SpamPlacement } from './spamTypes';

type BodyStyle = 'p' | 'p-span' | 'br' | 'div';

/** The notice as a crawled HTML page of its portal, spam planted where the injections say. */
export function renderHtmlPage(random: Random, input: RenderInput): RenderedPage {
  const { notice, chrome, text } = input;
  const html = new HtmlChrome(random, chrome, text);
  const spam = new HtmlSpamWriter(random, text);
  const at = (placement: SpamPlacement): string =>
    input.spam
      .filter((injection) => injection.placement === placement && injection.kind !== 'SPAM_PAGE')
      .map((injection) => spam.block(injection))
      .join('\n');
  const t = (value: string) => esc(text.show(value));

  const body: string[] = [];
  const paragraphs: string[] = [];
  body.push(at('page-top'), html.header(), html.breadcrumb());
  body.push('<div class="main w1200"><div class="article">', at('content-top'));
  const title = input.spamTitle === null ? text.truth(notice.title) : text.spam(input.spamTitle);
  const titleHtml = input.spamTitle === null ? t(notice.title) : esc(title);
  if (input.metadataTable && input.spamTitle === null) {
    body.push(
      html.metadataTable({
        indexNumber: notice.indexNumber,
        category: notice.category,
        issuer: notice.issuer,
        signedAt: notice.signedAt,
        title: notice.title,
        docNumber: notice.docNumber,
        publishedAt: notice.publishedAt,
      }),
    );
  }
  body.push(
    random.pick([
      `<h1 class="title">${titleHtml}</h1>`,
      `<div class="title"><h2>${titleHtml}</h2></div>`,
      `<div class="article-title">${titleHtml}</div>`,
    ]),
  );
  if (!input.metadataTable || input.spamTitle !== null)
    body.push(html.infoLine(notice.publishedAt));
  else if (random.chance(0.3))
    body.push(`<div class="date">${t(headerDay(random, notice.publishedAt))}</div>`);

  if (input.spamTitle !== null) {
    const page = input.spam.find((injection) => injection.kind === 'SPAM_PAGE');
    if (page) body.push(`<div class="TRS_Editor" id="zoom">${spam.block(page)}</div>`);
  } else {
    if (notice.docNumber !== null && !input.metadataTable) {
      body.push(
        random.pick([
          `<div class="wh" style="text-align:center">${t(notice.docNumber)}</div>`,
          `<p class="fwzh" align="center">${t(notice.docNumber)}</p>`,
        ]),
      );
    }
    body.push(renderBody(random, input, spam, paragraphs));
  }
  body.push(at('content-bottom'), html.shareBar());
  if (random.chance(0.6)) body.push(html.related());
  body.push('</div></div>', html.footer());
  if (random.chance(0.5)) {
    body.push(
      `<script type="text/javascript">var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?${random.int(1e9, 9e9).toString(16)}";document.body.appendChild(hm);})();</script>`,
    );
  }
  body.push(at('page-bottom'));
  const after = at('after-html');

  const head = [
    charsetMeta(random, input.declaredCharset),
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}${random.pick(['_', '-', ' - '])}${t(chrome.siteName)}</title>`,
    `<meta name="SiteName" content="${esc(text.truth(chrome.siteName))}">`,
    `<meta name="SiteDomain" content="${chrome.host}">`,
    `<meta name="SiteIDCode" content="${chrome.siteCode}">`,
  ];
  if (random.chance(0.6) && input.spamTitle === null) {
    head.push(
      `<meta name="ArticleTitle" content="${esc(title)}">`,
      `<meta name="PubDate" content="${headerDay(random, notice.publishedAt)}">`,
      `<meta name="ContentSource" content="${esc(text.truth(chrome.source))}">`,
    );
  }
  head.push(
    '<link rel="stylesheet" type="text/css" href="/css/style.css">',
    '<script type="text/javascript" src="/js/jquery-1.11.3.min.js"></script>',
  );
  if (spam.headStyles.length > 0)
    head.push(`<style type="text/css">${spam.headStyles.join('\n')}</style>`);

  const doctype = random.pick([
    '<!DOCTYPE html>',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    '',
  ]);
  const page = [
    doctype,
    `<html${random.chance(0.5) ? ' lang="zh-CN"' : ''}>`,
    `<head>\n${head.filter((line) => line !== '').join('\n')}\n</head>`,
    '<body>',
    body.filter((part) => part !== '').join('\n'),
    '</body>',
    '</html>',
    after,
  ]
    .filter((part) => part !== '')
    .join('\n');
  return { page: `${page}\n`, paragraphs, spam: spam.truth };
}

/** The notice's body; fills `paragraphs` with the truth of each block as laid out. */
function renderBody(
  random: Random,
  input: RenderInput,
  spam: HtmlSpamWriter,
  paragraphs: string[],
): string {
  const { notice, text } = input;
  const style = random.pick<BodyStyle>(['p', 'p', 'p', 'p-span', 'br', 'div']);
  const indent = random.pick(['', '', '　　', '&nbsp;&nbsp;&nbsp;&nbsp;']);
  const glued = (placement: SpamPlacement): SpamInjection | undefined =>
    input.spam.find((injection) => injection.placement === placement);
  const first = glued('glued-first');
  const last = glued('glued-last');
  const texts = notice.blocks.filter((block) => block.role !== 'table');
  const firstText = texts[0];
  const lastText = texts[texts.length - 1];

  const parts: string[] = [];
  for (const block of notice.blocks) {
    if (block.role === 'table') {
      const rows = block.rows.map((row) => {
        paragraphs.push(...row.map((cell) => text.truth(cell)));
        return `<tr>${row.map((cell) => `<td>${esc(text.show(cell))}</td>`).join('')}</tr>`;
      });
      parts.push(
        `<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">${rows.join('')}</table>`,
      );
      continue;
    }
    paragraphs.push(text.truth(block.text));
    let inner = esc(text.show(block.text));
    inner = linkUrls(inner, random);
    if (block.role === 'heading' && random.chance(0.5)) inner = `<strong>${inner}</strong>`;
    if (block === firstText && first) inner = `${spam.inline(first)}${inner}`;
    if (block === lastText && last) inner = `${inner}${spam.inline(last)}`;
    parts.push(wrap(style, block, inner, indent));
  }
  const joiner = style === 'br' ? '<br>\n' : '\n';
  const content = style === 'br' ? joinBr(parts) : parts.join(joiner);
  return `<div class="${random.pick(['TRS_Editor', 'article-content', 'view TRS_UEDITOR', 'zw'])}" id="zoom">\n${content}\n</div>`;
}

function wrap(style: BodyStyle, block: NoticeBlock, inner: string, indent: string): string {
  const role = block.role;
  const align =
    role === 'signature' || role === 'date'
      ? ' style="text-align: right;"'
      : role === 'doc-title'
        ? ' style="text-align: center;"'
        : '';
  const lead = role === 'text' || role === 'attachment' ? indent : '';
  switch (style) {
    case 'p':
      return `<p${align || (lead ? '' : ' style="text-indent: 2em;"')}>${lead}${inner}</p>`;
    case 'p-span':
      return `<p class="MsoNormal"${align}><span style="font-family: 仿宋_GB2312; font-size: 16pt;">${lead}${inner}</span></p>`;
    case 'div':
      return `<div${align}>${lead}${inner}</div>`;
    case 'br':
      return `${lead}${inner}`;
  }
}

/** Old editors put lines one after another with <br>; tables stay block elements. */
function joinBr(parts: readonly string[]): string {
  let out = '';
  parts.forEach((part, i) => {
    const isTable = part.startsWith('<table');
    const prevTable = i > 0 && parts[i - 1].startsWith('<table');
    if (i > 0) out += isTable || prevTable ? '\n' : '<br>\n';
    out += part;
  });
  return out;
}

/** gov.cn addresses in a paragraph become links, as editors make them. */
function linkUrls(inner: string, random: Random): string {
  return inner.replace(/(https?:\/\/)?[\w.-]+\.gov\.cn(\/[\w./-]*)?/g, (url) =>
    random.chance(0.7)
      ? `<a href="${url.startsWith('http') ? url : `http://${url}`}" target="_blank">${url}</a>`
      : url,
  );
}

/** `<meta charset>` or the older http-equiv form; nothing when the page declares nothing. */
function charsetMeta(random: Random, charset: string | null): string {
  if (charset === null) return '';
  return random.chance(0.5)
    ? `<meta charset="${charset}">`
    : `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">`;
}
