import { parse } from 'tldts';
import { INSTITUTIONAL_SUFFIXES, OFFICIAL_DOMAINS, SPAM_TLDS } from './officialDomains';

/**
 * Where a link points: the site itself (relative links, `siteDomains`), a government domain
 * (gov.cn and its subdomains, the 政务 TLD), an official non-government domain (state media,
 * institutional suffixes), or elsewhere.
 */
export type LinkTarget = 'own' | 'government' | 'official' | 'external';

export interface ClassifiedHost {
  target: LinkTarget;
  /** Registrable domain (`example.com`), or the host itself for an IP address. */
  domain: string | null;
  /** An IP address or a throwaway top-level domain (.cc, .top, .xyz…). */
  suspicious: boolean;
}

const OWN: ClassifiedHost = { target: 'own', domain: null, suspicious: false };

/** Classifies an href as written: relative and non-web links count as the site's own. */
export function classifyHref(href: string, siteDomains: readonly string[]): ClassifiedHost {
  const match = /^\s*(?:(?:https?:)?\/\/)([^/?#\s]+)/i.exec(href);
  if (!match) {
    // `www.example.com/x` without a scheme is a relative path to a browser, but spammers write it.
    const bare = /^\s*(www\.[^/?#\s]+)/i.exec(href);
    return bare ? classifyHost(bare[1], siteDomains) : OWN;
  }
  return classifyHost(match[1], siteDomains);
}

export function classifyHost(rawHost: string, siteDomains: readonly string[]): ClassifiedHost {
  const host = rawHost.replace(/^.*@/, '').replace(/:\d*$/, '').replace(/\.$/, '').toLowerCase();
  const parsed = parse(host);
  if (parsed.isIp) return { target: 'external', domain: host, suspicious: true };
  const domain = parsed.domain ?? host;
  const own = siteDomains.some((site) => {
    const d = site.toLowerCase().replace(/^\.+/, '');
    return d !== '' && (host === d || host.endsWith(`.${d}`));
  });
  if (own) return { target: 'own', domain, suspicious: false };
  if (host === 'gov.cn' || host.endsWith('.gov.cn')) {
    return { target: 'government', domain, suspicious: false };
  }
  const suffix = parsed.publicSuffix ?? '';
  if (suffix === '政务' || suffix === 'xn--zfr164b') {
    return { target: 'government', domain, suspicious: false };
  }
  if (OFFICIAL_DOMAINS.has(domain) || INSTITUTIONAL_SUFFIXES.has(suffix)) {
    return { target: 'official', domain, suspicious: false };
  }
  const tld = suffix.split('.').pop() ?? '';
  return { target: 'external', domain, suspicious: SPAM_TLDS.has(tld) };
}
