import { signToken } from '../../core/auth';
import type { Role } from '../../core/auth';
import { loadConfig } from '../../core/config';

/**
 * A token the cluster started by startCluster accepts: signed with the
 * configured key (under jest, globalSetup's ES256 key `test-a`), unless `env`
 * changes the JWT settings.
 */
export function testToken(
  grants: { siteId: string; role: Role }[],
  sub = 'tester',
  env: Record<string, string> = {},
): string {
  const config = loadConfig({ ...process.env, ...env });
  return signToken({ sub, name: sub, roles: grants }, config.jwt, { expiresIn: '1h' });
}
