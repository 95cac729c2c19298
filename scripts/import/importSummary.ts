/** One page's result, as the CLI prints it (and writes with --json). */
export interface PageResult {
  file: string;
  outcome: 'IMPORTED' | 'MERGED' | 'QUARANTINED' | 'FAILED' | 'READY' | 'UNUSABLE';
  noticeId: string | null;
  title: string | null;
  docNumber: string | null;
  encoding: string | null;
  reasons: string[];
  removed: { chrome: number; spam: number; hidden: number; pinyin: number };
}

export interface ImportSummary {
  pages: number;
  imported: number;
  merged: number;
  quarantined: number;
  failed: number;
  seconds: number;
}

export function summarize(results: readonly PageResult[], seconds: number): ImportSummary {
  const count = (...outcomes: PageResult['outcome'][]) =>
    results.filter((r) => outcomes.includes(r.outcome)).length;
  return {
    pages: results.length,
    imported: count('IMPORTED', 'READY'),
    merged: count('MERGED'),
    quarantined: count('QUARANTINED'),
    failed: count('FAILED', 'UNUSABLE'),
    seconds,
  };
}

/** The closing lines: totals, then every quarantined or failed page with its reasons. */
export function formatSummary(
  results: readonly PageResult[],
  summary: ImportSummary,
  dryRun: boolean,
): string {
  const lines = [
    `${dryRun ? 'dry run (nothing written): ' : ''}${summary.pages} page(s) in ${summary.seconds.toFixed(1)} s — ` +
      `${dryRun ? 'importable' : 'imported'} ${summary.imported}, merged as duplicates ${summary.merged}, ` +
      `quarantined ${summary.quarantined}, failed ${summary.failed}`,
  ];
  for (const r of results) {
    if (r.outcome === 'QUARANTINED' || r.outcome === 'FAILED' || r.outcome === 'UNUSABLE')
      lines.push(`  ${r.outcome.padEnd(11)} ${r.file}: ${r.reasons.join('; ')}`);
    else if (r.outcome === 'MERGED') lines.push(`  MERGED      ${r.file} → ${r.noticeId ?? ''}`);
  }
  return lines.join('\n');
}
