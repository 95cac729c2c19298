import type { Mandate } from '../model/syndication';

const HOUR_MS = 3_600_000;

/** By when a mandated site must have reposted: `deadlineHours` after the original went live. */
export function mandateDeadline(mandate: Mandate, liveAt: Date): Date {
  return new Date(liveAt.getTime() + mandate.deadlineHours * HOUR_MS);
}
