import { performance } from 'node:perf_hooks';
import { importPage } from '../../core/importer/pipeline';
import type {
  GeneratedPage,
  InjectedSpam,
  PageEncoding,
  PageFormat,
  SpamKind,
} from '../import/generate';
import type { BenchProgress } from './benchProgress';
import type { ImportCheck } from './checkImport';
import { checkImport } from './checkImport';

/** One generated page imported: how long importPage took and how the result compares. */
export interface ImportSample {
  /** 1-based number of the page in the run (the generator's file names start with it). */
  number: number;
  fileName: string;
  encoding: PageEncoding;
  format: PageFormat;
  traditional: boolean;
  pinyin: boolean;
  spamKinds: SpamKind[];
  /** The spam texts injected into the page (its truth). */
  spam: InjectedSpam[];
  /** The page's main content is spam (SPAM_PAGE): it must be quarantined. */
  quarantine: boolean;
  ms: number;
  check: ImportCheck;
}

export interface MeasureImportOptions {
  /** Pages imported once before the timed pass, so the first timings are not the JIT's. */
  warmup: number;
  progress?: BenchProgress;
}

/**
 * Imports every page, timing each importPage call alone (the comparison with the truth runs
 * outside the timed span), and checks the result against the page's truth.
 */
export function measureImport(
  pages: readonly GeneratedPage[],
  options: MeasureImportOptions,
): ImportSample[] {
  for (const page of pages.slice(0, options.warmup)) importPage(page.bytes);
  const samples: ImportSample[] = [];
  pages.forEach((page, i) => {
    const started = performance.now();
    const imported = importPage(page.bytes);
    const ms = performance.now() - started;
    samples.push({
      number: i + 1,
      fileName: page.fileName,
      encoding: page.options.encoding,
      format: page.options.format,
      traditional: page.options.script === 'traditional',
      pinyin: page.options.pinyin,
      spamKinds: page.options.spam,
      spam: page.truth.spam,
      quarantine: page.truth.quarantine,
      ms,
      check: checkImport(imported, page.truth),
    });
    if ((i + 1) % 25 === 0 || i + 1 === pages.length) options.progress?.update(i + 1);
  });
  options.progress?.stop();
  return samples;
}
