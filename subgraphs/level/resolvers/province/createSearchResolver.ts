import type { ClassType } from 'type-graphql';
import {
  Arg,
  Ctx,
  Field,
  Float,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { Level } from '../../../../core/levels';
import type { Validity } from '../../../../core/model';
import type { FacetCount, SearchField, SearchFilter, SearchSort } from '../../../../core/search';
import { MAX_SEARCH_PAGE_SIZE } from '../../../../core/search';
import type { LevelContext } from '../../context';
import type { NoticeView } from '../../presenters';
import { presentNotice, presentSnapshot } from '../../presenters';
import { NoticeSnapshotType } from '../../schema/changeTypes';
import type { SchemaTypes } from '../../schema/createSchemaTypes';
import { LevelEnum, ValidityEnum } from '../../schema/enums';
import { noticeTypeName } from '../../schema/noticeTypeName';
import { PageInfoType } from '../../schema/valueTypes';
import type { NoticeRef } from '../createNoticeCommandResolver';

export enum SearchSortEnum {
  RELEVANCE = 'RELEVANCE',
  DATE = 'DATE',
}
registerEnumType(SearchSortEnum, {
  name: 'SearchSort',
  description: 'RELEVANCE: best match first (ties newest first); DATE: newest publication first.',
});

enum SearchFieldEnum {
  TITLE = 'TITLE',
  DOC_NUMBER = 'DOC_NUMBER',
  ISSUER = 'ISSUER',
  BODY = 'BODY',
}
registerEnumType(SearchFieldEnum, { name: 'SearchField', description: 'Where a match was found.' });

const FIELD_NAMES: Record<SearchField, SearchFieldEnum> = {
  title: SearchFieldEnum.TITLE,
  docNumber: SearchFieldEnum.DOC_NUMBER,
  issuer: SearchFieldEnum.ISSUER,
  text: SearchFieldEnum.BODY,
};

@InputType('SearchFilter', {
  description: 'Every condition given must hold; a list matches any of its values.',
})
class SearchFilterInput {
  @Field(() => [LevelEnum], { nullable: true })
  levels?: Level[] | null;

  @Field(() => String, {
    nullable: true,
    description: '行政区划代码 or a prefix of 2 or 4 digits (2101: 沈阳 and its counties).',
  })
  regionCode?: string | null;

  @Field(() => [ID], { nullable: true })
  siteIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: '发布机构, as the facets name them.' })
  issuers?: string[] | null;

  @Field(() => [String], { nullable: true, description: '主题分类.' })
  categories?: string[] | null;

  @Field(() => [ValidityEnum], { nullable: true, description: '有效性.' })
  validity?: Validity[] | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: '成文日期 from (inclusive).' })
  signedFrom?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: '成文日期 to (inclusive).' })
  signedTo?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: '发布日期 from (inclusive).' })
  publishedFrom?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: '发布日期 to (inclusive).' })
  publishedTo?: Date | null;
}

@ObjectType('SearchHighlight')
class SearchHighlightType {
  @Field(() => SearchFieldEnum)
  field!: SearchFieldEnum;

  @Field(() => String, {
    description: 'About 80 characters around the first match: HTML-escaped, matches in <em>…</em>.',
  })
  snippet!: string;
}

@ObjectType('FacetCount')
class FacetCountType {
  @Field(() => String)
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('SearchFacets', {
  description: 'Counts over every match (all pages), most frequent first.',
})
class SearchFacetsType {
  @Field(() => [FacetCountType])
  levels!: FacetCount[];

  @Field(() => [FacetCountType])
  issuers!: FacetCount[];

  @Field(() => [FacetCountType], { description: 'Years of publication (China time).' })
  years!: FacetCount[];

