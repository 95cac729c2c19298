import { foldFullWidth } from '../../text/foldFullWidth';

/** Registration numbers printed in a government site's footer. */
export interface SiteFilings {
  /** 网站标识码: 6-digit region code + 4-digit serial, e.g. `2101240002`. */
  siteCode: string | null;
  /** ICP filing as printed, e.g. `辽ICP备2021012785号-1`. */
  icp: string | null;
  /** Public-security filing as printed, e.g. `辽公网备21012402000147号`. */
  police: string | null;
}

const SITE_CODE = /网站标识码\s*:?\s*([0-9A-Za-z]{10})(?![0-9A-Za-z])/u;
const ICP =
  /\p{Script=Han}{0,2}ICP\s*(?:备案)?\s*[备证]\s*(?:案)?\s*(?:号)?\s*:?\s*\d+\s*号?(?:\s*-\s*\d+)?/iu;
const POLICE = /\p{Script=Han}{0,2}公网安?备\s*(?:案)?\s*(?:号)?\s*:?\s*\d+\s*号?/u;
/* The filing's province prefix is one or two characters (辽, 京); a longer run is a label. */
const LABEL_BEFORE = /^(?:备案号|备案|网站)/u;

/** The first 网站标识码, ICP and police filing in the texts (in their printed form). */
export function readSiteFilings(texts: readonly string[]): SiteFilings {
  const found: SiteFilings = { siteCode: null, icp: null, police: null };
  for (const text of texts) {
    const folded = foldFullWidth(text);
    found.siteCode ??= SITE_CODE.exec(folded)?.[1] ?? null;
    found.icp ??= printed(text, folded, ICP);
    found.police ??= printed(text, folded, POLICE);
  }
  return found;
}

function printed(text: string, folded: string, pattern: RegExp): string | null {
  const match = pattern.exec(folded);
  if (!match) return null;
  const value = text.slice(match.index, match.index + match[0].length).trim();
  return value.replace(LABEL_BEFORE, '');
}
