import 'reflect-metadata';
import { parse } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { buildSchema, createResolversMap } from 'type-graphql';
import type { NonEmptyArray } from 'type-graphql';
import type { Level } from '../../../core/levels';
import { createSchemaTypes } from './createSchemaTypes';
import { createConnectionTypes } from './createConnectionTypes';
import { createNoticeFieldResolver } from '../resolvers/createNoticeFieldResolver';
import { createChangesResolver } from '../resolvers/createChangesResolver';
import { createNoticeCommandResolver } from '../resolvers/createNoticeCommandResolver';
import { createWorkflowQueryResolver } from '../resolvers/createWorkflowQueryResolver';
import { createDirectoryResolver } from '../resolvers/province/createDirectoryResolver';
import { createRoutingResolver } from '../resolvers/province/createRoutingResolver';
import { createClusterChangesResolver } from '../resolvers/province/createClusterChangesResolver';
import { createSearchResolver } from '../resolvers/province/createSearchResolver';
import { createReferenceResolvers } from '../resolvers/createReferenceResolvers';
import { createRepostFieldResolver } from '../resolvers/createRepostFieldResolver';
import { createLevelSyndicationResolver } from '../resolvers/createLevelSyndicationResolver';
import { createSyndicationResolver } from '../resolvers/province/createSyndicationResolver';
import type { LevelContext } from '../context';

/** Federation 2 directives the subgraph SDLs use. */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@inaccessible"])';

export interface LevelSchema {
  /** The subgraph's SDL as checked in under schema/ (federation directives included). */
  sdl: string;
  /** Executable subgraph schema (with `_entities` and `_service`). */
  schema: GraphQLSchema;
}

/**
 * Builds one level's subgraph: type-graphql classes for the level, printed
 * with their directives, then handed to `buildSubgraphSchema` together with
 * the resolvers type-graphql generated and the `__resolveReference`s it has
 * no decorator for.
 */
export async function buildLevelSchema(level: Level): Promise<LevelSchema> {
  const types = createSchemaTypes(level);
  const resolvers: ReturnType<typeof createNoticeFieldResolver>[] = [
    createNoticeFieldResolver(types),
    ...createChangesResolver(types),
    createNoticeCommandResolver(types),
    createRepostFieldResolver(types),
  ];
  if (level === 'PROVINCE') {
    const connection = createConnectionTypes(types.Notice, types.Repost);
    resolvers.push(
      createDirectoryResolver(types.Site),
      createRoutingResolver(types, connection),
      ...createClusterChangesResolver(types),
      createSearchResolver(types),
      createWorkflowQueryResolver(types, connection),
      ...createSyndicationResolver(types, connection),
    );
  } else {
    resolvers.push(createWorkflowQueryResolver(types, null), createLevelSyndicationResolver(types));
  }
  const typeSchema = await buildSchema({
    resolvers: resolvers as NonEmptyArray<(typeof resolvers)[number]>,
    orphanedTypes: [
      types.Notice,
      types.OwnNotice,
      ...types.stubs,
      types.Repost,
      types.OwnRepost,
      ...types.repostStubs,
      types.Site,
    ],
    skipCheck: true,
    validate: false,
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeSchema)}\n`;
  const map = createResolversMap(typeSchema) as GraphQLResolverMap<LevelContext>;
  const refs = createReferenceResolvers(level);
  for (const [typeName, fields] of Object.entries(refs)) {
    map[typeName] = {
      ...(map[typeName] as object),
      ...fields,
    } as GraphQLResolverMap<LevelContext>[string];
  }
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: map }]);
  return { sdl, schema };
}
