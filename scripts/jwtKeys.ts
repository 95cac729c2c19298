import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { JsonWebKey } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { AsymmetricAlgorithm } from '../core/auth';
import {
  ASYMMETRIC_ALGORITHMS,
  JwtKeyError,
  generateSigningKey,
  jwkSetAlgorithm,
  jwkSetText,
  parseJwkSet,
} from '../core/auth';

/*
 * npm run -s jwt-keys -- --kid 2026-11 --out keys [--algorithm ES256]
 *   A new key set with one key: keys/jwks.json and keys/2026-11.private.pem (mode 0600).
 * npm run -s jwt-keys -- --kid 2026-11 --jwks keys/jwks.json [--out keys]
 *   Rotation: adds a new key to an existing set (its keys kept; --out defaults to its folder).
 * npm run -s jwt-keys -- --remove 2026-05 --jwks keys/jwks.json [--out keys]
 *   Retires a key: its tokens are refused once the processes restart with the new set.
 * Prints the JWT_* lines to use on stdout; explanations go to stderr.
 * Usage errors exit 2, anything else that stops it 1.
 */

const USAGE_ERROR = 2;
const FAILED = 1;
const JWKS_FILE = 'jwks.json';

/** Also a file name (`<kid>.private.pem`): letters, digits, `.`, `_`, `-`. */
const KID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

interface Options {
  algorithm?: AsymmetricAlgorithm;
  kid?: string;
  out?: string;
  jwks?: string;
  remove?: string;
}

/** Stops the command with a message on stderr and the exit code. */
class Stop extends Error {
  constructor(
    message: string,
    readonly exitCode: number = FAILED,
  ) {
    super(message);
  }
}

function kid(value: string): string {
  if (!KID.test(value)) {
    throw new InvalidArgumentError(
      '1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit (e.g. 2026-11).',
    );
  }
  return value;
}

function program(): Command {
  return new Command('npm run -s jwt-keys --')
    .description(
      'Make RS256/ES256 signing keys and maintain the key set (JWKS) that verifies them.',
    )
    .addOption(
      new Option(
        '--algorithm <algorithm>',
        'of a new key (default: that of --jwks, else ES256)',
      ).choices(ASYMMETRIC_ALGORITHMS),
    )
    .addOption(new Option('--kid <kid>', 'key id of a new key, e.g. 2026-11').argParser(kid))
    .option(
      '--out <dir>',
      `folder for ${JWKS_FILE} and <kid>.private.pem (default: that of --jwks)`,
    )
    .option(
      '--jwks <file>',
      'an existing key set to add the new key to, or to remove --remove from',
    )
    .addOption(new Option('--remove <kid>', 'retire this key from the --jwks set').argParser(kid))
    .exitOverride()
    .configureOutput({ writeOut: (text) => process.stderr.write(text) });
}

function usage(message: string): Stop {
  return new Stop(`error: ${message} (see --help)`, USAGE_ERROR);
}

