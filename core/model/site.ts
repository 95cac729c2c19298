import type { Level } from '../levels/level';

/** 栏目 kinds. */
export const COLUMN_KINDS = [
  'POLICY', // 政策文件
  'INTERPRETATION', // 政策解读
  'ANNOUNCEMENT', // 通知公告
  'GAZETTE', // 政府公报
  'KEY_AREAS', // 重点领域信息公开
  'REPOST', // 转载 / 上级文件
  'NEWS', // 政务动态
] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

export interface ColumnDoc {
  id: string;
  name: string;
  kind: ColumnKind;
}

export const SITE_KINDS = ['PORTAL', 'SUBSITE'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

/**
 * A site of the cluster directory (政府网站名录). Every level's database holds
 * the whole directory: writes are checked against it, and syndication rules
 * and mandate coverage are evaluated at each level.
 */
export interface SiteDoc {
  /** Portal: its 网站标识码 (e.g. `2101240002`); sub-site: `<portal code>-<serial>`. */
  _id: string;
  /** 网站标识码 of the portal the site belongs to (a sub-site shares its portal's). */
  code: string;
  name: string;
  level: Level;
  kind: SiteKind;
  /** 6-digit 行政区划代码. */
  regionCode: string;
  parentId: string | null;
  url: string;
  columns: ColumnDoc[];
  /** 三审 steps: 3 (初审, 复审, 终审) unless the site uses 2 (初审, 终审). */
  reviewSteps?: 2 | 3;
}
