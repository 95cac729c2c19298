import { readFileSync } from 'node:fs';
import type { Level } from '../levels/level';
import { LEVELS, levelPrefix } from '../levels/level';
import type { Env } from './env';
import { envSchema } from './env';

export interface Config {
  env: Env;
  production: boolean;
  host: string;
  gatewayPort: number;
  gatewayUrl: string;
  /** Where the public reaches the gateway (feed links); null: from each request's Host. */
  publicBaseUrl: string | null;
  levels: Record<Level, LevelEndpoint>;
  jwt: JwtSettings;
  /** Shared by the gateway and the subgraphs; subgraphs refuse GraphQL calls without it. */
  gatewaySecret: string;
  limits: GatewayLimits;
  /** 错敏词 list to use instead of the shipped one. */
  sensitiveTermsFile: string | null;
  catalogPollMs: number;
  syndication: { enabled: boolean; nudge: boolean; pollMs: number };
  /** Small id sets read by `_id` one at a time: `auto` on FerretDB only. */
  pointReads: Env['DB_POINT_READS'];
  /** Tests only: the report clock may be moved through `POST /debug/clock`. */
  testClock: boolean;
  logLevel: Env['LOG_LEVEL'];
  dbPrefix: string;
}

export interface LevelEndpoint {
  port: number;
  /** GraphQL endpoint of the level's subgraph. */
  url: string;
  /** MongoDB connection string; undefined when a local FerretDB is to be started. */
  mongoUri: string | undefined;
  dbName: string;
}

export interface JwtSettings {
  algorithm: Env['JWT_ALGORITHM'];
  /** HS256 only. */
  secret: string;
  issuer: string;
  audience: string;
  /** RS256/ES256: the JWKS document (JSON text) with the verification keys. */
  jwks: string | null;
  /** PEM or JWK (JSON text) of the key that mints tokens, when this process mints any. */
  privateKey: string | null;
  signingKid: string | null;
}

export interface GatewayLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxRequestBytes: number;
  ratePerMinute: number;
  trustProxy: number;
}

export class ConfigError extends Error {}

/** Reads and validates the environment once; throws a ConfigError naming every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';
  if (production && env.GOVHUB_TEST_CLOCK === '1') {
    problems.push('GOVHUB_TEST_CLOCK: a movable clock is for tests; unset it in production');
  }
  if (production && env.JWT_ALGORITHM === 'HS256') {
    problems.push('JWT_ALGORITHM: HS256 is for development; use RS256 or ES256 in production');
  }
  if (
    production &&
    env.GATEWAY_SHARED_SECRET === envSchema.shape.GATEWAY_SHARED_SECRET.parse(undefined)
  ) {
    problems.push('GATEWAY_SHARED_SECRET: must be set in production');
  }
  if (env.JWT_JWKS && env.JWT_JWKS_FILE)
    problems.push('JWT_JWKS_FILE: set JWT_JWKS or JWT_JWKS_FILE, not both');
  if (env.JWT_PRIVATE_KEY && env.JWT_PRIVATE_KEY_FILE) {
    problems.push('JWT_PRIVATE_KEY_FILE: set JWT_PRIVATE_KEY or JWT_PRIVATE_KEY_FILE, not both');
  }
  const jwks = env.JWT_JWKS ?? readSetting(env.JWT_JWKS_FILE, 'JWT_JWKS_FILE', problems);
  const privateKey =
    env.JWT_PRIVATE_KEY ?? readSetting(env.JWT_PRIVATE_KEY_FILE, 'JWT_PRIVATE_KEY_FILE', problems);
  if (env.JWT_ALGORITHM !== 'HS256' && jwks === null) {
    problems.push(
      `JWT_JWKS: ${env.JWT_ALGORITHM} needs the verification keys (JWT_JWKS or JWT_JWKS_FILE)`,
    );
  }
  if (problems.length > 0) {
    throw new ConfigError(`invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  const base = (port: number) => `http://${env.HOST}:${port}/graphql`;
  const ports: Record<Level, number> = {
    COUNTY: env.COUNTY_PORT,
    CITY: env.CITY_PORT,
    PROVINCE: env.PROVINCE_PORT,
  };
  const urls: Record<Level, string | undefined> = {
    COUNTY: env.COUNTY_URL,
    CITY: env.CITY_URL,
    PROVINCE: env.PROVINCE_URL,
  };
  const uris: Record<Level, string | undefined> = {
    COUNTY: env.MONGODB_URI_COUNTY ?? env.MONGODB_URI,
    CITY: env.MONGODB_URI_CITY ?? env.MONGODB_URI,
    PROVINCE: env.MONGODB_URI_PROVINCE ?? env.MONGODB_URI,
  };
  const levels = Object.fromEntries(
    LEVELS.map((level) => [
      level,
      {
        port: ports[level],
        url: urls[level] ?? base(ports[level]),
        mongoUri: uris[level],
        dbName: `${env.MONGODB_DB_PREFIX}_${levelPrefix(level)}`,
      },
    ]),
  ) as Record<Level, LevelEndpoint>;
  return {
    env,
    production,
    host: env.HOST,
    gatewayPort: env.GATEWAY_PORT,
    gatewayUrl: env.GATEWAY_URL ?? base(env.GATEWAY_PORT),
    publicBaseUrl: env.PUBLIC_BASE_URL ?? null,
    levels,
    jwt: {
      algorithm: env.JWT_ALGORITHM,
      secret: env.JWT_SECRET,
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      jwks,
      privateKey,
      signingKid: env.JWT_SIGNING_KID ?? null,
    },
    gatewaySecret: env.GATEWAY_SHARED_SECRET,
    limits: {
      maxDepth: env.MAX_QUERY_DEPTH,
      maxAliases: env.MAX_QUERY_ALIASES,
      maxCost: env.MAX_QUERY_COST,
      maxRequestBytes: env.MAX_REQUEST_BYTES,
      ratePerMinute: env.RATE_LIMIT_PER_MINUTE,
      trustProxy: env.TRUST_PROXY,
    },
    sensitiveTermsFile: env.SENSITIVE_TERMS_FILE ?? null,
    catalogPollMs: env.CATALOG_POLL_MS,
    syndication: {
      enabled: env.SYNDICATION_ENABLED === '1',
      nudge: env.SYNDICATION_NUDGE === '1',
      pollMs: env.SYNDICATION_POLL_MS,
    },
    pointReads: env.DB_POINT_READS,
    testClock: env.GOVHUB_TEST_CLOCK === '1',
    logLevel: env.LOG_LEVEL,
    dbPrefix: env.MONGODB_DB_PREFIX,
  };
}

/** The contents of a `*_FILE` setting; a problem (not an exception) when it cannot be read. */
function readSetting(path: string | undefined, name: string, problems: string[]): string | null {
  if (path === undefined) return null;
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    problems.push(`${name}: cannot read ${path} (${code})`);
    return null;
  }
}
