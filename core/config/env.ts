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
  /** The address the public reaches the gateway at (feeds' self and paging links); default: from each request. */
  PUBLIC_BASE_URL: z.url().optional(),
  /** One MongoDB for all levels (each level gets its own database), or one URI per level. */
  MONGODB_URI: z.string().min(1).optional(),
  MONGODB_URI_COUNTY: z.string().min(1).optional(),
  MONGODB_URI_CITY: z.string().min(1).optional(),
  MONGODB_URI_PROVINCE: z.string().min(1).optional(),
  MONGODB_DB_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_]{1,40}$/, 'letters, digits and _ only')
    .default('govhub'),
  /**
   * How tokens are signed. RS256 or ES256 with a key set in production; HS256
   * with JWT_SECRET is for development and tests only.
   */
  JWT_ALGORITHM: z.enum(['HS256', 'RS256', 'ES256']).default('HS256'),
  JWT_SECRET: z
    .string()
    .min(16, 'at least 16 characters')
    .default('govhub-development-secret-change-me'),
  /** The verification keys (RS256/ES256): a JWKS document (`{"keys":[...]}`) inline or in a file. */
  JWT_JWKS: z.string().min(1).optional(),
  JWT_JWKS_FILE: z.string().min(1).optional(),
  /** A private key (PEM or JWK) to mint tokens with: `npm run token`, tests, service tokens. */
  JWT_PRIVATE_KEY: z.string().min(1).optional(),
  JWT_PRIVATE_KEY_FILE: z.string().min(1).optional(),
  /** The `kid` written into minted tokens; must name a key of the key set. */
  JWT_SIGNING_KID: z.string().min(1).max(128).optional(),
  JWT_ISSUER: z.string().min(1).default('govhub-dev'),
  JWT_AUDIENCE: z.string().min(1).default('govhub'),
  /**
   * Sent by the gateway (and the province's router) with every subgraph call;
   * subgraphs refuse GraphQL requests without it.
   */
  GATEWAY_SHARED_SECRET: z
    .string()
    .min(16, 'at least 16 characters')
    .default('govhub-development-gateway-secret'),
  /** Gateway limits for public traffic. */
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(100).default(12),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(0).max(1000).default(30),
  MAX_QUERY_COST: z.coerce.number().int().min(1).max(10_000_000).default(20_000),
  MAX_REQUEST_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(4_000_000),
  /** Requests per client (token subject, else IP address) per minute; 0 turns the limit off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(10_000_000).default(1200),
  /** Express `trust proxy`: set to the number of proxies in front of the gateway to rate-limit by the real client address. */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** 错敏词 list (JSON); default: the list shipped in data/terms/. */
  SENSITIVE_TERMS_FILE: z.string().min(1).optional(),
  /** How often the province pulls the lower levels' change logs into its catalog. */
  CATALOG_POLL_MS: z.coerce.number().int().min(20).max(600000).default(250),
  /** The syndication worker of each level (转载/链接 by rule, mandates); 0 turns it off. */
  SYNDICATION_ENABLED: z.enum(['0', '1']).default('1'),
  /** Push nudges between subgraphs after every logged change; 0 leaves only polling (benchmarks). */
  SYNDICATION_NUDGE: z.enum(['0', '1']).default('1'),
  /** How often each worker polls the change logs when no nudge came (the safety net). */
  SYNDICATION_POLL_MS: z.coerce.number().int().min(20).max(600000).default(2000),
  /**
   * Read small sets of ids one `_id` lookup at a time instead of one `$in`:
   * `auto` does it on FerretDB (whose `$in` scans the collection), never on MongoDB.
   */
  DB_POINT_READS: z.enum(['auto', 'on', 'off']).default('auto'),
  /** Tests only: lets `POST /debug/clock` move the report clock (never in production). */
  GOVHUB_TEST_CLOCK: z.enum(['0', '1']).default('0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;
