import { z } from 'zod';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

/**
 * Every environment variable the hub reads, with defaults that work on a
 * developer machine. Validated once at start-up (see loadConfig).
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  GATEWAY_PORT: port(4000),
  COUNTY_PORT: port(4001),
  CITY_PORT: port(4002),
  PROVINCE_PORT: port(4003),
  /** Where the gateway and other subgraphs reach each level; defaults to HOST and the port. */
  COUNTY_URL: z.url().optional(),
  CITY_URL: z.url().optional(),
  PROVINCE_URL: z.url().optional(),
  GATEWAY_URL: z.url().optional(),
  /** One MongoDB for all levels (each level gets its own database), or one URI per level. */
  MONGODB_URI: z.string().min(1).optional(),
  MONGODB_URI_COUNTY: z.string().min(1).optional(),
  MONGODB_URI_CITY: z.string().min(1).optional(),
  MONGODB_URI_PROVINCE: z.string().min(1).optional(),
  MONGODB_DB_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_]{1,40}$/, 'letters, digits and _ only')
    .default('govhub'),
  JWT_SECRET: z
    .string()
    .min(16, 'at least 16 characters')
    .default('govhub-development-secret-change-me'),
  JWT_ISSUER: z.string().min(1).default('govhub-dev'),
  JWT_AUDIENCE: z.string().min(1).default('govhub'),
  /** How often the province pulls the lower levels' change logs into its catalog. */
  CATALOG_POLL_MS: z.coerce.number().int().min(20).max(600000).default(250),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;
