import type { Document, Filter } from 'mongodb';
import type { SearchRequest } from '../../core/search';

/** The fields the index searches, as the baseline's collection stores them. */
const TEXT_FIELDS = ['title', 'text', 'docNumber', 'issuer'] as const;

/**
 * What a site without a search index would run for the same request: every word typed (split at
 * white space) as an unanchored `$regex` on title, body, 文号 or issuer, the words AND-ed, plus
 * the request's filter as plain conditions. No normalization: a 文号 in another bracket form or
 * a traditional query finds only notices printed that way.
 */
export function regexFilter(request: SearchRequest): Filter<Document> {
  const words = request.query.split(/\s+/u).filter((word) => word !== '');
  const and: Filter<Document>[] = words.map((word) => ({
    $or: TEXT_FIELDS.map((field) => ({ [field]: { $regex: escapeRegex(word) } })),
  }));
  const f = request.filter;
  if (f.levels?.length) and.push({ level: { $in: [...f.levels] } });
  if (f.regionCode !== undefined)
    and.push({ regionCode: { $regex: `^${regionPrefix(f.regionCode)}` } });
  if (f.siteIds?.length) and.push({ siteId: { $in: [...f.siteIds] } });
  if (f.issuers?.length) and.push({ issuer: { $in: [...f.issuers] } });
  if (f.categories?.length) and.push({ category: { $in: [...f.categories] } });
  if (f.validity?.length) and.push({ validity: { $in: [...f.validity] } });
  const range = (from: Date | undefined, to: Date | undefined) => ({
    ...(from ? { $gte: from } : {}),
    ...(to ? { $lte: to } : {}),
  });
  if (f.signedFrom || f.signedTo) and.push({ signedAt: range(f.signedFrom, f.signedTo) });
  if (f.publishedFrom || f.publishedTo)
    and.push({ publishedAt: range(f.publishedFrom, f.publishedTo) });
  return and.length === 1 ? and[0] : { $and: and };
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** `210100` names all of 沈阳 (`2101`), as in the index's filter: trailing `00` pairs dropped. */
function regionPrefix(code: string): string {
  let prefix = code;
  while (prefix.length > 2 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}
