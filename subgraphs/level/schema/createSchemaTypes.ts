import type { ClassType } from 'type-graphql';
import { Directive, Field, InterfaceType, ObjectType } from 'type-graphql';
import type { Level } from '../../../core/levels';
import { LEVELS, levelTypePrefix } from '../../../core/levels';
import { noticeTypeName, typeNameForNoticeId } from './noticeTypeName';
import { noticeFields } from './noticeFields';
import { createSiteType } from './createSiteType';

export interface SchemaTypes {
  level: Level;
  Notice: ClassType;
  Site: ClassType;
  /** The level-owned concrete notice type (`CountyNotice` in the county subgraph). */
  OwnNotice: ClassType;
  /** `@key(resolvable: false)` stubs for the other levels' notice types. */
  stubs: ClassType[];
}

/**
 * Builds a fresh set of classes for one level's schema. type-graphql keeps
 * metadata globally, so each build gets its own classes: a process that
 * prints all three SDLs (npm run compose) then never mixes a stub `CityNotice`
 * with the city's concrete one.
 */
export function createSchemaTypes(level: Level): SchemaTypes {
  const Site = createSiteType(level === 'PROVINCE');

  class Notice {}
  InterfaceType('Notice', {
    description: 'A policy notice of any level: 政策文件, 通知 or 政策解读.',
    autoRegisterImplementations: false,
    resolveType: (value: { __typename?: string; id?: string }) =>
      value.__typename ?? (value.id ? typeNameForNoticeId(value.id) : undefined),
  })(Notice);
  const fields = noticeFields(
    () => Site,
    () => Notice,
  );
  for (const f of fields) {
    Field(f.type, { nullable: f.nullable ?? false, description: f.description })(
      Notice.prototype,
      f.name,
    );
  }

  const build = (owner: Level, stub: boolean): ClassType => {
    const name = noticeTypeName(owner);
    const cls = { [name]: class {} }[name];
    for (const f of fields) {
      // Stubs must redeclare every interface field but the key as @external:
      // inherited fields do not carry the directive (ARCHITECTURE.md, pattern
      // 3), and an external key could not be handed to the owning subgraph.
      Field(f.type, { nullable: f.nullable ?? false, description: f.description })(
        cls.prototype,
        f.name,
      );
      if (stub && f.name !== 'id') Directive('@external')(cls.prototype, f.name);
    }
    Directive(stub ? '@key(fields: "id", resolvable: false)' : '@key(fields: "id")')(cls);
    ObjectType(name, {
      implements: Notice,
      // Identical in every subgraph, so composition has nothing to reconcile.
      description: `A notice owned by the ${levelTypePrefix(owner).toLowerCase()} level.`,
    })(cls);
    return cls;
  };

  return {
    level,
    Notice,
    Site,
    OwnNotice: build(level, false),
    stubs: LEVELS.filter((l) => l !== level).map((l) => build(l, true)),
  };
}
