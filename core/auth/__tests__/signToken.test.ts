import jwt from 'jsonwebtoken';
import type { JwtConfig } from '../jwtConfig';
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
const principal = {
  sub: 'bob',
  name: 'Bob',
  roles: [{ siteId: '2101000001', role: 'APPROVER' as const }],
};

describe('signToken', () => {
  it('signs HS256 with iss, aud, sub and an expiry', () => {
    const token = signToken(principal, config, { expiresIn: '8h' });
    const decoded = jwt.decode(token, { complete: true });
    expect(decoded?.header.alg).toBe('HS256');
    const payload = decoded?.payload;
    if (typeof payload !== 'object' || payload === null) throw new Error('no payload');
    expect(payload).toMatchObject({
      iss: 'govhub-test',
      aud: 'govhub',
      sub: 'bob',
      name: 'Bob',
      roles: principal.roles,
    });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(8 * 3600);
  });

  it('refuses a lifetime it cannot read', () => {
    expect(() => signToken(principal, config, { expiresIn: 'forever' })).toThrow(
      'invalid expiresIn',
    );
    expect(() => signToken(principal, config, { expiresIn: 0 })).toThrow('invalid expiresIn');
  });
});
