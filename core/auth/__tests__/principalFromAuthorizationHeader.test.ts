import { UnauthenticatedError } from '../../errors';
import type { JwtConfig } from '../jwtConfig';
import { principalFromAuthorizationHeader } from '../principalFromAuthorizationHeader';
import { signToken } from '../signToken';

const config: JwtConfig = {
  algorithm: 'HS256',
  secret: 'a-test-secret-of-32-characters!!',
  issuer: 'govhub-test',
  audience: 'govhub',
  jwks: null,
  privateKey: null,
  signingKid: null,
};
const principal = { sub: 'carol', name: 'Carol', roles: [] };

describe('principalFromAuthorizationHeader', () => {
  it('is null without a header (anonymous)', () => {
    expect(principalFromAuthorizationHeader(undefined, config)).toBeNull();
  });

  it('reads a Bearer token, case-insensitively', () => {
    const token = signToken(principal, config, { expiresIn: 60 });
    expect(principalFromAuthorizationHeader(`Bearer ${token}`, config)).toEqual(principal);
    expect(principalFromAuthorizationHeader(`bearer ${token}`, config)).toEqual(principal);
  });

  it.each(['', 'Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'Bearer a b c', 'token abc.def.ghi'])(
    'throws on the malformed header %j',
    (header) => {
      expect(() => principalFromAuthorizationHeader(header, config)).toThrow(UnauthenticatedError);
    },
  );

  it('throws on an invalid token instead of falling back to anonymous', () => {
    expect(() => principalFromAuthorizationHeader('Bearer abc.def.ghi', config)).toThrow(
      'invalid token',
    );
  });
});