/** The keys of an existing set, checked as the processes will check them. */
function readSet(file: string, algorithm: AsymmetricAlgorithm | undefined) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Stop(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const setAlgorithm = algorithm ?? jwkSetAlgorithm(text) ?? 'ES256';
  try {
    return { algorithm: setAlgorithm, keys: parseJwkSet(text, setAlgorithm, file) };
  } catch (error) {
    if (!(error instanceof JwtKeyError)) throw error;
    throw new Stop(
      `the key set cannot be used:\n${error.problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
}

/** Replaces `file` in one step, so a process never reads half a key set. */
function writeSet(file: string, keys: readonly JsonWebKey[]): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, jwkSetText(keys), { mode: 0o644 });
  renameSync(temporary, file);
}

function outDir(options: Options): string {
  const out = options.out ?? (options.jwks === undefined ? undefined : dirname(options.jwks));
  if (out === undefined) throw usage('--out <dir> is required without --jwks');
  return resolve(out);
}

function addKey(options: Options, newKid: string): void {
  const existing = options.jwks === undefined ? null : readSet(options.jwks, options.algorithm);
  const algorithm = options.algorithm ?? existing?.algorithm ?? 'ES256';
  if (existing?.keys.some((key) => key.kid === newKid)) {
    throw new Stop(`kid ${newKid} is already in ${options.jwks}: pick a new kid`);
  }
  const out = outDir(options);
  const privateFile = join(out, `${newKid}.private.pem`);
  if (existsSync(privateFile)) throw new Stop(`${privateFile} exists: pick a new kid`);
  mkdirSync(out, { recursive: true, mode: 0o700 });

  const key = generateSigningKey(algorithm, newKid);
  // `wx`: never overwrite a private key.
  writeFileSync(privateFile, key.privateKeyPem, { mode: 0o600, flag: 'wx' });
  const setFile = join(out, JWKS_FILE);
  const keys = [...(existing?.keys.map((k) => k.jwk) ?? []), key.publicJwk];
  writeSet(setFile, keys);

  process.stdout.write(
    [
      `JWT_ALGORITHM=${algorithm}`,
      `JWT_JWKS_FILE=${setFile}`,
      `JWT_PRIVATE_KEY_FILE=${privateFile}`,
      `JWT_SIGNING_KID=${newKid}`,
      '',
    ].join('\n'),
  );
  const kids = keys.map((k) => String(k.kid)).join(', ');
  process.stderr.write(
    `wrote ${privateFile} (the private key: keep it secret, mode 0600) and ${setFile} (kids: ${kids}).\n` +
      'Every process verifies with JWT_ALGORITHM and JWT_JWKS_FILE (restart them to load a new set);\n' +
      'only processes that mint tokens get JWT_PRIVATE_KEY_FILE and JWT_SIGNING_KID.\n' +
      (existing === null
        ? ''
        : 'Rotation: deploy the set and restart everything first, then switch the minting processes to the\n' +
          'new key; retire the old kid with --remove once its last tokens have expired.\n'),
  );
}

function removeKey(options: Options, oldKid: string): void {
  if (options.jwks === undefined) throw usage('--remove needs --jwks <file>');
  const { keys } = readSet(options.jwks, options.algorithm);
  if (!keys.some((key) => key.kid === oldKid)) {
    throw new Stop(
      `kid ${oldKid} is not in ${options.jwks} (kids: ${keys.map((k) => k.kid).join(', ')})`,
    );
  }
  if (keys.length === 1) {
    throw new Stop(`kid ${oldKid} is the only key of ${options.jwks}: add its successor first`);
  }
  const out = outDir(options);
  mkdirSync(out, { recursive: true, mode: 0o700 });
  const setFile = join(out, JWKS_FILE);
  const left = keys.filter((key) => key.kid !== oldKid);
  writeSet(
    setFile,
    left.map((key) => key.jwk),
  );
  process.stdout.write(`JWT_JWKS_FILE=${setFile}\n`);
  const privateFile = join(out, `${oldKid}.private.pem`);
  process.stderr.write(
    `removed kid ${oldKid} from ${setFile} (kids left: ${left.map((k) => k.kid).join(', ')}).\n` +
      `Its tokens are refused once the processes restart with this set.` +
      (existsSync(privateFile) ? ` Delete ${privateFile} when nothing signs with it.\n` : '\n') +
      (process.env.JWT_SIGNING_KID === oldKid
        ? `Warning: JWT_SIGNING_KID is ${oldKid} here; switch it to a key of the set.\n`
        : ''),
  );
}

function main(argv: string[]): number {
  const command = program();
  let options: Options;
  try {
    command.parse(argv, { from: 'user' });
    options = command.opts<Options>();
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // Commander has printed its own errors; help exits 0.
    return error.exitCode === 0 ? 0 : USAGE_ERROR;
  }
  try {
    if (options.remove !== undefined && options.kid !== undefined) {
      throw usage('give --kid (to add a key) or --remove (to retire one), not both');
    }
    if (options.remove !== undefined) removeKey(options, options.remove);
    else if (options.kid !== undefined) addKey(options, options.kid);
    else throw usage('--kid <kid> (to add a key) or --remove <kid> --jwks <file> is required');
    return 0;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    process.stderr.write(`govhub jwt-keys: ${error.message}\n`);
    return error.exitCode;
  }
}

process.exitCode = main(process.argv.slice(2));
