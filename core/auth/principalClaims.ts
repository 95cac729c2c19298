import { z } from 'zod';
import { ALL_SITES, ROLES, isClusterRole } from './role';

const siteRoleSchema = z
  .object({
    siteId: z.string().min(1).max(128),
    role: z.enum(ROLES),
  })
  .refine((grant) => isClusterRole(grant.role) === (grant.siteId === ALL_SITES), {
    message: `CLUSTER_ADMIN and SYNDICATOR take site '${ALL_SITES}'; other roles name one site`,
  });

/**
 * The claims govhub reads from a verified token. `iss`, `aud` and `exp` are
 * also checked by the signature verifier; requiring them here makes a token
 * without an expiry invalid (jsonwebtoken alone accepts one).
 */
export const principalClaimsSchema = z.object({
  sub: z.string().min(1).max(256),
  name: z.string().min(1).max(256),
  roles: z.array(siteRoleSchema).max(1000),
  iss: z.string().min(1),
  aud: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  exp: z.number().int(),
  iat: z.number().int().optional(),
});

export type PrincipalClaims = z.infer<typeof principalClaimsSchema>;
