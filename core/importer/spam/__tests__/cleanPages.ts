/**
 * Realistic clean government pages for the precision tests: heavy chrome with link lists to the
 * site itself, to gov.cn portals and to state media, and notices that name gambling, lotteries and
 * porn the way real notices do (crackdowns, the lawful lottery, 扫黄打非). None of it is spam.
 */

/** Paragraph indentation as CMS editors type it: two full-width spaces. */
const INDENT = '\u3000\u3000';

const CHROME_HEAD = `
<div class="top"><span>欢迎访问沈阳市法库县人民政府</span> <a href="/fanti/">繁體轉換</a> <a href="javascript:void(0)">设为首页</a> <a href="#">加入收藏</a> <a href="/wza/">无障碍</a></div>
<div id="nav" class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjfk/">走进法库</a></li><li><a href="/ztzl/">专题专栏</a></li>
<li><a href="http://www.faku.gov.cn/xxgk/">信息公开</a></li><li><a href="/zcwj/">政策文件</a></li>
</ul>
<ul style="display:none" class="sub"><li><a href="/zwgk/zcjd/">政策解读</a></li><li><a href="/zwgk/tzgg/">通知公告</a></li></ul>
</div>
<div class="crumb">您当前所在位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>`;

const CHROME_FOOT = `
<div class="links"><span>政府网站：</span>
<a href="http://www.gov.cn/">中国政府网</a> | <a href="http://www.ln.gov.cn/">辽宁省人民政府</a> |
<a href="http://www.shenyang.gov.cn/">沈阳市人民政府</a> | <a href="https://www.dl.gov.cn">大连市人民政府</a> |
<a href="http://www.anshan.gov.cn/">鞍山市人民政府</a> | <a href="http://www.fushun.gov.cn/">抚顺市人民政府</a></div>
<div class="links"><span>省辖市：</span>
<a href="http://www.shenyang.gov.cn/">沈阳</a> <a href="https://www.dl.gov.cn">大连</a> <a href="http://www.anshan.gov.cn/">鞍山</a>
<a href="http://www.fushun.gov.cn/">抚顺</a> <a href="http://www.benxi.gov.cn/">本溪</a> <a href="http://www.dandong.gov.cn/">丹东</a>
<a href="http://www.jz.gov.cn/">锦州</a> <a href="http://www.yingkou.gov.cn/">营口</a></div>
<div class="links"><span>新闻媒体：</span>
<a href="http://www.people.com.cn/">人民网</a> <a href="http://www.xinhuanet.com/">新华网</a> <a href="https://www.cctv.com/">央视网</a>
<a href="http://www.gmw.cn/">光明网</a> <a href="http://www.chinanews.com/">中国新闻网</a> <a href="http://www.lnd.com.cn/">北国网</a>
<a href="http://www.nen.com.cn/">东北新闻网</a></div>
<div class="links"><span>便民服务：</span>
<a href="http://www.12306.cn/">中国铁路12306</a> <a href="https://www.ceair.com/">东方航空</a> <a href="http://www.weather.com.cn/">中国天气网</a>
<a href="https://www.icbc.com.cn/">工商银行</a> <a href="https://www.95598.cn/">国家电网网上营业厅</a> <a href="http://www.chsi.com.cn/">学信网</a></div>
<div class="links">各省政府网站：北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东</div>
<div id="footer" class="foot">
<p><a href="/about/">关于我们</a> | <a href="/sm/">网站声明</a> | <a href="/map/">网站地图</a> | <a href="/lx/">联系我们</a></p>
<p>主办：法库县人民政府 承办：法库县人民政府办公室 法库县融媒体中心</p>
<p>建议使用 1366*768分辨率 <a href="https://beian.miit.gov.cn/">辽ICP备2021012785号-1</a> 联系电话：024-62313021</p>
<p>网站标识码：2101240002 <a href="http://www.beian.gov.cn/">辽公网安备21012402000147号</a></p>
<p>举报电话：12321 违法和不良信息举报中心：<a href="https://www.12377.cn/">www.12377.cn</a></p>
</div>`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}_法库县人民政府</title>
<meta name="ArticleTitle" content="${title}"><style>.sub{display:none}.foot p{margin:0}</style></head>
<body>${CHROME_HEAD}<div id="content" class="article"><h1>${title}</h1>
<div class="info">发布日期：2022-04-21 来源：法库县人民政府办公室 <span>访问量：</span></div>
<div class="TRS_Editor">${body}</div></div>${CHROME_FOOT}</body></html>`;
}

export const GAMBLING_CRACKDOWN_PAGE = page(
  '法库县人民政府办公室关于开展打击治理跨境赌博和非法网络赌博专项行动的通知',
  `<p>各镇人民政府（街道办事处），县政府各部门：</p>
