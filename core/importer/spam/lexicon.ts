/*
 * Keywords of the spam injected into hacked government pages (暗链): gambling brands and games,
 * pornography, and black-market services. The terms are those that recur in the 暗链 cases that
 * government website inspections (政府网站普查 and the quarterly 抽查通报) and security vendors'
 * write-ups of hacked .gov.cn pages describe, compiled by hand for this project; they are matched
 * on simplified text, so traditional pages (賭場) match too.
 *
 * `strong` terms have no business in a government notice outside a crackdown sentence (百家乐,
 * 澳门新葡京). Weak terms also occur in real notices (体育彩票管理, 打击赌博违法犯罪, 扫黄打非
 * 清理淫秽色情信息): they count only next to other spam evidence. Short or ambiguous strings
 * are left out on purpose: 快三 is inside 加快三农, 金沙 is a county in Guizhou, 永利 and 金沙
 * are company names, 21点 is a time of day, 上门服务 is elderly care, and 做爱 hides in 做爱心人士,
 * 熟女 in 成熟女性, 申博 in 申博成功 (the World Expo bid). Tax offices 代开发票 and registration
 * halls 刻章办证 for real, and 三级片 hides in 三级片长制, so those are weak.
 */

export type SpamCategory = 'gambling' | 'explicit' | 'illicit';

export interface SpamTerm {
  term: string;
  category: SpamCategory;
  strong: boolean;
}

const GAMBLING_STRONG = [
  '博彩', '赌场', '百家乐', '时时彩', '六合彩', '葡京', '新葡京', '葡京娱乐', '葡京赌场',
  '澳门新葡京', '申博太阳城', '真人娱乐', '真人荷官', '真人视讯', '网上赌场', '在线赌场',
  '澳门赌场', '赌球', '老虎机', '北京赛车', '北京pk10', 'pk10', 'pk拾', '幸运飞艇', '幸运28',
  '重庆时时彩', '江苏快三', '大发快三', '特码', '六合图库', '跑狗图', '香港马会', '澳门彩',
  '皇冠体育', '澳门金沙', '金沙赌场', '永利皇宫', '澳门威尼斯人', '新濠天地', '亚博体育',
  '开云体育', '乐鱼体育', '博狗', '伟德体育', '威廉希尔', '沙巴体育', '送彩金', '首存送',
  '洗码', '炸金花', '百人牛牛', '抢庄牛牛', '龙虎斗', '骰宝', '开元棋牌', '网上棋牌',
  '棋牌游戏平台', '博彩网站', '博彩公司', '赌博网址', '线上赌博', '网赌', '网投平台', '赌神',
  'bet365', '188bet', '12bet', 'sbobet', 'ag真人', 'ag视讯', '德州扑克', '捕鱼游戏',
  '体育投注', '足球投注', '彩票平台', '购彩平台', '彩票网站',
]; // prettier-ignore

const GAMBLING_WEAK = [
  '赌博', '彩票', '棋牌', '投注', '下注', '押注', '购彩', '私彩', '开奖结果', '开奖', '赔率',
  '11选5', '双色球', '大乐透', '竞彩', '网络赌博', '赌博网站', '跨境赌博', '地下六合彩', '庄家',
  '太阳城', '娱乐城', '威尼斯人', '银河娱乐', '永利娱乐', '美高梅娱乐', '快乐十分', '电子游艺',
  '彩金', '首存', '返水', '真钱', '快三', '斗牛',
]; // prettier-ignore

/*
 * Casino brands that are also ordinary words or names (金沙 is a county, 皇冠 a crown, 永利 a
 * company) are keywords only as the compounds spam makes of them: 金沙官网, 永利平台, 皇冠开户.
 */
export const AMBIGUOUS_BRANDS: readonly string[] = [
  '金沙', '永利', '皇冠', '美高梅', '巴黎人', '亚博', '必发', '威尼斯人', '太阳城', '银河',
  '斗牛', '快三', '新濠',
]; // prettier-ignore
const BRAND_SUFFIXES = [
  '官网', '娱乐', '娱乐场', '娱乐城', '开户', '网址', '平台', '注册', 'app', '登录', '在线',
  '技巧', '计划', '赌场', '游戏',
]; // prettier-ignore
const BRAND_COMPOUNDS = AMBIGUOUS_BRANDS.flatMap((brand) =>
  BRAND_SUFFIXES.map((suffix) => brand + suffix),
).filter((term) => !GAMBLING_STRONG.includes(term) && !GAMBLING_WEAK.includes(term));

const EXPLICIT_STRONG = [
  '成人视频', '成人电影', '成人影院', '成人网站', '成人影片', '黄色电影', '黄色视频', '色情视频',
  '色情电影', '色情片', 'av女优', '一本道', '东京热', '无码视频', '无码高清', '毛片',
  '激情视频', '激情电影', '约炮', '一夜情', '援交', '乱伦', '人妻', '巨乳', '美乳',
  '自拍偷拍', '偷拍自拍', '色婷婷', '伦理片', '午夜影院', '草榴', '91porn', 'porn', 'pornhub',
  'xvideos', '啪啪', '外围女', '楼凤', '裸聊视频', 'av在线', '在线av', '福利视频', '福利姬',
  '同城交友', '美女直播', '美女裸聊',
]; // prettier-ignore

const EXPLICIT_WEAK = [
  '色情', '淫秽', '卖淫', '嫖娼', '裸聊', '三级片', '黄色网站', '偷拍', '桑拿', '低俗',
  '色情网站', '无码', '黄片', '看片', '国产精品', '包夜',
]; // prettier-ignore

