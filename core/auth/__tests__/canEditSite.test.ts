import { canEditSite, hasSiteRole } from '../canEditSite';
import type { Principal, SiteRole } from '../principal';

const as = (...roles: SiteRole[]): Principal => ({ sub: 'u', name: 'U', roles });

describe('canEditSite', () => {
  it('lets editors and site admins edit their own site only', () => {
    expect(canEditSite(as({ siteId: 'a', role: 'EDITOR' }), 'a')).toBe(true);
    expect(canEditSite(as({ siteId: 'a', role: 'SITE_ADMIN' }), 'a')).toBe(true);
    expect(canEditSite(as({ siteId: 'a', role: 'EDITOR' }), 'b')).toBe(false);
  });

  it('lets a cluster admin edit every site', () => {
    expect(canEditSite(as({ siteId: '*', role: 'CLUSTER_ADMIN' }), 'any')).toBe(true);
  });

  it('does not let reviewers, approvers, syndicators or anonymous callers edit', () => {
    expect(
      canEditSite(as({ siteId: 'a', role: 'REVIEWER' }, { siteId: 'a', role: 'APPROVER' }), 'a'),
    ).toBe(false);
    expect(canEditSite(as({ siteId: '*', role: 'SYNDICATOR' }), 'a')).toBe(false);
    expect(canEditSite(null, 'a')).toBe(false);
  });
});

describe('hasSiteRole', () => {
  it('matches a role on the site', () => {
    expect(hasSiteRole(as({ siteId: 'a', role: 'APPROVER' }), 'a', ['APPROVER'])).toBe(true);
    expect(hasSiteRole(as({ siteId: 'a', role: 'APPROVER' }), 'a', ['EDITOR'])).toBe(false);
  });
});
