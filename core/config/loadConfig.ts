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
  levels: Record<Level, LevelEndpoint>;
  jwt: { secret: string; issuer: string; audience: string };
  catalogPollMs: number;
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

export class ConfigError extends Error {}

/** Reads and validates the environment once; throws a ConfigError naming every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  if (
    env.NODE_ENV === 'production' &&
    env.JWT_SECRET === envSchema.shape.JWT_SECRET.parse(undefined)
  ) {
    throw new ConfigError('invalid configuration:\n  JWT_SECRET: must be set in production');
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
    production: env.NODE_ENV === 'production',
    host: env.HOST,
    gatewayPort: env.GATEWAY_PORT,
    gatewayUrl: env.GATEWAY_URL ?? base(env.GATEWAY_PORT),
    levels,
    jwt: { secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE },
    catalogPollMs: env.CATALOG_POLL_MS,
    logLevel: env.LOG_LEVEL,
    dbPrefix: env.MONGODB_DB_PREFIX,
  };
}
