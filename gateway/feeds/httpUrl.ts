/**
 * `value` as an absolute http(s) URL, resolved against `base` when relative;
 * null when it is not one (a feed must not carry `javascript:` links, and the
 * feed library throws on what is not a URL).
 */
export function httpUrl(value: string, base?: string): string | null {
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
