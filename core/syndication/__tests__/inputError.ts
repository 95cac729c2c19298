import { BadUserInputError } from '../../errors/errors';

/** The BadUserInputError a call throws, so tests can check message and field together. */
export function inputError(call: () => unknown): BadUserInputError {
  try {
    call();
  } catch (error) {
    if (error instanceof BadUserInputError) return error;
    throw error;
  }
  throw new Error('expected a BadUserInputError');
}

/** The `field` extension of the BadUserInputError a call throws. */
export function errorField(call: () => unknown): unknown {
  return inputError(call).extensions.field;
}
