import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';
import { NoticeSnapshotType } from './changeTypes';
import { PageInfoType } from './valueTypes';

export interface ConnectionTypes {
  NoticeEdge: ClassType;
  NoticeConnection: ClassType;
  RepostConnection: ClassType;
}

/** Relay-style page types (province only: its lists span levels). */
export function createConnectionTypes(Notice: ClassType, Repost: ClassType): ConnectionTypes {
  const notices = createConnection(
    'Notice',
    Notice,
    'Notices matching the filters, across all pages.',
    true,
  );
  const reposts = createConnection(
    'Repost',
    Repost,
    'Copies matching the filters, across all pages.',
  );
  return {
    NoticeEdge: notices.Edge,
    NoticeConnection: notices.Connection,
    RepostConnection: reposts.Connection,
  };
}

function createConnection(
  name: string,
  Node: ClassType,
  totalDescription: string,
  withSnapshot = false,
): { Edge: ClassType; Connection: ClassType } {
  class Edge {}
  Field(() => String)(Edge.prototype, 'cursor');
  Field(() => Node)(Edge.prototype, 'node');
  if (withSnapshot)
    Field(() => NoticeSnapshotType, {
      nullable: true,
      description:
        'The public metadata of the notice as the province catalog has it (title, 文号, issuer, ' +
        'summary, dates …), without a trip to the level that owns it: what lists and feeds need. ' +
        'Null for notices the catalog does not hold (not public).',
    })(Edge.prototype, 'snapshot');
  ObjectType(`${name}Edge`)(Edge);

  class Connection {}
  Field(() => [Edge])(Connection.prototype, 'edges');
  Field(() => PageInfoType)(Connection.prototype, 'pageInfo');
  Field(() => Int, { description: totalDescription })(Connection.prototype, 'totalCount');
  ObjectType(`${name}Connection`)(Connection);
  return { Edge, Connection };
}
