import { composeSupergraph } from '../composition/composeSupergraph';

const LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])\n';

const province = `${LINK}
type Site @key(fields: "id") { id: ID! name: String! }
type Query { sites: [Site!]! }`;
const county = `${LINK}
type Site @key(fields: "id", resolvable: false) { id: ID! }
type Query { countyPing: String }`;
const city = `${LINK}
type Site @key(fields: "id", resolvable: false) { id: ID! }
type Query { cityPing: String }`;

const url = (name: string) => `http://127.0.0.1:1/${name}`;

describe('composeSupergraph', () => {
  it('composes the three levels into a supergraph naming each subgraph and its URL', () => {
    const outcome = composeSupergraph([
      { level: 'COUNTY', sdl: county, url: url('county') },
      { level: 'CITY', sdl: city, url: url('city') },
      { level: 'PROVINCE', sdl: province, url: url('province') },
    ]);
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    expect(outcome.supergraphSdl).toContain(
      '@join__graph(name: "county", url: "http://127.0.0.1:1/county")',
    );
    expect(outcome.supergraphSdl).toContain(
      '@join__graph(name: "province", url: "http://127.0.0.1:1/province")',
    );
    expect(outcome.supergraphSdl).toMatch(/sites: \[Site!\]!/);
  });

  it('returns composition errors with their codes', () => {
    const clash = `${LINK}\ntype Query { sites: [String!]! }`;
    const outcome = composeSupergraph([
      { level: 'CITY', sdl: clash, url: url('city') },
      { level: 'PROVINCE', sdl: province, url: url('province') },
    ]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.join('\n')).toMatch(/^[A-Z_]+: .*sites/m);
  });

  it('reports an SDL that does not parse, naming the subgraph', () => {
    const outcome = composeSupergraph([
      { level: 'COUNTY', sdl: 'type Query {', url: url('county') },
    ]);
    expect(outcome).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^\[county\] Syntax Error/)],
    });
  });
});
