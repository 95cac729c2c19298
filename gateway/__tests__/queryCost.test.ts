import type { GraphQLError, GraphQLSchema } from 'graphql';
import { parse } from 'graphql';
import { queryCost } from '../limits/queryCost';
import { apiSchema } from './apiSchema';

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await apiSchema();
});

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  queryCost({ schema, document: parse(query), variables });

function refusal(query: string, variables: Record<string, unknown> = {}): GraphQLError {
  try {
    cost(query, variables);
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected a refusal');
}

describe('queryCost', () => {
  it('costs a field 1 plus its selections', () => {
    expect(cost('{ sites { id name parent { name } } }')).toBe(5);
  });

  it('multiplies the selections of a paged field by first', () => {
    // latest: 1 + 100 × (edges: 1 + (node: 1 + id + title + site: 1 + name)) = 1 + 100 × 6
    expect(cost('{ latest(first: 100) { edges { node { id title site { name } } } } }')).toBe(601);
  });

  it("uses the schema's default page size when first is absent", () => {
    expect(cost('{ latest { totalCount } }')).toBe(1 + 20);
    expect(cost('{ countyChanges { hasMore } }')).toBe(1 + 100);
  });

  it('reads first from the variables', () => {
    const query = 'query($n: Int!) { latest(first: $n) { totalCount } }';
    expect(cost(query, { n: 50 })).toBe(51);
  });

  it('refuses a page size outside 1..100, literal or variable, with BAD_USER_INPUT', () => {
    for (const error of [
      refusal('{ latest(first: 100000) { totalCount } }'),
      refusal('{ latest(first: 0) { totalCount } }'),
      refusal('query($n: Int!) { latest(first: $n) { totalCount } }', { n: -5 }),
    ]) {
      expect(error.message).toBe('first must be between 1 and 100');
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', http: { status: 400 } });
    }
  });

  it('refuses variables that do not fit their types with BAD_USER_INPUT', () => {
    const error = refusal('query($id: ID!) { notice(id: $id) { id } }', { id: { $ne: null } });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/\$id/);
  });

  it('leaves suggestions out of variable errors when asked (production)', () => {
    const query = 'query($l: Level) { sites(level: $l) { id } }';
    expect(refusal(query, { l: 'COUNTRY' }).message).toMatch(
      /Did you mean the enum value "COUNTY"\?$/,
    );
    let hidden: unknown;
    try {
      queryCost({
        schema,
        document: parse(query),
        variables: { l: 'COUNTRY' },
        hideSuggestions: true,
      });
    } catch (error) {
      hidden = error;
    }
    expect((hidden as GraphQLError).message).toBe(
      'Variable "$l" got invalid value "COUNTRY"; Value "COUNTRY" does not exist in "Level" enum.',
    );
  });

  it('refuses fragments that fan out past the selections it costs with QUERY_TOO_COMPLEX', () => {
    const levels = 15;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Site { ...F${i + 1} ...F${i + 1} }`,
    );
    const query = `{ sites { ...F0 } } ${fragments.join(' ')} fragment F${levels} on Site { id }`;
    expect(refusal(query).extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});