<p>${INDENT}为严厉打击跨境赌博和非法网络赌博违法犯罪活动，维护社会治安秩序，经县政府同意，决定在全县范围内开展专项行动。现将有关事项通知如下：</p>
<p>${INDENT}一、整治重点</p>
<p>${INDENT}（一）依法查处利用六合彩、时时彩、赌球、百家乐、老虎机等形式进行的赌博活动。</p>
<p>${INDENT}（二）六合彩、私彩、地下六合彩等非法彩票活动严重扰乱社会秩序，广大群众切勿参与。</p>
<p>${INDENT}（三）严禁党员干部参与赌博、六合彩、地下六合彩等活动，严禁为赌博网站、网络赌场提供推广、支付结算服务。</p>
<p>${INDENT}（四）规范棋牌室经营行为，严禁以棋牌娱乐为名从事赌博活动；对网吧、歌舞娱乐场所、电子游艺场所开展拉网式排查。</p>
<p>${INDENT}（五）网络赌博：百家乐、老虎机、六合彩</p>
<p>${INDENT}六合彩是一种非法赌博活动，危害极大。</p>
<table><tr><th>案件类型</th><th>立案数</th></tr><tr><td>网络赌博</td><td>12</td></tr><tr><td>六合彩</td><td>3</td></tr><tr><td>百家乐</td><td>2</td></tr></table>
<p>${INDENT}二、工作要求</p>
<p>${INDENT}各部门要加强宣传，引导群众远离赌博，发现涉赌线索请拨打举报电话110或登录www.12377.cn举报。</p>
<p>法库县人民政府办公室</p><p>2022年4月20日</p>`,
);

export const LOTTERY_PAGE = page(
  '法库县2021年度体育彩票公益金使用情况公告',
  `<p>${INDENT}根据《彩票管理条例》《彩票管理条例实施细则》和《彩票公益金管理办法》有关规定，现将我县2021年度体育彩票公益金使用情况公告如下。</p>
<p>${INDENT}2021年，全县体育彩票销售1.2亿元，筹集体育彩票公益金3000万元；福利彩票公益金主要用于资助为老年人、残疾人、孤儿和困难群众服务的社会公益事业。</p>
<p>${INDENT}县体育彩票管理中心加强对体育彩票销售网点和投注站的监管，倡导理性购彩，禁止向未成年人销售彩票。双色球、大乐透、竞彩等游戏销售平稳。</p>
<ul><li><a href="https://www.sporttery.cn/">中国体育彩票</a></li><li><a href="http://www.cwl.gov.cn/">中国福利彩票</a></li><li><a href="/tyj/">县体育局</a></li></ul>
<p>${INDENT}特此公告。</p>`,
);

export const SAOHUANG_PAGE = page(
  '关于深入开展2022年“扫黄打非”进基层工作的通知',
  `<p>${INDENT}各镇、街道，县直各相关单位：</p>
<p>${INDENT}为深入推进“扫黄打非”进基层工作，净化社会文化环境，现就有关工作通知如下。</p>
<p>${INDENT}一、深入开展“净网”专项行动，坚决清理网上淫秽色情、低俗信息，严厉查处传播淫秽色情信息的网站和账号，打击利用直播平台、网络游戏传播色情低俗内容的行为。</p>
<p>${INDENT}二、加强对出版物市场、网吧、娱乐场所和桑拿洗浴场所的巡查，依法打击卖淫嫖娼、偷拍偷窥等违法犯罪活动。</p>
<p>${INDENT}三、切实保护未成年人，防范网络裸聊敲诈、网络色情对青少年的危害。</p>
<p>${INDENT}四、加强宣传引导，积极做爱心志愿者，倡导成熟女性和青少年远离不良信息；坚持做爱岗敬业的表率。</p>
<p>${INDENT}举报方式：“扫黄打非”举报电话12390，网站www.shdf.gov.cn。</p>`,
);

export const CITY_NEWS_PAGE = page(
  '我县召开政府网站信息内容建设工作会议',
  `<p>${INDENT}4月19日，县政府召开全县政府网站信息内容建设工作会议。会议指出，要学习北京、上海、广州、深圳、杭州等地先进经验，加快三农信息发布。</p>
