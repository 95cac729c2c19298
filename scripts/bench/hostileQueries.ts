/**
 * The hostile flood's mix: operations the gateway's limits refuse with 400
 * before planning (deep nesting, an alias bomb, a cost bomb, fragments fanning
 * out, a huge page), sent in turn on every connection.
 */
export const HOSTILE_QUERIES: readonly string[] = [
  `{ sites ${'{ children '.repeat(28)}{ id }${' }'.repeat(28)} }`,
  `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: sites { id }`).join(' ')} }`,
  `{ ${Array.from(
    { length: 25 },
    (_, i) =>
      `p${i}: latest(first: 100) { edges { node { id title site { name children { name columns { name } } } } } }`,
  ).join(' ')} }`,
  `{ sites { ...F0 } } ${Array.from(
    { length: 16 },
    (_, i) => `fragment F${i} on Site { ...F${i + 1} ...F${i + 1} }`,
  ).join(' ')} fragment F16 on Site { id }`,
  '{ latest(first: 100000) { edges { node { id title } } } }',
];
