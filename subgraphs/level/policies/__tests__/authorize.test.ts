import type { Principal, Role } from '../../../../core/auth';
import { authorize, may } from '../authorize';

const SITE = '2101240002';
const person = (role: Role, siteId = SITE): Principal => ({
  sub: role.toLowerCase(),
  name: role,
  roles: [{ siteId, role }],
});

test.each([
  ['EDITOR', 'create', true],
  ['EDITOR', 'review', false],
  ['EDITOR', 'withdraw', false],
  ['EDITOR', 'overrideTerms', false],
  ['REVIEWER', 'review', true],
  ['REVIEWER', 'approve', false],
  ['REVIEWER', 'create', false],
  ['APPROVER', 'approve', true],
  ['APPROVER', 'overrideTerms', true],
  ['APPROVER', 'repeal', true],
  ['SITE_ADMIN', 'review', false],
  ['SITE_ADMIN', 'correct', true],
  ['SYNDICATOR', 'create', false],
] as const)('%s may %s: %s', (role, action, expected) => {
  const siteId = role === 'SYNDICATOR' ? '*' : SITE;
  expect(may(person(role, siteId), action, SITE)).toBe(expected);
});

test('a cluster admin acts everywhere but does not review', () => {
  const admin = person('CLUSTER_ADMIN', '*');
  expect(may(admin, 'withdraw', '3607340001')).toBe(true);
  expect(may(admin, 'review', SITE)).toBe(false);
});

test('roles on another site do not count; anonymous is UNAUTHENTICATED', () => {
  expect(() => authorize(person('EDITOR', '2103210003'), 'create', SITE)).toThrow(
    expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }),
  );
  expect(() => authorize(null, 'create', SITE)).toThrow(
    expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } }),
  );
});