<p>${INDENT}全国文明城市名单：南京市 杭州市 宁波市 厦门市 青岛市 深圳市 成都市 西安市</p>
<ul><li>沈阳</li><li>大连</li><li>鞍山</li><li>抚顺</li><li>本溪</li><li>丹东</li></ul>
<table><tr><td>北京</td><td>上海</td><td>广州</td><td>深圳</td><td>成都</td><td>武汉</td></tr></table>
<p>${INDENT}会议要求，各单位要在政务服务平台注册登录，及时更新信息；县融媒体中心负责在线访谈、视频直播的技术保障。太阳城小区、阳光花园小区的物业服务纳入考核。</p>
<p>${INDENT}会议以视频形式召开，县政府办公室主任主持。</p>`,
);

export const CLEAN_PAGES: Readonly<Record<string, string>> = {
  gamblingCrackdown: GAMBLING_CRACKDOWN_PAGE,
  lottery: LOTTERY_PAGE,
  saohuang: SAOHUANG_PAGE,
  cityNews: CITY_NEWS_PAGE,
};

/** Sentences of real notices that name spam keywords; each must come through untouched. */
export const LEGIT_SENTENCES: readonly string[] = [
  '为严厉打击跨境赌博和电信网络诈骗违法犯罪活动，县公安局开展专项行动。',
  '依法查处利用六合彩、时时彩、赌球、百家乐、老虎机等形式进行的赌博活动。',
  '六合彩、时时彩等私彩活动严重扰乱社会秩序，广大群众切勿参与。',
  '2021年度福利彩票公益金资助项目执行情况',
  '省体育彩票管理中心关于开展体育彩票销售网点规范化建设的通知',
  '关于公布全省第一批彩票销售场所名单的通知',
  '深入开展“扫黄打非”进基层工作，清理网上淫秽色情、低俗信息。',
  '坚决查处传播淫秽色情信息的网站和账号。',
  '对网吧、歌舞娱乐场所、电子游艺场所开展检查。',
  '规范棋牌室经营行为，严禁以棋牌娱乐为名从事赌博活动。',
  '公安机关破获一起利用境外网站组织网络赌博案，涉案赌资3000万元。',
  '严禁党员干部参与赌博、六合彩、地下六合彩等活动。',
  '关于严厉打击六合彩赌博违法犯罪活动的通告',
  '禁止未成年人进入网吧、游戏厅、棋牌室等场所。',
  '加快三农发展，推进乡村振兴。',
  '积极做爱心志愿者，争做爱岗敬业的表率。',
  '关爱成熟女性健康，开展两癌筛查。',
  '2010年上海申博成功，世博会举办。',
  '太阳城小区物业管理办法',
  '银行现金网点服务规范',
  '体育彩票公益金使用情况公告',
  '中国体育彩票 中国福利彩票',
  '政务服务平台注册登录指南',
  '下载中心 视频新闻 在线访谈 网上调查',
  '个性爱好与特色情怀：县文化馆开展绿色情怀摄影展',
  '举报网站：www.12377.cn 举报电话：12321',
  '竞彩、大乐透、双色球、11选5销售情况',
  '网络游戏防沉迷系统实名注册',
  '自然人可到办税服务厅代开发票，也可通过电子税务局代开增值税发票。',
  '代开发票',
  '新办企业营业执照、刻章办证一站式服务',
  '建立县、乡、村三级片长制，划分三级片区。',
  '各节目组时时彩排，确保演出顺利。',
  '金沙县人民政府关于加强金沙江流域生态保护的通知',
  '皇冠假日酒店承办全省旅游工作会议',
  '警惕“刷单返利”“网络贷款”“冒充客服”等常见诈骗手法，切勿点击来历不明的链接。',
  '依法惩戒非法出租、出售、收购银行卡和电话卡的违法人员。',
  '第一条 为规范政府网站管理，制定本办法。',
  '六合彩是一种非法赌博活动，危害极大。',
  '百家乐、老虎机等赌博机具一律依法收缴。',
  '福利彩票开奖信息请登录中彩网www.zhcw.com查询。',
  '报名咨询QQ群：123456789，联系人微信：zhangsan2020',
  '县文化市场综合执法大队对辖区内娱乐场所开展专项检查',
];
