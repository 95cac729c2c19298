/** The time reports are made for (coverage, overdue): the wall clock, moved in tests. */
export interface Clock {
  now(): Date;
}

/**
 * The wall clock plus an offset. Tests move it forward to see deadlines pass
 * (`POST /debug/clock` exists only when GOVHUB_TEST_CLOCK=1 and never in
 * production); writes always use the real time.
 */
export class SettableClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  setOffset(ms: number): void {
    this.offsetMs = ms;
  }
}
