/** A port the caller asked for explicitly is already taken by another program. */
export class PortInUseError extends Error {
  constructor(
    readonly host: string,
    readonly port: number,
    what: string,
  ) {
    super(
      `${what} cannot listen on ${host}:${port}: the port is already in use by another program`,
    );
    this.name = 'PortInUseError';
  }
}
