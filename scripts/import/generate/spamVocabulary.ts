import type { Random } from '../../seed/random';

/*
 * The vocabulary of injected spam, written for the generator alone (the detector has its own):
 * gambling brands and games, explicit terms kept mild, black-hat SEO services, and the
 * throw-away domains and contacts they advertise.
 */

const BRANDS = [
  '澳门新葡京',
  '威尼斯人',
  '太阳城',
  '皇冠',
  '金沙',
  '银河娱乐',
  '永利',
  '美高梅',
  '葡京',
  '巴黎人',
  '澳门赌场',
  '新濠天地',
  '亚博',
  '必发',
];
const GAMES = [
  '百家乐',
  '时时彩',
  '北京赛车',
  '幸运飞艇',
  '六合彩',
  '老虎机',
  '真人娱乐',
  '网上棋牌',
  '彩票投注',
  '体育投注',
  '足球投注',
  '电子游艺',
  '德州扑克',
  '斗牛',
  '赌球',
  '快三',
  '真人荷官',
];
const GAME_SUFFIXES = [
  '',
  '官网',
  '平台',
  '技巧',
  '在线',
  '网址',
  '开户',
  '注册',
  '计划',
  'app下载',
  '娱乐城',
  '注册送彩金',
];
const EXPLICIT = [
  '成人视频',
  '色情电影',
  '一夜情',
  '约炮',
  '成人影院',
  '午夜影院',
  '同城交友',
  '美女直播',
  '激情视频',
  '成人网站',
];
const EXPLICIT_SUFFIXES = ['', '在线观看', '免费看', '网站', 'app', '下载', '平台'];
const SEO = [
  '代开发票',
  '办证',
  '刷单',
  '刻章办证',
  '代办信用卡',
  '网贷口子',
  '收购银行卡',
  '私家侦探',
  '高仿手表',
  '黑客接单',
  '蜘蛛池',
  '快排SEO',
];
const PREFIXES = [
  'js',
  'am',
  'xpj',
  'bjl',
  'hg',
  'wns',
  'ylc',
  'yh',
  'tyc',
  'bet',
  'pj',
  'jsc',
  'mg',
  'ag',
  'bbin',
  'vip',
  'dd',
  'av',
  'sex',
  'lu',
  'ok',
];
const TLDS = ['com', 'cc', 'top', 'vip', 'net', 'xyz', 'me', 'co', 'tv', 'app', 'bet', 'club'];
export const CITIES = '北京 上海 广州 深圳 天津 重庆 南京 杭州 武汉 成都 西安 苏州 郑州 长沙 沈阳 青岛 宁波 东莞 无锡 佛山 合肥 大连 福州 厦门 哈尔滨 济南 温州 长春 石家庄 常州 泉州 南宁 贵阳 南昌 南通 金华 徐州 太原 嘉兴 烟台 惠州 保定 台州 中山 绍兴 乌鲁木齐 潍坊 兰州 珠海 镇江 海口 扬州 临沂 洛阳 唐山 呼和浩特 盐城 汕头 廊坊 泰州 济宁 湖州 江门 银川 淄博 邯郸 芜湖 漳州 绵阳 桂林 三亚 遵义 咸阳 上饶 莆田 宜昌 赣州 揭阳 沧州 商丘 连云港 南阳 蚌埠'.split(' '); // prettier-ignore

/** A gambling term: 百家乐, 澳门新葡京官网, 时时彩技巧. */
export function gamblingTerm(random: Random): string {
  if (random.chance(0.35))
    return `${random.pick(BRANDS)}${random.pick(['', '官网', '娱乐', '娱乐场', '开户', '网址', '平台'])}`;
  return `${random.pick(GAMES)}${random.pick(GAME_SUFFIXES)}`;
}

export function explicitTerm(random: Random): string {
  return `${random.pick(EXPLICIT)}${random.pick(EXPLICIT_SUFFIXES)}`;
}

export function seoTerm(random: Random): string {
  return random.pick(SEO);
}

/** Any spam term, mostly gambling, as hacked government pages carry them. */
export function spamTerm(random: Random): string {
  const roll = random.next();
  if (roll < 0.6) return gamblingTerm(random);
  if (roll < 0.85) return explicitTerm(random);
  return seoTerm(random);
}

export function spamBrand(random: Random): string {
  return random.pick(BRANDS);
}

export function spamGame(random: Random): string {
  return random.pick(GAMES);
}

/** A throw-away domain: www.xpj8888.vip, am337.cc. */
export function spamDomain(random: Random): string {
  const digits = random.chance(0.4)
    ? String(random.int(1, 9)).repeat(random.int(2, 4))
    : String(random.int(10, 9999));
  return `${random.chance(0.6) ? 'www.' : ''}${random.pick(PREFIXES)}${digits}.${random.pick(TLDS)}`;
}

export function spamHref(random: Random, domain: string): string {
  switch (random.int(0, 3)) {
    case 0:
      return `https://${domain}/`;
    case 1:
      return `http://${domain}/?id=${random.int(1, 99999)}`;
    case 2:
      return `http://${domain}/${random.pick(PREFIXES)}${random.int(1, 999)}.html`;
    default:
      return `http://${domain}`;
  }
}

/** QQ:123456789, 加微信:bjl8899, a mobile number. */
export function spamContact(random: Random): string {
  const qq = String(random.int(10000, 99999)) + String(random.int(100, 99999));
  switch (random.int(0, 3)) {
    case 0:
      return `QQ:${qq}`;
    case 1:
      return `客服QQ${qq}`;
    case 2:
      return `加微信:${random.pick(PREFIXES)}${random.int(100, 9999)}`;
    default:
      return `电话1${random.int(3, 9)}${random.int(100000000, 999999999)}`;
  }
}

/** A promotional sentence of a page whose content was replaced by spam. */
export function spamSentence(random: Random): string {
  const n = random.pick(['38', '88', '188', '888']);
  switch (random.int(0, 5)) {
    case 0:
      return `${spamBrand(random)}是亚洲领先的在线娱乐平台，提供${spamGame(random)}、${spamGame(random)}、${spamGame(random)}等多种游戏，注册即送${n}元彩金。`;
    case 1:
      return `官方网址：${spamDomain(random)}，${spamContact(random)}，24小时在线为您服务。`;
    case 2:
      return `${spamGame(random)}最新玩法技巧分享，稳赚不赔，日赚${n}0元不是梦，点击进入${spamDomain(random)}。`;
    case 3:
      return `${explicitTerm(random)}每日更新，永久免费观看，${random.pick(['复制网址', '请收藏'])}${spamDomain(random)}。`;
    case 4:
      return `专业${seoTerm(random)}，${spamContact(random)}，诚信经营，欢迎来电咨询。`;
    default:
      return `${spamBrand(random)}${spamGame(random)}首存送100%，提款秒到账，${spamContact(random)}。`;
  }
}
