import { Presets, SingleBar } from 'cli-progress';

/** A progress bar of one benchmark phase: `update(done, detail)` as it goes, `stop()` at the end. */
export interface BenchProgress {
  update(done: number, detail?: string): void;
  stop(): void;
}

/**
 * A cli-progress bar on stderr (`label [====] done/total | rate/s | detail`), drawn only
 * when stderr is a terminal; otherwise a line every tenth of the way, so logs stay short.
 */
export function benchProgress(
  label: string,
  total: number,
  unit: string,
  stream: NodeJS.WriteStream = process.stderr,
): BenchProgress {
  const started = Date.now();
  const rate = (done: number) => {
    const seconds = (Date.now() - started) / 1000;
    return seconds > 0 ? (done / seconds).toFixed(done / seconds < 10 ? 1 : 0) : '-';
  };
  if (!stream.isTTY) {
    let reported = 0;
    return {
      update(done, detail) {
        const tenth = Math.min(10, Math.floor((done / Math.max(total, 1)) * 10));
        if (tenth <= reported) return;
        reported = tenth;
        stream.write(
          `[bench] ${label}: ${done}/${total} ${unit}, ${rate(done)} ${unit}/s${detail ? `, ${detail}` : ''}\n`,
        );
      },
      stop() {
        /* nothing drawn */
      },
    };
  }
  const bar = new SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} ${unit} | {rate} ${unit}/s | {detail}`,
      stream,
      hideCursor: true,
      fps: 10,
      barsize: 30,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0, { rate: '-', detail: '' });
  return {
    update(done, detail = '') {
      bar.update(Math.min(done, total), { rate: rate(done), detail });
    },
    stop() {
      bar.stop();
    },
  };
}
