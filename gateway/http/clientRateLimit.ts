import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { isHubService } from '../../core/auth';
import { ErrorCode } from '../../core/errors';
import type { Logger } from '../../core/logging';
import { requestAuth } from './requestAuth';
import { sendGraphQLError } from './sendGraphQLError';

export interface ClientRateLimitOptions {
  /** Requests per client per minute (> 0). */
  perMinute: number;
  logger: Logger;
}

/**
 * At most `perMinute` requests per client and minute (in memory, per gateway
 * process); more get 429 RATE_LIMITED with `RateLimit`/`RateLimit-Policy`
 * (IETF draft 8) and `Retry-After` headers. A client is the subject of a
 * valid token, else its address (an IPv6 /56 counts as one address), so
 * people behind one NAT do not share a budget once signed in. Runs after
 * authenticateRequest. The hub's syndication workers are not limited.
 */
export function clientRateLimit({ perMinute, logger }: ClientRateLimitOptions): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req, res) => clientKey(req, res),
    // The hub's own syndication workers (verified SYNDICATOR tokens) follow
    // every change log and would otherwise starve under a public budget.
    skip: (_req, res) => isServicePrincipal(res),
    handler: (_req, res) =>
      sendGraphQLError(
        res,
        429,
        `too many requests: at most ${perMinute} a minute, try again later`,
        ErrorCode.RATE_LIMITED,
      ),
    logger: {
      error: (error, message) => logger.error({ err: error }, message ?? 'rate limiter error'),
      warn: (error, message) => logger.warn({ err: error }, message ?? 'rate limiter warning'),
    },
  });
}

function isServicePrincipal(res: Response): boolean {
  const auth = requestAuth(res);
  return auth.ok && isHubService(auth.principal);
}

function clientKey(req: Request, res: Response): string {
  const auth = requestAuth(res);
  if (auth.ok && auth.principal !== null) return `sub:${auth.principal.sub}`;
  return `ip:${ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown')}`;
}
