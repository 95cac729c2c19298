import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The header that proves a subgraph call comes from inside the hub (the
 * gateway, or the province routing a command). It is not an identity: the
 * caller's token is still verified by the subgraph.
 */
export const GATEWAY_SECRET_HEADER = 'x-govhub-gateway-secret';

/** Constant-time comparison of a received header with the configured secret. */
export function gatewaySecretMatches(received: unknown, expected: string): boolean {
  if (typeof received !== 'string' || received.length === 0) return false;
  // Hashing first gives equal lengths, which timingSafeEqual requires, without leaking the length.
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(received), digest(expected));
}