const ILLICIT_STRONG = [
  '办假证', '出售枪支', '枪支出售', '迷药', '迷幻药', '听话水', '私家侦探', '窃听器', '黑客接单',
  '信用卡套现', '私服传奇', '传奇私服', '网贷口子', '蜘蛛池',
]; // prettier-ignore

/** 刷单, 收购银行卡, 代办信用卡: the frauds anti-fraud notices warn against by name. */
const ILLICIT_WEAK = [
  '高仿手表', '高仿包', '代孕', '办证', '套现', '私服', '网贷', '代开发票', '代开增值税发票', '发票代开', '刻章办证',
  '办证刻章', '刷单', '代办信用卡', '收购银行卡', '高仿', '快排', 'seo',
]; // prettier-ignore

export const SPAM_TERMS: readonly SpamTerm[] = [
  ...GAMBLING_STRONG.map((term) => ({ term, category: 'gambling' as const, strong: true })),
  ...BRAND_COMPOUNDS.map((term) => ({ term, category: 'gambling' as const, strong: true })),
  ...GAMBLING_WEAK.map((term) => ({ term, category: 'gambling' as const, strong: false })),
  ...EXPLICIT_STRONG.map((term) => ({ term, category: 'explicit' as const, strong: true })),
  ...EXPLICIT_WEAK.map((term) => ({ term, category: 'explicit' as const, strong: false })),
  ...ILLICIT_STRONG.map((term) => ({ term, category: 'illicit' as const, strong: true })),
  ...ILLICIT_WEAK.map((term) => ({ term, category: 'illicit' as const, strong: false })),
];

/**
 * Words that surround spam keywords in spam and seldom in a government sentence about them:
 * they join keywords into one run (澳门新葡京娱乐场官网) and count as spam evidence, but never
 * make spam on their own (政务服务平台注册登录 is a real sentence).
 */
export const CONTEXT_TERMS: readonly string[] = [
  '官网', '官方网站', '网址', '平台', '注册', '开户', '登录', '登陆', '入口', '下载', 'app',
  '手机版', '客户端', '娱乐', '娱乐场', '娱乐网', '游戏', '在线', '免费', '免费看', '最新',
  '导航', '推荐', '排行榜', '信誉', '正规', '靠谱', '最佳', '优惠', '赠送', '开户送', '注册送',
  '体验金', '充值', '提现', '直营', '代理', '国际', '集团', '线上', '真人', '视讯', '电子',
  '体育', '计划', '技巧', '玩法', '攻略', '规律', '预测', '走势', '大全', '视频', '观看',
  '在线观看', '免费观看', '高清', '影院', '电影', '直播', '图片', '小说', '网站', '官方', '首页',
  '主页', '合法', '大小单双',
  // Bare, the ambiguous brands are only context: they join a run but never make one.
  ...AMBIGUOUS_BRANDS.filter((brand) => !['威尼斯人', '太阳城', '斗牛', '快三'].includes(brand)),
]; // prettier-ignore

/**
 * Context words that only spam uses. A run keeps them even where they touch the next sentence
 * (…成人视频在线观看各市人民政府：): a real sentence does not begin or end with 在线观看, while it
 * may with a generic word like 网站 or 平台, which is then left to the sentence.
 */
export const SPAM_ONLY_CONTEXT_TERMS: readonly string[] = [
  '官网', '网址', '开户', '开户送', '注册送', '免费看', '在线观看', '免费观看', '娱乐场', '娱乐网',
  '体验金', '大小单双', 'app', '手机版',
]; // prettier-ignore

/**
 * The selling lines of spam advertising itself, which no notice writes: a sentence with one of
 * them and a QQ, WeChat, mobile number or web address is an advertisement.
 */
export const HARD_PROMOTION_TERMS: readonly string[] = [
  '稳赚不赔', '日赚', '注册即送', '注册就送', '首存送', '首充送', '提款秒到', '秒到账', '永久免费',
  '每日更新', '复制网址', '请收藏', '收藏网址', '点击进入', '亚洲领先', '官方网址', '最新网址',
  '备用网址', '信誉第一', '信誉保证', '免费观看', '彩金',
]; // prettier-ignore

/** Selling lines a real notice may also write: an advertisement only with a spam keyword. */
export const SOFT_PROMOTION_TERMS: readonly string[] = [
  '诚信经营', '欢迎来电', '来电咨询', '24小时在线', '在线为您服务', '价格优惠',
]; // prettier-ignore

/**
 * Words of the sentences in which real notices name gambling or porn: crackdowns (打击, 整治,
 * 查处), warnings (谨防, 远离), the lawful lottery (公益金, 发行). A keyword embedded in such a
 * sentence is part of it, not injected.
 */
export const LEGIT_CONTEXT_TERMS: readonly string[] = [
  '打击', '整治', '查处', '取缔', '严禁', '禁止', '严厉', '违法', '违规', '犯罪', '非法', '举报',
  '防范', '谨防', '警惕', '切勿', '不得', '治理', '专项', '整顿', '扫黄打非', '监管', '清理',
  '净化', '抵制', '远离', '危害', '涉赌', '涉黄', '涉嫌', '案件', '侦破', '抓获', '公益金',
  '发行', '销售', '公安', '法院', '判处', '整改', '排查', '查获', '收缴', '关停', '封堵', '屏蔽',
  '诈骗', '受害', '未成年', '管理', '宣传', '教育', '预防', '遏制', '惩治', '依法', '诱饵',
  '骗局', '陷阱', '提醒', '上当',
]; // prettier-ignore
