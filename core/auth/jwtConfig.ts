import type { Config } from '../config';

/** The part of the configuration that signs and verifies tokens. */
export type JwtConfig = Config['jwt'];
