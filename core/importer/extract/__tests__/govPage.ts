import type { PageBlock } from '../../pageBlock';
import { htmlBlock } from './textBlocks';

/*
 * A 政府信息公开 page as a block list, the way the HTML step hands it over: logo and menu,
 * breadcrumb, the metadata table, the title, a header line with counters and buttons, the
 * notice, a share bar, related links and the footer.
 */
const ARTICLE = 'body>div.main>div.article';
const rows: [string, string, string, [string, string][]?][] = [
  ['h1', 'body>div#header.top>div.logo', '广州市人民政府'],
  ['li', 'body>div#nav.menu>ul>li', '首页', [['/', '首页']]],
  ['li', 'body>div#nav.menu>ul>li', '政务公开', [['/zwgk/', '政务公开']]],
  ['li', 'body>div#nav.menu>ul>li', '政务服务', [['/zwfw/', '政务服务']]],
  ['div', 'body>div.main>div.position', '当前位置：首页 > 政府信息公开 > 政策文件'],
  ['td', `${ARTICLE}>table.xxgk>tbody>tr>td`, '索 引 号：'],
  ['td', `${ARTICLE}>table.xxgk>tbody>tr>td`, '007482771/2023-00123'],
  ['td', `${ARTICLE}>table.xxgk>tbody>tr>td`, '主题分类：'],
  ['td', `${ARTICLE}>table.xxgk>tbody>tr>td`, '综合政务\\通知'],
  ['td', `${ARTICLE}>table.xxgk>tbody>tr>td`, '发文机关：'],
  ['td', `${ARTICLE}>table.xxgk>tbody>tr>td`, '广州市人民政府办公厅'],
  ['td', `${ARTICLE}>table.xxgk>tbody>tr>td`, '成文日期：'],
  ['td', `${ARTICLE}>table.xxgk>tbody>tr>td`, '2023年03月15日'],
  ['td', `${ARTICLE}>table.xxgk>tbody>tr>td`, '文　　号：'],
  ['td', `${ARTICLE}>table.xxgk>tbody>tr>td`, '穗府办〔2023〕5号'],
  ['td', `${ARTICLE}>table.xxgk>tbody>tr>td`, '发布日期：'],
  ['td', `${ARTICLE}>table.xxgk>tbody>tr>td`, '2023-03-20 10:30:15'],
  ['h1', `${ARTICLE}>h1.title`, '广州市人民政府办公厅关于印发广州市政府网站管理办法的通知'],
  [
    'div',
    `${ARTICLE}>div.info`,
    '发布时间：2023-03-20 来源：本网 浏览次数：[ 123 ] 字号：【大 中 小】 【打印】【关闭】',
  ],
  ['p', `${ARTICLE}>div.content>p`, '各区人民政府，市政府各部门、各直属机构：'],
  [
    'p',
    `${ARTICLE}>div.content>p`,
    '《广州市政府网站管理办法》已经市人民政府同意，现印发给你们，请认真贯彻执行。执行中遇到的问题，请径向市政务服务数据管理局反映。',
  ],
  [
    'div',
    `${ARTICLE}>div.content>div.share-box`,
    '分享到：微信 微博',
    [
      ['#', '微信'],
      ['#', '微博'],
    ],
  ],
  [
    'p',
    `${ARTICLE}>div.content>p`,
    '各单位网站要设置无障碍浏览、分享到微信等功能，在页脚标注网站标识码和ICP备案编号，并按照《国务院办公厅关于加强政府网站信息内容建设的意见》（国办发〔2014〕57号）要求做好内容保障。',
  ],
  [
    'p',
    `${ARTICLE}>div.content>p`,
    '附件：广州市政府网站管理办法',
    [['/att/banfa.pdf', '广州市政府网站管理办法']],
  ],
  ['p', `${ARTICLE}>div.content>p`, '广州市人民政府办公厅'],
  ['p', `${ARTICLE}>div.content>p`, '2023年3月15日'],
  ['p', `${ARTICLE}>div.content>p`, '（此件公开发布）'],
  ['div', `${ARTICLE}>div.bdsharebuttonbox`, '分享到：', [['#', '']]],
  ['div', `${ARTICLE}>div.related>h3`, '相关链接'],
  [
    'li',
    `${ARTICLE}>div.related>ul>li`,
    '广州市人民政府办公厅关于开展政府网站普查的通知',
    [['/a.html', '广州市人民政府办公厅关于开展政府网站普查的通知']],
  ],
  [
    'li',
    `${ARTICLE}>div.related>ul>li`,
    '政府网站管理办法政策解读',
    [['/b.html', '政府网站管理办法政策解读']],
  ],
  ['p', 'body>div#footer.footer>p', '主办：广州市人民政府办公厅 承办：广州市政务服务数据管理局'],
  ['p', 'body>div#footer.footer>p', '粤ICP备12345678号 粤公网安备 44010402001234号'],
  ['p', 'body>div#footer.footer>p', '网站标识码：4401000001'],
];

export function govPageBlocks(): PageBlock[] {
  return rows.map(([tag, path, text, links], index) => htmlBlock(index, tag, path, text, links));
}
