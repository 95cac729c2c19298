import type { ChangeEvent } from '../../../core/model';
import type { FeedPage, FeedSource } from '../feeds';

export type ChangeSourcePage = FeedPage<ChangeEvent>;

/** A level's change log as a reader sees it: local (own database) or remote (another subgraph). */
export type ChangeSource = FeedSource<ChangeEvent>;
