import type { ClassType } from 'type-graphql';
import { Directive, Field, InterfaceType, ObjectType } from 'type-graphql';
import type { Level } from '../../../core/levels';
import { LEVELS, levelTypePrefix } from '../../../core/levels';
import type { NoticeFieldSpec } from './noticeFields';

export interface EntityFamily {
  Interface: ClassType;
  /** The concrete type this level owns (`CountyNotice` in the county subgraph). */
  Own: ClassType;
  /** `@key(resolvable: false)` stubs for the other levels' concrete types. */
  stubs: ClassType[];
}

export interface EntityFamilySpec {
  /** `Notice` or `Repost`: the interface name and the concrete types' suffix. */
  name: string;
  description: string;
  resolveType: (value: { __typename?: string; id?: string }) => string | undefined;
  /** Built lazily: the fields refer to classes of the same schema. */
  fields: (Interface: () => ClassType) => NoticeFieldSpec[];
}

/**
 * One interface with a concrete entity per level (ARCHITECTURE.md patterns
 * 1-3): the level's own type is `@key(fields: "id")`; the other levels' are
 * stubs that redeclare every field but the key as `@external` (inherited
 * fields do not carry the directive). All three come from one field table,
 * so the declarations federation needs cannot drift apart.
 */
export function createEntityFamily(level: Level, spec: EntityFamilySpec): EntityFamily {
  const Interface = { [spec.name]: class {} }[spec.name];
  InterfaceType(spec.name, {
    description: spec.description,
    autoRegisterImplementations: false,
    resolveType: spec.resolveType,
  })(Interface);
  const fields = spec.fields(() => Interface);
  for (const f of fields) {
    Field(f.type, { nullable: f.nullable ?? false, description: f.description })(
      Interface.prototype,
      f.name,
    );
  }

  const build = (owner: Level, stub: boolean): ClassType => {
    const name = `${levelTypePrefix(owner)}${spec.name}`;
    const cls = { [name]: class {} }[name];
    for (const f of fields) {
      Field(f.type, { nullable: f.nullable ?? false, description: f.description })(
        cls.prototype,
        f.name,
      );
      if (stub && f.name !== 'id') Directive('@external')(cls.prototype, f.name);
    }
    Directive(stub ? '@key(fields: "id", resolvable: false)' : '@key(fields: "id")')(cls);
    ObjectType(name, {
      implements: Interface,
      // Identical in every subgraph, so composition has nothing to reconcile.
      description: `A ${spec.name.toLowerCase()} owned by the ${levelTypePrefix(owner).toLowerCase()} level.`,
    })(cls);
    return cls;
  };

  return {
    Interface,
    Own: build(level, false),
    stubs: LEVELS.filter((l) => l !== level).map((l) => build(l, true)),
  };
}
