/** 简称 of the provinces, as their governments use them in 文号 (辽政发, 赣府发, 粤府办). */
const PROVINCE_SHORT: Readonly<Record<string, string>> = {
  北京市: '京', 天津市: '津', 河北省: '冀', 山西省: '晋', 内蒙古自治区: '内', 辽宁省: '辽',
  吉林省: '吉', 黑龙江省: '黑', 上海市: '沪', 江苏省: '苏', 浙江省: '浙', 安徽省: '皖',
  福建省: '闽', 江西省: '赣', 山东省: '鲁', 河南省: '豫', 湖北省: '鄂', 湖南省: '湘',
  广东省: '粤', 广西壮族自治区: '桂', 海南省: '琼', 重庆市: '渝', 四川省: '川', 贵州省: '黔',
  云南省: '云', 西藏自治区: '藏', 陕西省: '陕', 甘肃省: '甘', 青海省: '青',
  宁夏回族自治区: '宁', 新疆维吾尔自治区: '新',
}; // prettier-ignore

/** Provinces whose governments write 府 rather than 政 in their 文号 (赣府发, 粤府). */
const FU_STYLE_PROVINCES: ReadonlySet<string> = new Set(['36', '44']);

/** 政 (辽政发) or 府 (赣府发): decided by the province, which lower levels follow. */
export type DocStyle = '政' | '府';

export function docStyleOf(regionCode: string): DocStyle {
  return FU_STYLE_PROVINCES.has(regionCode.slice(0, 2)) ? '府' : '政';
}

/**
 * The short name a government uses in its 文号: the province 简称 (辽宁省 → 辽), otherwise the
 * first character of the region name (法库县 → 法, 沈阳市 → 沈), followed by 市 when that
 * character is already the province's (赣州市 → 赣市, as in 赣市府发).
 */
export function regionShortName(regionName: string, provinceShort: string | null): string {
  const known = PROVINCE_SHORT[regionName];
  if (known) return known;
  const first = [...regionName][0] ?? regionName;
  if (provinceShort === null) return first;
  return first === provinceShort ? `${first}${regionUnit(regionName)}` : first;
}

/** 县, 市, 区 or 省: the last character of a region name (for 我县, 全市, 县政府). */
export function regionUnit(regionName: string): string {
  const chars = [...regionName];
  const last = chars[chars.length - 1] ?? '';
  return last === '区' && regionName.endsWith('自治区') ? '区' : last;
}
