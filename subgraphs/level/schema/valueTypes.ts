import { Directive, Field, Int, ObjectType } from 'type-graphql';
import type { ColumnKind } from '../../../core/model';
import { ColumnKindEnum } from './enums';

/*
 * Value types every level declares identically; `@shareable` lets each
 * subgraph resolve them for its own entities (ARCHITECTURE.md, pattern 8).
 */

@Directive('@shareable')
@ObjectType('DocNumber', { description: '文号: as published, plus its parsed parts.' })
export class DocNumberType {
  @Field(() => String, { description: 'As published, e.g. 寻府办电[2019]54號.' })
  raw!: string;

  @Field(() => String, {
    description: 'Canonical form, equal for every bracket and 号/號 variant.',
  })
  normalized!: string;

  @Field(() => String, { description: 'Issuer abbreviation, e.g. 国办发.' })
  issuerCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  serial!: number;
}

@Directive('@shareable')
@ObjectType('Column', { description: '栏目: a column of a site.' })
export class ColumnType {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ColumnKindEnum)
  kind!: ColumnKind;
}

@Directive('@shareable')
@ObjectType('PageInfo')
export class PageInfoType {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}
