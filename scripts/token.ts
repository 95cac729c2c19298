import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Principal, Role, SiteRole } from '../core/auth';
import {
  ALL_SITES,
  NO_SIGNING_KEY,
  ROLES,
  isClusterRole,
  isRole,
  jwtKeyring,
  parseDuration,
  signToken,
} from '../core/auth';
import { ConfigError, loadConfig } from '../core/config';
import type { Config } from '../core/config';

/*
 * npm run -s token -- --site <siteId> --role EDITOR [--site ... --role ...]
 *   [--sub alice] [--name 张三] [--expires-in 8h]
 * Prints a token on stdout and nothing else (TOKEN=$(...) works); hints go to
 * stderr. Signs with the configured key: JWT_SECRET (HS256, development), or
 * with RS256/ES256 the private key JWT_PRIVATE_KEY_FILE of JWT_SIGNING_KID
 * (see `npm run jwt-keys`). Usage errors exit 2, configuration errors 1.
 */

const USAGE_ERROR = 2;

// Commander passes the option's default as `previous` the first time: undefined here.
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function collectRole(value: string, previous: Role[] | undefined): Role[] {
  const role = value.toUpperCase();
  if (!isRole(role))
    throw new InvalidArgumentError(`unknown role; valid roles: ${ROLES.join(', ')}.`);
  return [...(previous ?? []), role];
}

function expiresIn(value: string): number {
  const seconds = parseDuration(value);
  if (seconds === null) throw new InvalidArgumentError('expected e.g. 3600, 90s, 15m, 8h or 7d.');
  return seconds;
}

function grants(sites: string[], roles: Role[]): SiteRole[] {
  if (sites.length !== roles.length) {
    throw new CommanderError(
      USAGE_ERROR,
      'govhub.pairs',
      `error: --site and --role come in pairs (got ${sites.length} --site and ${roles.length} --role)`,
    );
  }
  return roles.map((role, i) => {
    const siteId = sites[i] ?? '';
    if (isClusterRole(role) !== (siteId === ALL_SITES)) {
      const hint = isClusterRole(role)
        ? `${role} is cluster-wide: pass --site '${ALL_SITES}'`
        : `${role} is granted on one site: pass its site id, not '${ALL_SITES}'`;
      throw new CommanderError(USAGE_ERROR, 'govhub.grant', `error: ${hint}`);
    }
    return { siteId, role };
  });
}

function program(): Command {
  return new Command('npm run -s token --')
    .description('Print a JWT for the govhub gateway (the token alone on stdout).')
    .addOption(
      new Option(
        '--site <siteId>',
        "site id of the matching --role ('*' for cluster roles)",
      ).argParser(collect),
    )
    .addOption(
      new Option('--role <role>', `role on the matching --site: ${ROLES.join(', ')}`).argParser(
        collectRole,
      ),
    )
    .option('--sub <sub>', 'subject (user id)', 'dev')
    .option('--name <name>', 'display name', '开发人员')
    .addOption(
      new Option('--expires-in <duration>', 'lifetime: 3600, 90s, 15m, 8h, 7d')
        .argParser(expiresIn)
        .default(8 * 3600, '8h'),
    )
    .exitOverride()
    .configureOutput({ writeOut: (text) => process.stderr.write(text) });
}

function main(argv: string[]): number {
  const command = program();
  let principal: Principal;
  let seconds: number;
  try {
    command.parse(argv, { from: 'user' });
    const options = command.opts<{
      site?: string[];
      role?: Role[];
      sub: string;
      name: string;
      expiresIn: number;
    }>();
    principal = {
      sub: options.sub,
      name: options.name,
      roles: grants(options.site ?? [], options.role ?? []),
    };
    seconds = options.expiresIn;
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code.startsWith('govhub.')) process.stderr.write(`${error.message}\n`);
    // Commander has printed its own errors; help and version exit 0.
    return error.exitCode === 0 ? 0 : USAGE_ERROR;
  }

  let config: Config;
  try {
    config = loadConfig();
    // Checks the key set and the signing key (ConfigError naming the problem).
    if (jwtKeyring(config.jwt).signing === null) {
      process.stderr.write(
        `govhub token: ${NO_SIGNING_KEY}\n` +
          `(${config.jwt.algorithm} tokens are signed with a private key of the key set; ` +
          '`npm run -s jwt-keys -- --help` makes one)\n',
      );
      return 1;
    }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`govhub token: ${error.message}\n`);
    return 1;
  }

  process.stdout.write(`${signToken(principal, config.jwt, { expiresIn: seconds })}\n`);
  const roles = principal.roles.map((g) => `${g.role}@${g.siteId}`).join(', ') || 'no roles';
  process.stderr.write(
    `token for ${principal.sub} (${roles}), valid ${seconds}s, issuer ${config.jwt.issuer}\n` +
      `use it as the header  Authorization: Bearer <token>  (playground: Headers tab)\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