  @Field(() => [FacetCountType])
  categories!: FacetCount[];
}

interface SearchEdge {
  node: NoticeView | NoticeRef;
  snapshot: NoticeSnapshotType;
  score: number;
  highlights: { field: SearchFieldEnum; snippet: string }[];
}

interface SearchResult {
  edges: SearchEdge[];
  facets: unknown;
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * `search` (文件查询, issue 5): full text over every public notice of the
 * cluster, from the province catalog's in-memory index (CatalogSearch).
 */
export function createSearchResolver(types: SchemaTypes): ClassType {
  @ObjectType('SearchEdge')
  class SearchEdgeType {
    @Field(() => types.Notice)
    node!: NoticeView | NoticeRef;

    @Field(() => NoticeSnapshotType, {
      description:
        'The public metadata of the notice as the province catalog has it, without a trip to ' +
        'the level that owns it (what a result list needs).',
    })
    snapshot!: NoticeSnapshotType;

    @Field(() => Float, { description: 'Relevance (BM25); higher is better.' })
    score!: number;

    @Field(() => [SearchHighlightType])
    highlights!: SearchHighlightType[];
  }

  @ObjectType('SearchResult')
  class SearchResultType {
    @Field(() => [SearchEdgeType])
    edges!: SearchEdge[];

    @Field(() => SearchFacetsType)
    facets!: SearchFacetsType;

    @Field(() => Int, { description: 'Matches that pass the filter, on every page.' })
    totalCount!: number;

    @Field(() => PageInfoType)
    pageInfo!: PageInfoType;
  }

  @Resolver()
  class SearchResolver {
    @Query(() => SearchResultType, {
      description:
        'Full-text search (文件查询) over title, 文号, issuer and body of every public notice: ' +
        'Chinese words, traditional or simplified, a 文号 in any bracket form; filters and facets.',
    })
    async search(
      @Ctx() ctx: LevelContext,
      @Arg('query', () => String, {
        description: 'Words, a 文号, or both (at most 200 characters).',
      })
      query: string,
      @Arg('filter', () => SearchFilterInput, { nullable: true }) filter: SearchFilterInput | null,
      @Arg('sort', () => SearchSortEnum, { defaultValue: SearchSortEnum.RELEVANCE })
      sort: SearchSortEnum,
      @Arg('first', () => Int, {
        defaultValue: 20,
        description: `At most ${MAX_SEARCH_PAGE_SIZE}.`,
      })
      first: number,
      @Arg('after', () => String, { nullable: true }) after: string | null,
    ): Promise<SearchResult> {
      const search = ctx.catalog?.search;
      if (!search) throw new Error('search is only available in the province');
      const page = search.search({
        query,
        filter: toFilter(filter),
        sort: sort as SearchSort,
        first,
        after: after || null,
      });
      // Own-level notices in full (ARCHITECTURE.md pattern 4), the others as references.
      const own = await ctx.loaders.notice.loadMany(
        page.hits.filter((h) => h.id.startsWith('province:')).map((h) => h.id),
      );
      const ownById = new Map<string, NoticeView>();
      for (const doc of own)
        if (doc && !(doc instanceof Error)) ownById.set(doc._id, presentNotice(doc, ctx.principal));
      const edges: SearchEdge[] = [];
      for (const hit of page.hits) {
        const row = ctx.catalog?.get(hit.id);
        if (!row) continue;
        const node =
          row.level === 'PROVINCE'
            ? ownById.get(hit.id)
            : { __typename: noticeTypeName(row.level), id: hit.id };
        if (!node) continue;
        edges.push({
          node,
          snapshot: presentSnapshot(row),
          score: hit.score,
          highlights: hit.highlights.map((h) => ({
            field: FIELD_NAMES[h.field],
            snippet: h.snippet,
          })),
        });
      }
      return {
        edges,
        facets: page.facets,
        totalCount: page.totalCount,
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      };
    }
  }
  return SearchResolver;
}

function toFilter(input: SearchFilterInput | null): SearchFilter {
  if (!input) return {};
  const filter: SearchFilter = {};
  if (input.levels) filter.levels = input.levels;
  if (input.regionCode) filter.regionCode = input.regionCode;
  if (input.siteIds) filter.siteIds = input.siteIds;
  if (input.issuers) filter.issuers = input.issuers;
  if (input.categories) filter.categories = input.categories;
  if (input.validity) filter.validity = input.validity;
  if (input.signedFrom) filter.signedFrom = input.signedFrom;
  if (input.signedTo) filter.signedTo = input.signedTo;
  if (input.publishedFrom) filter.publishedFrom = input.publishedFrom;
  if (input.publishedTo) filter.publishedTo = input.publishedTo;
  return filter;
}
