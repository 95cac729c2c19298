import { writeFileSync } from 'node:fs';
import { generatePages } from '../../../../scripts/import/generate';
import { htmlToBlocks, textToBlocks } from '../../blocks';
import { decodePage } from '../../text';
import { detectSpam } from '../detectSpam';

const HTML_MARKUP = /<(?:!doctype|html|head|body|p|div|br|table|span|a)\b/i;
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

it('eval', () => {
  const seed = Number(process.env.SEED ?? 6);
  const count = Number(process.env.COUNT ?? 400);
  const byKind: Record<string, { total: number; left: number }> = {};
  const lefts: unknown[] = [];
  const lost: unknown[] = [];
  const fp: unknown[] = [];
  let q = { tp: 0, fn: 0, fp: 0 };
  let n = 0;
  for (const page of generatePages(seed, count)) {
    n++;
    const decoded = decodePage(page.bytes);
    const html = HTML_MARKUP.test(decoded.text);
    const p = html ? htmlToBlocks(decoded.text) : { blocks: textToBlocks(decoded.text), title: null };
    const report = detectSpam(p.blocks, { title: p.title });
    const dropped = new Set(report.spamBlockIndexes);
    const cleaned = new Map(report.partialCleanups.map((c) => [c.blockIndex, c.text]));
    const remaining = p.blocks.filter((b) => !dropped.has(b.index) && !b.hidden).map((b) => norm(cleaned.get(b.index) ?? b.text));
    const all = remaining.join('\n');
    const original = p.blocks.map((b) => norm(b.text)).join('\n');
    if (page.truth.quarantine) {
      if (report.verdict.quarantined) q.tp++; else { q.fn++; lefts.push({ n, kind: 'SPAM_PAGE', share: report.verdict.spamShare, blocks: remaining.slice(0, 20) }); }
    } else if (report.verdict.quarantined) { q.fp++; fp.push({ n, reasons: report.verdict.reasons }); }
    if (!page.truth.quarantine) {
      for (const s of page.truth.spam) {
        const k = (byKind[s.kind] ??= { total: 0, left: 0 });
        k.total++;
        const t = norm(s.text);
        if (t && all.includes(t)) { k.left++; lefts.push({ n, kind: s.kind, text: t, fmt: page.options.format, near: remaining.find((r) => r.includes(t))?.slice(0, 300) }); }
      }
      for (const para of page.truth.paragraphs) {
        const t = norm(para);
        if (original.includes(t) && !all.includes(t)) lost.push({ n, para: t, removals: report.removals.filter((r) => t.includes(r.text) || r.text.includes(t.slice(0, 10))).slice(0, 3) });
      }
      if (page.truth.spam.length === 0) {
        const visible = report.removals.filter((r) => !p.blocks[r.blockIndex]?.hidden);
        if (visible.length) fp.push({ n, visible });
      }
    }
  }
  const summary = { n, byKind, q, lost: lost.length, fp: fp.length };
  writeFileSync('/tmp/explore/eval.json', JSON.stringify({ summary, lefts, lost, fp }, null, 1));
  console.log(JSON.stringify(summary));
});
