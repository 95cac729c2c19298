import type { Response } from 'express';
import type { Principal } from '../../core/auth';

/**
 * The verdict on a request's `Authorization` header, reached once per request
 * (authenticateRequest) and read by the rate limiter and the GraphQL context.
 */
export type RequestAuth =
  | {
      ok: true;
      /** The header as sent, forwarded to the subgraphs. */
      authorization: string | undefined;
      /** Null: anonymous. */
      principal: Principal | null;
    }
  | { ok: false; authorization: string; reason: string };

const LOCALS_KEY = 'govhubAuth';

export function setRequestAuth(res: Response, auth: RequestAuth): void {
  res.locals[LOCALS_KEY] = auth;
}

/** The verdict authenticateRequest stored; throws when that middleware did not run (a wiring bug). */
export function requestAuth(res: Response): RequestAuth {
  const auth: unknown = res.locals[LOCALS_KEY];
  if (typeof auth !== 'object' || auth === null || !('ok' in auth)) {
    throw new Error('authenticateRequest must run before the request auth is read');
  }
  return auth as RequestAuth;
}
