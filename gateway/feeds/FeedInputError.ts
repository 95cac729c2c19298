/** A feed parameter the data rejects (an unknown cursor, a region outside the site): HTTP 400. */
export class FeedInputError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
    this.name = 'FeedInputError';
  }
}
