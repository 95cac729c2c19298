import type { ChangeEvent } from '../../../core/model';

export interface ChangeSourcePage {
  events: ChangeEvent[];
  /** Where the next read resumes. */
  endCursor: string | null;
  hasMore: boolean;
}

/** A level's change log as a reader sees it: local (own database) or remote (another subgraph). */
export interface ChangeSource {
  readonly name: string;
  read(after: string | null, limit: number): Promise<ChangeSourcePage>;
}
