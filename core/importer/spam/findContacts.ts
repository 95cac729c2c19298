import { parse } from 'tldts';
import { classifyHost } from './classifyLink';

/**
 * A way to reach a spammer written into the text: a web address outside government, a QQ or
 * WeChat id, a mobile number. Notices print mobile numbers too, so a `phone` counts only next to
 * strong spam evidence.
 */
export interface Contact {
  start: number;
  end: number;
  kind: 'url' | 'qq' | 'wechat' | 'phone';
}

/*
 * The words that label a contact (网址:, 加微信:, 电话) go with it, so that cutting the contact
 * out of a paragraph leaves no dangling label behind.
 */
const URL_LIKE =
  /(?:(?:官方网址|最新网址|备用网址|复制网址|收藏网址|网址|官网|请收藏|点击进入)[\s:：]*)?(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}|(?:\d{1,3}\.){3}\d{1,3})(?::\d{2,5})?(?:\/[\w\-./?%&=#~+]*)?/g;
const QQ = /(?:客服)?(?:qq|扣扣|企鹅)(?:号|群)?[\s:：]*[1-9]\d{4,11}/g;
const WECHAT =
  /(?:加)?(?:微信|weixin|wechat|vx|v信|威信|薇信|wx)(?:号)?[\s:：]*(?:[a-z][\w-]{3,19}|1\d{10})/g;
const MOBILE = /(?:(?:电话|手机|热线|客服|联系)[\s:：]*)?(?<![\d.])1[3-9]\d{9}(?!\d)/g;

/** Contacts in matching text (lower-case, full-width folded), in order. */
export function findContacts(text: string, siteDomains: readonly string[]): Contact[] {
  const contacts: Contact[] = [];
  for (const match of text.matchAll(URL_LIKE)) {
    const host = match[1];
    const parsed = parse(host);
    if (!parsed.isIp && !(parsed.isIcann && parsed.domain)) continue;
    if (classifyHost(host, siteDomains).target !== 'external') continue;
    contacts.push({ start: match.index, end: match.index + match[0].length, kind: 'url' });
  }
  for (const [pattern, kind] of [
    [QQ, 'qq'],
    [WECHAT, 'wechat'],
    [MOBILE, 'phone'],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      contacts.push({ start: match.index, end: match.index + match[0].length, kind });
    }
  }
  contacts.sort((a, b) => a.start - b.start);
  return contacts.filter((c, i) => i === 0 || c.start >= contacts[i - 1].end);
}
