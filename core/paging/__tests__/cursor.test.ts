import { z } from 'zod';
import { BadUserInputError, ErrorCode } from '../../errors';
import { decodeCursor } from '../decodeCursor';
import { defineCursor } from '../defineCursor';
import { encodeCursor } from '../encodeCursor';
import { latestCursor } from '../latestCursor';

const seqSchema = z.object({ s: z.number().int().nonnegative() });
const seqCursor = defineCursor('log', seqSchema);

function encodeJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** The BadUserInputError a call throws, so tests can check message and field together. */
function inputError(call: () => unknown): BadUserInputError {
  try {
    call();
  } catch (error) {
    if (error instanceof BadUserInputError) return error;
    throw error;
  }
  throw new Error('expected a BadUserInputError');
}

describe('encodeCursor / decodeCursor', () => {
  it('round-trips the fields as base64url JSON tagged with the kind', () => {
    const cursor = encodeCursor('latest', { p: 1_370_000_000_000, i: 'county:6f1c' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).toEqual({
      k: 'latest',
      p: 1_370_000_000_000,
      i: 'county:6f1c',
    });
    expect(decodeCursor(cursor, 'latest', z.object({ p: z.number(), i: z.string() }))).toEqual({
      p: 1_370_000_000_000,
      i: 'county:6f1c',
    });
  });

  it('reserves k for the kind: the type forbids it and the kind wins at run time', () => {
    // @ts-expect-error k is the kind tag, not a field
    const cursor = encodeCursor('log', { k: 'latest', s: 1 });
    expect(decodeCursor(cursor, 'log', seqSchema)).toEqual({ s: 1 });
  });

  it('refuses to make a cursor it would reject on the way back', () => {
    expect(() => encodeCursor('log', { s: 'x'.repeat(400) })).toThrow(RangeError);
  });

  it.each([
    ['not base64url', 'abc$%^'],
    ['base64 with padding', `${encodeJson({ k: 'log', s: 1 })}=`],
    ['empty', ''],
    ['not JSON', Buffer.from('log:5').toString('base64url')],
    ['JSON but not an object', encodeJson([1, 2])],
    ['JSON null', encodeJson(null)],
    ['no kind', encodeJson({ s: 1 })],
    ['fields failing the schema', encodeJson({ k: 'log', s: -1 })],
    ['fields of the wrong type', encodeJson({ k: 'log', s: '1' })],
  ])('rejects a cursor that is %s', (_what, cursor) => {
    const error = inputError(() => seqCursor.decode(cursor));
    expect(error.message).toBe('after is not a valid cursor');
    expect(error.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'after' });
  });

  it("rejects another listing's cursor, naming the argument", () => {
    const error = inputError(() =>
      seqCursor.decode(latestCursor.encode({ p: 0, i: 'x' }), 'before'),
    );
    expect(error.message).toBe('before is a cursor for a different listing');
    expect(error.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'before' });
  });

  it('rejects an oversized cursor before decoding it', () => {
    const cursor = encodeJson({ k: 'log', s: 1, pad: 'x'.repeat(600) });
    const error = inputError(() => decodeCursor(cursor, 'log', seqSchema, 'after'));
    expect(error.message).toBe('after is not a valid cursor (longer than 512 characters)');
    expect(error.extensions).toMatchObject({ field: 'after' });
  });

  it('accepts a cursor of exactly the maximum length', () => {
    // Unpadded base64url: some pad length lands on 512 characters exactly.
    const cursor = Array.from({ length: 400 }, (_, n) =>
      encodeJson({ k: 'log', s: 1, pad: 'x'.repeat(n) }),
    ).find((candidate) => candidate.length === 512);
    if (cursor === undefined) throw new Error('no pad gives a 512-character cursor');
    expect(seqCursor.decode(cursor)).toEqual({ s: 1 });
  });
});

describe('defineCursor', () => {
  it('gives a typed pair that strips the kind tag and unknown fields', () => {
    expect(seqCursor.kind).toBe('log');
    expect(seqCursor.decode(seqCursor.encode({ s: 42 }))).toEqual({ s: 42 });
    expect(seqCursor.decode(encodeJson({ k: 'log', s: 7, extra: true }))).toEqual({ s: 7 });
  });

  it('validates on encode, so a bad position is caught where it is made', () => {
    expect(() => seqCursor.encode({ s: Number.NaN })).toThrow();
    expect(() => seqCursor.encode({ s: -1 })).toThrow();
  });
});

describe('latestCursor', () => {
  it('round-trips publishedAt milliseconds and id in the {k, p, i} wire format', () => {
    const cursor = latestCursor.encode({ p: Date.UTC(2013, 9, 15), i: 'province:abc' });
    expect(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).toEqual({
      k: 'latest',
      p: Date.UTC(2013, 9, 15),
      i: 'province:abc',
    });
    expect(latestCursor.decode(cursor)).toEqual({ p: Date.UTC(2013, 9, 15), i: 'province:abc' });
  });

  it.each([
    ['a fractional time', { k: 'latest', p: 1.5, i: 'x' }],
    ['a negative time', { k: 'latest', p: -1, i: 'x' }],
    ['an empty id', { k: 'latest', p: 1, i: '' }],
    ['a missing id', { k: 'latest', p: 1 }],
  ])('rejects %s', (_what, payload) => {
    expect(() => latestCursor.decode(encodeJson(payload))).toThrow(BadUserInputError);
  });
});
