import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfoType } from './valueTypes';

export interface ConnectionTypes {
  NoticeEdge: ClassType;
  NoticeConnection: ClassType;
}

/** Relay-style page of notices across levels (province only: built from the catalog). */
export function createConnectionTypes(Notice: ClassType): ConnectionTypes {
  class NoticeEdge {}
  Field(() => String)(NoticeEdge.prototype, 'cursor');
  Field(() => Notice)(NoticeEdge.prototype, 'node');
  ObjectType('NoticeEdge')(NoticeEdge);

  class NoticeConnection {}
  Field(() => [NoticeEdge])(NoticeConnection.prototype, 'edges');
  Field(() => PageInfoType)(NoticeConnection.prototype, 'pageInfo');
  Field(() => Int, { description: 'Notices matching the filters, across all pages.' })(
    NoticeConnection.prototype,
    'totalCount',
  );
  ObjectType('NoticeConnection')(NoticeConnection);
  return { NoticeEdge, NoticeConnection };
}
