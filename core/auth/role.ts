/** What a person or service may do, per site. */
export const ROLES = [
  'EDITOR',
  'REVIEWER',
  'APPROVER',
  'SITE_ADMIN',
  'CLUSTER_ADMIN',
  'SYNDICATOR',
] as const;

export type Role = (typeof ROLES)[number];

/** The site id of a grant that covers every site of the cluster. */
export const ALL_SITES = '*';

/** Roles that are only ever granted cluster-wide (site id `*`). */
export const CLUSTER_ROLES: readonly Role[] = ['CLUSTER_ADMIN', 'SYNDICATOR'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isClusterRole(role: Role): boolean {
  return CLUSTER_ROLES.includes(role);
}
