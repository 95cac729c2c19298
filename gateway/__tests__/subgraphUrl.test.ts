import { loadConfig } from '../../core/config';
import { subgraphUrl } from '../subgraphUrl';

describe('subgraphUrl', () => {
  const config = loadConfig({
    HOST: '127.0.0.1',
    CITY_PORT: '5002',
    PROVINCE_URL: 'http://127.0.0.1:6003/graphql',
  });

  it('takes each level from config, not from the supergraph', () => {
    expect(subgraphUrl(config, 'county')).toBe('http://127.0.0.1:4001/graphql');
    expect(subgraphUrl(config, 'city')).toBe('http://127.0.0.1:5002/graphql');
    expect(subgraphUrl(config, 'province')).toBe('http://127.0.0.1:6003/graphql');
  });

  it('refuses a subgraph it does not know', () => {
    expect(() => subgraphUrl(config, 'nation')).toThrow('unknown subgraph: nation');
  });
});
