import type { ClassType } from 'type-graphql';
import type { TypeThunk } from './typeThunk';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { ColumnDoc, SiteKind } from '../../../core/model';
import type { Level } from '../../../core/levels';
import { LevelEnum, SiteKindEnum } from './enums';
import { ColumnType } from './valueTypes';

/** What Site resolvers return in the province (the directory owner). */
export interface SiteView {
  id: string;
  code: string;
  name: string;
  level: Level;
  kind: SiteKind;
  regionCode: string;
  url: string;
  parentId: string | null;
  columns: ColumnDoc[];
}

/**
 * `Site` is owned by the province (the cluster directory, 网站名录). The other
 * levels only reference it: `@key(resolvable: false)` with just the id.
 */
export function createSiteType(owner: boolean): ClassType {
  class Site {}
  Field(() => ID)(Site.prototype, 'id');
  if (owner) {
    const field = (name: string, type: TypeThunk, description: string, nullable = false) =>
      Field(type, { description, nullable })(Site.prototype, name);
    field('code', () => String, '网站标识码 of the portal (a sub-site shares its portal’s).');
    field('name', () => String, 'Site name.');
    field('level', () => LevelEnum, 'Level of government.');
    field('kind', () => SiteKindEnum, 'Portal or sub-site.');
    field('regionCode', () => String, '6-digit 行政区划代码.');
    field('url', () => String, 'Home page.');
    field('parent', () => Site, 'The portal above: a county’s city, a sub-site’s portal.', true);
    field('children', () => [Site], 'Sites directly below.');
    field('columns', () => [ColumnType], '栏目.');
  }
  Directive(owner ? '@key(fields: "id")' : '@key(fields: "id", resolvable: false)')(Site);
  ObjectType('Site', { description: 'A site of the cluster directory (政府网站名录).' })(Site);
  return Site;
}
