import { GraphQLError } from 'graphql';
import { signToken } from '../../core/auth';
import type { JwtConfig } from '../../core/auth';
import { createGatewayContext } from '../createGatewayContext';

const jwt: JwtConfig = {
  secret: 'a-test-secret-of-32-characters!!',
  issuer: 'govhub-test',
  audience: 'govhub',
};
const principal = {
  sub: 'dana',
  name: 'Dana',
  roles: [{ siteId: '2101240002', role: 'EDITOR' as const }],
};

describe('createGatewayContext', () => {
  it('is anonymous without a token', () => {
    expect(createGatewayContext({}, 'req-1', jwt)).toEqual({
      requestId: 'req-1',
      authorization: undefined,
      principal: null,
    });
  });

  it('keeps the header to forward and the verified principal', () => {
    const authorization = `Bearer ${signToken(principal, jwt, { expiresIn: 60 })}`;
    expect(createGatewayContext({ authorization }, 'req-2', jwt)).toEqual({
      requestId: 'req-2',
      authorization,
      principal,
    });
  });

  it('fails the request with UNAUTHENTICATED and HTTP 401 on a bad token', () => {
    let thrown: unknown;
    try {
      createGatewayContext({ authorization: 'Bearer abc.def.ghi' }, 'req-3', jwt);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    const { extensions, message } = thrown as GraphQLError;
    expect(message).toMatch(/^invalid token/);
    expect(extensions.code).toBe('UNAUTHENTICATED');
    expect(extensions.http).toMatchObject({ status: 401 });
  });
});
