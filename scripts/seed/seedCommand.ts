import { Command, InvalidArgumentError, Option } from 'commander';
import { DEMO_SEED } from './demoClusterNotices';
import {
  MAX_COUNTIES_PER_CITY,
  MAX_SYNTHETIC_CITIES,
  syntheticClusterProblem,
} from './buildSyntheticCluster';

/** What `npm run seed -- …` asked for. */
export type SeedRequest =
  | { mode: 'demo'; reset: boolean; seed: number | undefined }
  | {
      mode: 'synthetic';
      reset: boolean;
      seed: number;
      cities: number;
      counties: number;
      notices: number;
      batchSize: number;
    };

export const SYNTHETIC_DEFAULTS = {
  cities: 5,
  countiesPerCity: 4,
  notices: 10_000,
  seed: 1,
  batchSize: 1000,
};
const MAX_NOTICES = 10_000_000;

function positiveInteger(max: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value.trim()))
      throw new InvalidArgumentError('expected a positive whole number.');
    const n = Number(value);
    if (n < 1) throw new InvalidArgumentError('expected a positive whole number.');
    if (n > max) throw new InvalidArgumentError(`at most ${max}.`);
    return n;
  };
}

function seedNumber(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) > 0xffffffff) {
    throw new InvalidArgumentError('expected a whole number from 0 to 4294967295.');
  }
  return Number(value);
}

/** Where commander writes help and errors (the terminal unless a test captures them). */
export interface CommandOutput {
  writeOut(text: string): void;
  writeErr(text: string): void;
}

const TERMINAL: CommandOutput = {
  writeOut: (text) => process.stdout.write(text),
  writeErr: (text) => process.stderr.write(text),
};

/** The `npm run seed` command line (commander), with validated options. */
export function seedCommand(output: CommandOutput = TERMINAL): Command {
  return new Command('npm run seed --')
    .description(
      'Seed the level databases. Without --cities/--counties/--notices: the demo cluster of data/demo.\n' +
        'With any of them: a synthetic cluster (one province, N cities, M counties, K notices).',
    )
    .addOption(
      new Option(
        '--cities <n>',
        `synthetic: number of cities (1..${MAX_SYNTHETIC_CITIES})`,
      ).argParser(positiveInteger(MAX_SYNTHETIC_CITIES)),
    )
    .addOption(
      new Option(
        '--counties <n>',
        `synthetic: number of counties (default ${SYNTHETIC_DEFAULTS.countiesPerCity} per city)`,
      ).argParser(positiveInteger(MAX_SYNTHETIC_CITIES * MAX_COUNTIES_PER_CITY)),
    )
    .addOption(
      new Option(
        '--notices <n>',
        `synthetic: number of notices (default ${SYNTHETIC_DEFAULTS.notices})`,
      ).argParser(positiveInteger(MAX_NOTICES)),
    )
    .addOption(
      new Option(
        '--seed <n>',
        `generator seed: same seed, same data (default ${SYNTHETIC_DEFAULTS.seed}; demo ${DEMO_SEED})`,
      ).argParser(seedNumber),
    )
    .addOption(
      new Option('--batch-size <n>', 'notices per insert batch (default 1000)').argParser(
        positiveInteger(100_000),
      ),
    )
    .option(
      '--reset',
      'drop the three level databases first (refused when NODE_ENV=production)',
      false,
    )
    .exitOverride()
    .configureOutput(output);
}

interface RawOptions {
  cities?: number;
  counties?: number;
  notices?: number;
  seed?: number;
  batchSize?: number;
  reset?: boolean;
}

/** Parses the arguments after `--`; throws commander's CommanderError on bad input (exit code 2 intended). */
export function parseSeedArgs(argv: readonly string[], output?: CommandOutput): SeedRequest {
  const command = seedCommand(output);
  command.parse([...argv], { from: 'user' });
  const raw = command.opts<RawOptions>();
  const synthetic =
    raw.cities !== undefined || raw.counties !== undefined || raw.notices !== undefined;
  if (!synthetic) {
    if (raw.batchSize !== undefined)
      command.error('error: --batch-size only applies to a synthetic cluster', { exitCode: 2 });
    return { mode: 'demo', reset: raw.reset === true, seed: raw.seed };
  }
  const cities = raw.cities ?? SYNTHETIC_DEFAULTS.cities;
  const counties = raw.counties ?? cities * SYNTHETIC_DEFAULTS.countiesPerCity;
  const problem = syntheticClusterProblem(cities, counties);
  if (problem) command.error(`error: ${problem}`, { exitCode: 2 });
  return {
    mode: 'synthetic',
    reset: raw.reset === true,
    seed: raw.seed ?? SYNTHETIC_DEFAULTS.seed,
    cities,
    counties,
    notices: raw.notices ?? SYNTHETIC_DEFAULTS.notices,
    batchSize: raw.batchSize ?? SYNTHETIC_DEFAULTS.batchSize,
  };
}
