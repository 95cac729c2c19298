import type { Role } from './role';

/** One grant: `role` on `siteId` (`*` for the cluster-wide roles). */
export interface SiteRole {
  siteId: string;
  role: Role;
}

/** Who is calling, as proven by a verified token. */
export interface Principal {
  sub: string;
  name: string;
  roles: SiteRole[];
}
