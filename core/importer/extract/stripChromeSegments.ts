/** Chrome printed inside a header metadata line, with the reason for each kind. */
const SEGMENTS: readonly (readonly [string, RegExp])[] = [
  [
    'VISIT_COUNTER',
    /(?:访问量|浏览次数|浏览量|阅读次数|阅读量|点击数|点击量|点击次数|访问次数|浏览人次)\s*:?\s*[[【(]?\s*\d*\s*[\]】)]?\s*次?/gu,
  ],
  [
    'FONT_SIZE_BAR',
    /(?:字号|字体)\s*:?\s*[[【(]?\s*大\s*中\s*小\s*[\]】)]?|[[【(]\s*大\s*中\s*小\s*[\]】)]/gu,
  ],
  [
    'PRINT_BAR',
    /[[【]\s*(?:打印|关闭|收藏|返回|保存|打印本页|关闭窗口|返回顶部|我要打印|打印正文)\s*[\]】]|打印本页|关闭窗口|返回顶部/gu,
  ],
  ['SHARE_BAR', /分享到\s*:?.*$/u],
];

export interface StrippedSegments {
  /** What is left of the normalized text's offsets, as [start, end) ranges to keep. */
  keep: [number, number][];
  /** Removed ranges with their reasons, in text order. */
  removed: { reason: string; start: number; end: number }[];
}

/**
 * Finds the chrome inside a header line such as `发布日期:2022-04-21 浏览次数:35 字号:[大 中 小]
 * 【打印】【关闭】`: counters, font-size switches, print and close buttons, share bars. The
 * metadata around them stays.
 */
export function stripChromeSegments(norm: string): StrippedSegments {
  const removed: StrippedSegments['removed'] = [];
  for (const [reason, pattern] of SEGMENTS) {
    for (const match of norm.matchAll(new RegExp(pattern.source, 'gu'))) {
      if (match[0].trim() === '') continue;
      const start = match.index;
      const end = start + match[0].length;
      if (!removed.some((r) => start < r.end && end > r.start))
        removed.push({ reason, start, end });
    }
  }
  removed.sort((a, b) => a.start - b.start);
  const keep: [number, number][] = [];
  let from = 0;
  for (const r of removed) {
    if (r.start > from) keep.push([from, r.start]);
    from = r.end;
  }
  if (from < norm.length) keep.push([from, norm.length]);
  return { keep, removed };
}
