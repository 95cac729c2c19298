import type { GovLevel } from './pageTypes';

/** A government whose portal publishes the generated notices. */
export interface Region {
  /** 6-digit 行政区划代码. */
  code: string;
  name: string;
  /** Short name used in 文号: 法 (法政办发), 赣市 (赣市府发). */
  short: string;
  level: GovLevel;
  /** 县, 区, 市 or 省: 我县, 全市, 省政府. */
  unit: string;
  /** 政 (法政发) or 府 (寻府发). */
  govChar: string;
  host: string;
  /** Region code of the province (its own for a province). */
  province: string;
  /** Region code of the city above a county, null otherwise. */
  city: string | null;
  /** Telephone area code. */
  areaCode: string;
  /** Lower units, for lists in sentences: 沈阳、大连、鞍山等市. */
  places: readonly string[];
  /** What the lower units are, as the list ends: 等市, 等县(市)区, 等镇. */
  placeUnit: string;
  /** ICP filing prefix of the province: 辽 (辽ICP备), 蜀 (蜀ICP备). */
  icp: string;
}

const row = (
  code: string,
  name: string,
  short: string,
  level: GovLevel,
  unit: string,
  host: string,
  areaCode: string,
  places: string,
  placeUnit: string,
  govChar = '政',
): Omit<Region, 'province' | 'city' | 'icp'> => ({
  code, name, short, level, unit, govChar, host, areaCode, places: places.split(' '), placeUnit,
}); // prettier-ignore

