import { CommanderError } from 'commander';
import { allocateNotices } from '../allocateNotices';
import { buildSyntheticCluster } from '../buildSyntheticCluster';
import { parseSeedArgs } from '../seedCommand';

function parse(args: string[]): { request?: ReturnType<typeof parseSeedArgs>; error: string } {
  let error = '';
  const output = { writeOut: () => undefined, writeErr: (text: string) => (error += text) };
  try {
    return { request: parseSeedArgs(args, output), error };
  } catch (thrown) {
    if (!(thrown instanceof CommanderError)) throw thrown;
    return { error: error || thrown.message };
  }
}

describe('npm run seed arguments', () => {
  it('seeds the demo cluster without size flags', () => {
    expect(parse([]).request).toEqual({ mode: 'demo', reset: false, seed: undefined });
    expect(parse(['--reset', '--seed', '42']).request).toEqual({
      mode: 'demo',
      reset: true,
      seed: 42,
    });
  });

  it('builds a synthetic request, with defaults for the sizes not given', () => {
    expect(parse(['--cities', '5', '--counties', '20', '--notices', '20000']).request).toEqual({
      mode: 'synthetic',
      reset: false,
      seed: 1,
      cities: 5,
      counties: 20,
      notices: 20000,
      batchSize: 1000,
    });
    expect(parse(['--notices', '500']).request).toMatchObject({
      cities: 5,
      counties: 20,
      notices: 500,
    });
  });

  it.each([
    [['--cities', '0'], /--cities.*positive whole number/],
    [['--cities', 'five'], /--cities.*positive whole number/],
    [['--notices', '1.5'], /--notices.*positive whole number/],
    [['--cities', '100'], /--cities.*at most 99/],
    [['--cities', '2', '--counties', '250'], /at most 99 per city/],
    [['--seed', '-1'], /--seed/],
    [['--batch-size', '10'], /--batch-size only applies/],
    [['--bogus'], /unknown option/],
  ])('rejects %j with a clear message', (args, message) => {
    const { request, error } = parse(args);
    expect(request).toBeUndefined();
    expect(error).toMatch(message);
  });
});

describe('allocateNotices', () => {
  it('spreads exactly the total over the portals by level', () => {
    const sites = buildSyntheticCluster({ cities: 5, counties: 20, seed: 1 });
    const allocation = allocateNotices(sites, 20000);
    expect([...allocation.values()].reduce((a, b) => a + b)).toBe(20000);
    const byLevel = { PROVINCE: 0, CITY: 0, COUNTY: 0 };
    for (const site of sites) byLevel[site.level] += allocation.get(site._id) ?? 0;
    expect(byLevel.PROVINCE).toBeGreaterThan(2000);
    expect(byLevel.COUNTY).toBeGreaterThan(byLevel.CITY);
    expect(sites.filter((s) => s.kind === 'SUBSITE').every((s) => !allocation.has(s._id))).toBe(
      true,
    );
  });
});
