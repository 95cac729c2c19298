import type { Principal } from '../../../core/auth';
import type { Actor } from '../../../core/model';

/** The person on record for an action: the token's subject and display name at the time. */
export function actorOf(principal: Principal): Actor {
  return { sub: principal.sub, name: principal.name };
}
