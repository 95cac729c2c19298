import { hasSiteRole } from '../hasSiteRole';
import type { Principal, SiteRole } from '../principal';

const as = (...roles: SiteRole[]): Principal => ({ sub: 'u', name: 'U', roles });

describe('hasSiteRole', () => {
  it('matches a role on the site only', () => {
    expect(hasSiteRole(as({ siteId: 'a', role: 'APPROVER' }), 'a', ['APPROVER'])).toBe(true);
    expect(hasSiteRole(as({ siteId: 'a', role: 'APPROVER' }), 'a', ['EDITOR'])).toBe(false);
    expect(hasSiteRole(as({ siteId: 'a', role: 'EDITOR' }), 'b', ['EDITOR'])).toBe(false);
  });

  it('matches a cluster-wide grant on every site', () => {
    expect(hasSiteRole(as({ siteId: '*', role: 'CLUSTER_ADMIN' }), 'any', ['CLUSTER_ADMIN'])).toBe(
      true,
    );
    expect(hasSiteRole(as({ siteId: '*', role: 'SYNDICATOR' }), 'a', ['EDITOR'])).toBe(false);
  });
});
