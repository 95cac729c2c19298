import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';
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
): { Edge: ClassType; Connection: ClassType } {
  class Edge {}
  Field(() => String)(Edge.prototype, 'cursor');
  Field(() => Node)(Edge.prototype, 'node');
  ObjectType(`${name}Edge`)(Edge);

  class Connection {}
  Field(() => [Edge])(Connection.prototype, 'edges');
  Field(() => PageInfoType)(Connection.prototype, 'pageInfo');
  Field(() => Int, { description: totalDescription })(Connection.prototype, 'totalCount');
  ObjectType(`${name}Connection`)(Connection);
  return { Edge, Connection };
}
