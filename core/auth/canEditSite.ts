import type { Principal } from './principal';
import type { Role } from './role';
import { ALL_SITES } from './role';

/** True when the principal holds one of `roles` on `siteId`, or cluster-wide. */
export function hasSiteRole(principal: Principal, siteId: string, roles: readonly Role[]): boolean {
  return principal.roles.some(
    (grant) =>
      roles.includes(grant.role) && (grant.siteId === siteId || grant.siteId === ALL_SITES),
  );
}

/** Editors and site admins edit their own site; a cluster admin edits every site. */
export function canEditSite(principal: Principal | null, siteId: string): boolean {
  // A CLUSTER_ADMIN grant carries site `*`, which hasSiteRole matches for every site.
  return (
    principal !== null && hasSiteRole(principal, siteId, ['EDITOR', 'SITE_ADMIN', 'CLUSTER_ADMIN'])
  );
}
