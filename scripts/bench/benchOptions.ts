import { InvalidArgumentError } from 'commander';

/** A command-line count: a positive whole number (`100_000` allowed). */
export function positiveInt(value: string): number {
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

/** A comma-separated list of counts, e.g. `100,1000`. */
export function intList(value: string): number[] {
  return value.split(',').map((part) => positiveInt(part.trim()));
}

/** The letters of the phases to run, each one of `letters` (`--only ac`). */
export function phaseLetters(letters: string) {
  const pattern = new RegExp(`^[${letters}]+$`);
  return (value: string): string => {
    if (!pattern.test(value))
      throw new InvalidArgumentError(
        `letters ${[...letters].join(', ')}, e.g. "${letters.slice(0, 2)}"`,
      );
    return value;
  };
}
