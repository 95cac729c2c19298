import type { Field } from 'type-graphql';

/** type-graphql's `() => SomeType` argument (its own alias is not exported). */
export type TypeThunk = NonNullable<Parameters<typeof Field>[0]>;
