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
