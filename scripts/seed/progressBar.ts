import { Presets, SingleBar } from 'cli-progress';

/** A progress display for notices written: `update(written)` as batches land, `stop()` at the end. */
export interface SeedProgress {
  start(total: number): void;
  update(written: number): void;
  stop(): void;
}

/** A cli-progress bar on stderr: notices written / total, percentage, rate and ETA. */
export function createSeedProgress(stream: NodeJS.WriteStream = process.stderr): SeedProgress {
  const bar = new SingleBar(
    {
      format:
        'notices [{bar}] {value}/{total} {percentage}% | {rate} notices/s | ETA {eta_formatted}',
      stream,
      hideCursor: true,
      etaBuffer: 20,
      fps: 5,
    },
    Presets.shades_classic,
  );
  let started = 0;
  return {
    start(total) {
      started = Date.now();
      bar.start(total, 0, { rate: '-' });
    },
    update(written) {
      const seconds = (Date.now() - started) / 1000;
      bar.update(written, {
        rate: seconds > 0 ? Math.round(written / seconds).toLocaleString('en-US') : '-',
      });
    },
    stop() {
      bar.stop();
    },
  };
}
