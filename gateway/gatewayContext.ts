import type { Principal } from '../core/auth';

/** Per-request context of the gateway; built before execution (createGatewayContext). */
// A type alias, not an interface: the gateway's data sources require Record<string, any>.
export type GatewayContext = {
  requestId: string;
  /** The client's `Authorization` header, forwarded verbatim to the subgraphs. */
  authorization: string | undefined;
  /** Null for anonymous requests. The gateway checks the token; subgraphs authorize. */
  principal: Principal | null;
};
