import { GraphQLError } from 'graphql';
import { createGatewayContext } from '../createGatewayContext';

const principal = {
  sub: 'dana',
  name: 'Dana',
  roles: [{ siteId: '2101240002', role: 'EDITOR' as const }],
};

describe('createGatewayContext', () => {
  it('is anonymous without a token', () => {
    expect(
      createGatewayContext({ ok: true, authorization: undefined, principal: null }, 'req-1'),
    ).toEqual({ requestId: 'req-1', authorization: undefined, principal: null });
  });

  it('keeps the header to forward and the verified principal', () => {
    const authorization = 'Bearer a.b.c';
    expect(createGatewayContext({ ok: true, authorization, principal }, 'req-2')).toEqual({
      requestId: 'req-2',
      authorization,
      principal,
    });
  });

  it('fails the request with UNAUTHENTICATED and HTTP 401 on a bad token', () => {
    let thrown: unknown;
    try {
      createGatewayContext(
        { ok: false, authorization: 'Bearer abc.def.ghi', reason: 'invalid token: malformed' },
        'req-3',
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    const { extensions, message } = thrown as GraphQLError;
    expect(message).toBe('invalid token: malformed');
    expect(extensions.code).toBe('UNAUTHENTICATED');
    expect(extensions.http).toMatchObject({ status: 401 });
  });
});
