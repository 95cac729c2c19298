import type { ClassType } from 'type-graphql';
import type { Level } from '../../../core/levels';
import { repostLevel } from '../../../core/syndication/syndicationIds';
import { typeNameForNoticeId } from './noticeTypeName';
import { noticeFields } from './noticeFields';
import { repostFields } from './repostFields';
import { createSiteType } from './createSiteType';
import { createEntityFamily } from './createEntityFamily';
import { createSyndicationTypes } from './createSyndicationTypes';
import type { SyndicationTypes } from './createSyndicationTypes';
import { repostTypeName } from './repostTypeName';

export interface SchemaTypes {
  level: Level;
  Notice: ClassType;
  Site: ClassType;
  /** The level-owned concrete notice type (`CountyNotice` in the county subgraph). */
  OwnNotice: ClassType;
  /** `@key(resolvable: false)` stubs for the other levels' notice types. */
  stubs: ClassType[];
  Repost: ClassType;
  OwnRepost: ClassType;
  repostStubs: ClassType[];
  syndication: SyndicationTypes;
}

/**
 * Builds a fresh set of classes for one level's schema. type-graphql keeps
 * metadata globally, so each build gets its own classes: a process that
 * prints all three SDLs (npm run compose) then never mixes a stub `CityNotice`
 * with the city's concrete one.
 */
export function createSchemaTypes(level: Level): SchemaTypes {
  const Site = createSiteType(level === 'PROVINCE');
  // Receipts point at reposts and notices at receipts: the thunk resolves once both exist.
  const built: { Repost?: ClassType } = {};
  const syndication = createSyndicationTypes(
    () => Site,
    () => {
      if (!built.Repost) throw new Error('Repost is not built yet');
      return built.Repost;
    },
  );
  const notices = createEntityFamily(level, {
    name: 'Notice',
    description: 'A policy notice of any level: 政策文件, 通知 or 政策解读.',
    resolveType: (value) =>
      value.__typename ?? (value.id ? typeNameForNoticeId(value.id) : undefined),
    fields: (Notice) => noticeFields(() => Site, Notice, syndication),
  });
  const reposts = createEntityFamily(level, {
    name: 'Repost',
    description:
      'A copy of a notice on another site: 转载 (full copy with its source) or 链接 (title and link).',
    resolveType: (value) => {
      if (value.__typename) return value.__typename;
      const owner = value.id ? repostLevel(value.id) : null;
      return owner ? repostTypeName(owner) : undefined;
    },
    fields: (Repost) =>
      repostFields(
        () => Site,
        () => notices.Interface,
        Repost,
      ),
  });
  built.Repost = reposts.Interface;
  return {
    level,
    Notice: notices.Interface,
    Site,
    OwnNotice: notices.Own,
    stubs: notices.stubs,
    Repost: reposts.Interface,
    OwnRepost: reposts.Own,
    repostStubs: reposts.stubs,
    syndication,
  };
}
