/** Thrown for a demo data file that is not valid JSON or does not have the expected shape. */
export class DemoDataError extends Error {
  override readonly name = 'DemoDataError';
}
