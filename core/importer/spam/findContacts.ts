import { parse } from 'tldts';
import { classifyHost } from './classifyLink';

/** A way to reach a spammer written into the text: a web address outside government, a QQ or WeChat id. */
export interface Contact {
  start: number;
  end: number;
  kind: 'url' | 'qq' | 'wechat';
}

const URL_LIKE =
  /(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}|(?:\d{1,3}\.){3}\d{1,3})(?::\d{2,5})?(?:\/[\w\-./?%&=#~+]*)?/g;
const QQ = /(?:qq|扣扣|企鹅)(?:号|群)?[\s:：]*[1-9]\d{4,11}/g;
const WECHAT =
  /(?:微信|weixin|wechat|vx|v信|威信|薇信|wx)(?:号)?[\s:：]*(?:[a-z][\w-]{5,19}|1\d{10})/g;

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
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      contacts.push({ start: match.index, end: match.index + match[0].length, kind });
    }
  }
  contacts.sort((a, b) => a.start - b.start);
  return contacts.filter((c, i) => i === 0 || c.start >= contacts[i - 1].end);
}