const PROVINCES: readonly (readonly [string, Omit<Region, 'province' | 'city' | 'icp'>[]])[] = [
  ['辽', [
    row('210000', '辽宁省', '辽', 'province', '省', 'www.ln.gov.cn', '024', '沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 铁岭 朝阳 盘锦 葫芦岛', '市'),
    row('210100', '沈阳市', '沈', 'city', '市', 'www.shenyang.gov.cn', '024', '和平 沈河 大东 皇姑 铁西 苏家屯 浑南 沈北 于洪 辽中 康平 法库 新民', '县(市)区'),
    row('210300', '鞍山市', '鞍', 'city', '市', 'www.anshan.gov.cn', '0412', '铁东 铁西 立山 千山 台安 岫岩 海城', '县(市)区'),
    row('210124', '法库县', '法', 'county', '县', 'www.faku.gov.cn', '024', '法库镇 大孤家子镇 三面船镇 秀水河子镇 叶茂台镇 冯贝堡镇 依牛堡子镇 五台子镇 和平乡 慈恩寺乡', '乡镇'),
    row('210123', '康平县', '康', 'county', '县', 'www.kangping.gov.cn', '024', '康平镇 东关街道 胜利街道 小城子镇 张强镇 方家屯镇 郝官屯镇 二牛所口镇 海州窝堡乡', '乡镇(街道)'),
  ]],
  ['赣', [
    row('360000', '江西省', '赣', 'province', '省', 'www.jiangxi.gov.cn', '0791', '南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶', '市', '府'),
    row('360700', '赣州市', '赣市', 'city', '市', 'www.ganzhou.gov.cn', '0797', '章贡 南康 赣县 信丰 大余 上犹 崇义 安远 定南 全南 宁都 于都 兴国 会昌 寻乌 石城 瑞金 龙南', '县(市、区)', '府'),
    row('360734', '寻乌县', '寻', 'county', '县', 'www.xunwu.gov.cn', '0797', '长宁镇 晨光镇 留车镇 南桥镇 吉潭镇 澄江镇 桂竹帽镇 文峰乡 三标乡 水源乡', '乡(镇)', '府'),
  ]],
  ['粤', [
    row('440000', '广东省', '粤', 'province', '省', 'www.gd.gov.cn', '020', '广州 深圳 珠海 汕头 佛山 韶关 湛江 肇庆 江门 茂名 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮', '地级以上市', '府'),
    row('440100', '广州市', '穗', 'city', '市', 'www.gz.gov.cn', '020', '荔湾 越秀 海珠 天河 白云 黄埔 番禺 花都 南沙 从化 增城', '区', '府'),
    row('440117', '广州市从化区', '从', 'county', '区', 'www.conghua.gov.cn', '020', '街口街道 城郊街道 江埔街道 温泉镇 良口镇 吕田镇 太平镇 鳌头镇', '镇(街)', '府'),
  ]],
  ['浙', [
    row('330000', '浙江省', '浙', 'province', '省', 'www.zj.gov.cn', '0571', '杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水', '市'),
    row('330100', '杭州市', '杭', 'city', '市', 'www.hangzhou.gov.cn', '0571', '上城 拱墅 西湖 滨江 萧山 余杭 临平 钱塘 富阳 临安 桐庐 淳安 建德', '区、县(市)'),
    row('330127', '淳安县', '淳', 'county', '县', 'www.qdh.gov.cn', '0571', '千岛湖镇 文昌镇 石林镇 临岐镇 威坪镇 姜家镇 梓桐镇 汾口镇 中洲镇 大墅镇', '乡镇'),
  ]],
  ['蜀', [
    row('510000', '四川省', '川', 'province', '省', 'www.sc.gov.cn', '028', '成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳', '市(州)', '府'),
    row('510100', '成都市', '成', 'city', '市', 'www.chengdu.gov.cn', '028', '锦江 青羊 金牛 武侯 成华 龙泉驿 青白江 新都 温江 双流 郫都 新津 金堂 大邑 蒲江', '区(市)县', '府'),
    row('510129', '大邑县', '大邑', 'county', '县', 'www.dayi.gov.cn', '028', '晋原街道 王泗镇 新场镇 悦来镇 安仁镇 出江镇 花水湾镇 西岭镇 斜源镇 沙渠街道', '镇(街道)', '府'),
  ]],
  ['豫', [
    row('410000', '河南省', '豫', 'province', '省', 'www.henan.gov.cn', '0371', '郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店', '省辖市'),
    row('410300', '洛阳市', '洛', 'city', '市', 'www.ly.gov.cn', '0379', '老城 西工 瀍河 涧西 洛龙 孟津 偃师 新安 栾川 嵩县 汝阳 宜阳 洛宁 伊川', '县(市、区)'),
    row('410324', '栾川县', '栾', 'county', '县', 'www.luanchuan.gov.cn', '0379', '城关镇 赤土店镇 合峪镇 潭头镇 三川镇 冷水镇 陶湾镇 石庙镇 庙子镇 狮子庙镇', '乡镇'),
  ]],
  ['湘', [
    row('430000', '湖南省', '湘', 'province', '省', 'www.hunan.gov.cn', '0731', '长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底', '市州'),
    row('430100', '长沙市', '长', 'city', '市', 'www.changsha.gov.cn', '0731', '芙蓉 天心 岳麓 开福 雨花 望城 长沙县 浏阳 宁乡', '区县(市)'),
    row('430181', '浏阳市', '浏', 'county', '市', 'www.liuyang.gov.cn', '0731', '淮川街道 集里街道 荷花街道 关口街道 社港镇 官渡镇 大围山镇 文家市镇 永安镇 北盛镇', '乡镇(街道)'),
  ]],
  ['鲁', [
    row('370000', '山东省', '鲁', 'province', '省', 'www.shandong.gov.cn', '0531', '济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽', '市'),
    row('370100', '济南市', '济', 'city', '市', 'www.jinan.gov.cn', '0531', '历下 市中 槐荫 天桥 历城 长清 章丘 济阳 莱芜 钢城 平阴 商河', '区县'),
    row('370124', '平阴县', '平', 'county', '县', 'www.pingyin.gov.cn', '0531', '榆山街道 锦水街道 东阿镇 玫瑰镇 洪范池镇 孝直镇 孔村镇 店子镇 安城镇', '镇(街道)'),
  ]],
]; // prettier-ignore

/** Every government the generator knows, with its province and city filled in. */
export const REGIONS: readonly Region[] = PROVINCES.flatMap(([icp, rows]) => {
  const province = rows[0].code;
  return rows.map((region) => ({
    ...region,
    icp,
    province,
    city: region.level === 'county' ? `${region.code.slice(0, 4)}00` : null,
  }));
});

export function regionByCode(code: string): Region {
  const region = REGIONS.find((candidate) => candidate.code === code);
  if (!region) throw new Error(`unknown region ${code}`);
  return region;
}

/** The province of a region (itself for a province). */
export function provinceOf(region: Region): Region {
  return regionByCode(region.province);
}

/** The government one level up, or null for a province. */
export function parentOf(region: Region): Region | null {
  if (region.level === 'province') return null;
  return regionByCode(region.city ?? region.province);
}

export function regionsAtLevel(level: GovLevel): Region[] {
  return REGIONS.filter((region) => region.level === level);
}
