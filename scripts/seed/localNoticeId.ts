import { createHash } from 'node:crypto';

/**
 * A deterministic local notice id (the part after `county:`): the same site, title and
 * discriminator always give the same id, so seeding twice finds the notices it wrote.
 */
export function localNoticeId(siteId: string, title: string, discriminator: string): string {
  return createHash('sha256')
    .update(`${siteId}\n${title}\n${discriminator}`)
    .digest('hex')
    .slice(0, 24);
}
