import type { Principal } from './principal';
import { ALL_SITES } from './role';

/**
 * The hub's own syndication workers: a verified token with the SYNDICATOR
 * role on every site (ServiceToken). The gateway lets them past the limits
 * meant for the public (rate, page size, cost); depth and alias limits still apply.
 */
export function isHubService(principal: Principal | null): boolean {
  return (
    principal !== null &&
    principal.roles.some((grant) => grant.role === 'SYNDICATOR' && grant.siteId === ALL_SITES)
  );
}
