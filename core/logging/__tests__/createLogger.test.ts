import { Writable } from 'node:stream';
import { createLogger } from '../createLogger';

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const lines = () =>
    chunks
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { stream, lines };
}

describe('createLogger', () => {
  it('writes JSON lines with the process name, at the configured level', () => {
    const { stream, lines } = capture();
    const logger = createLogger({ level: 'warn', name: 'gateway', destination: stream });
    logger.info('not shown');
    logger.warn({ requestId: 'r1' }, 'shown');
    expect(lines()).toEqual([
      expect.objectContaining({ name: 'gateway', msg: 'shown', requestId: 'r1', level: 40 }),
    ]);
  });

  it('redacts credentials wherever headers are logged', () => {
    const { stream, lines } = capture();
    const logger = createLogger({ level: 'info', name: 'county', destination: stream });
    logger.info(
      { req: { headers: { authorization: 'Bearer secret', accept: '*/*' } }, token: 'secret' },
      'request',
    );
    const [line] = lines();
    expect(JSON.stringify(line)).not.toContain('secret');
    expect(line).toMatchObject({
      req: { headers: { authorization: '[redacted]', accept: '*/*' } },
    });
  });
});
