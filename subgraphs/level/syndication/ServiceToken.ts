import type { JwtConfig } from '../../../core/auth';
import { ALL_SITES, signToken } from '../../../core/auth';
import type { Level } from '../../../core/levels';
import { levelPrefix } from '../../../core/levels';

const LIFETIME_S = 15 * 60;
const RENEW_AFTER_MS = 5 * 60 * 1000;

/**
 * The syndication worker's own SYNDICATOR token, minted with the hub's
 * signing key and renewed well before it expires.
 */
export class ServiceToken {
  private token: string | null = null;
  private mintedAt = 0;

  constructor(
    private readonly level: Level,
    private readonly jwt: JwtConfig,
  ) {}

  authorization(): string {
    if (!this.token || Date.now() - this.mintedAt > RENEW_AFTER_MS) {
      this.token = signToken(
        {
          sub: `syndicator:${levelPrefix(this.level)}`,
          name: `${levelPrefix(this.level)} syndication worker`,
          roles: [{ siteId: ALL_SITES, role: 'SYNDICATOR' }],
        },
        this.jwt,
        { expiresIn: LIFETIME_S },
      );
      this.mintedAt = Date.now();
    }
    return `Bearer ${this.token}`;
  }
}
