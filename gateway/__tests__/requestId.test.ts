import { requestIdFrom } from '../requestId';

describe('requestIdFrom', () => {
  it('keeps a well-formed id from the caller', () => {
    expect(requestIdFrom('req-0123456789abcdef')).toBe('req-0123456789abcdef');
    expect(requestIdFrom(['first-id-123', 'second'])).toBe('first-id-123');
  });

  it.each([undefined, '', 'short', 'has spaces in it', 'x'.repeat(129), 'line\nbreak-1234'])(
    'makes a new id instead of %j',
    (header) => {
      expect(requestIdFrom(header)).toMatch(/^[0-9a-f-]{36}$/);
    },
  );
});
