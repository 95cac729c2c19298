import { removeChrome } from '../removeChrome';
import { extractMetadata } from '../extractMetadata';
import { govPageBlocks } from './govPage';
import { htmlBlock, textToTestBlocks } from './textBlocks';

describe('removeChrome on an HTML 政府信息公开 page', () => {
  const blocks = govPageBlocks();
  const result = removeChrome(blocks);
  const kept = new Map(result.content.map((b) => [b.index, b.text]));

  it('removes logo, menu, breadcrumb, share bars, related links and footer', () => {
    expect(result.removals.map((r) => [r.blockIndex, r.reason])).toEqual([
      [0, 'SITE_HEADER'],
      [1, 'NAVIGATION'],
      [2, 'NAVIGATION'],
      [3, 'NAVIGATION'],
      [4, 'BREADCRUMB'],
      [18, 'VISIT_COUNTER'],
      [21, 'SHARE_BAR'],
      [27, 'SHARE_BAR'],
      [28, 'RELATED_ARTICLES'],
      [29, 'RELATED_ARTICLES'],
      [30, 'RELATED_ARTICLES'],
      [31, 'FOOTER'],
      [32, 'ICP_FILING'],
      [33, 'SITE_CODE'],
    ]);
  });

  it('cuts counters and buttons out of the header line and keeps its metadata', () => {
    expect(kept.get(18)).toBe('发布时间：2023-03-20 来源：本网');
    expect(result.removals.find((r) => r.blockIndex === 18)?.text).toBe(
      '浏览次数：[ 123 ] 字号：【大 中 小】 【打印】【关闭】',
    );
  });

  it('keeps the metadata table, title, body, attachment, signature and 附注', () => {
    for (let i = 5; i <= 26; i++) {
      if (i === 18 || i === 21) continue;
      expect(kept.get(i)).toBe(blocks[i].text);
    }
  });

  it('keeps a paragraph that talks about chrome (无障碍浏览, 分享到, 网站标识码, ICP)', () => {
    expect(kept.get(22)).toBe(blocks[22].text);
  });

  it('reads the site code and filings', () => {
    expect(result.siteCode).toBe('4401000001');
    expect(result.filings).toEqual({
      icp: '粤ICP备12345678号',
      police: '粤公网安备 44010402001234号',
    });
  });
});

describe('removeChrome position rules', () => {
  it('without a title keeps every line that matches no chrome phrase', () => {
    const blocks = textToTestBlocks(
      [
        '设为首页 加入收藏',
        'No.2023-15',
        '各乡镇人民政府,县直各单位:',
        '  现将有关事项通知如下。',
      ].join('\n'),
    );
    const result = removeChrome(blocks);
    expect(result.removals.map((r) => r.text)).toEqual(['设为首页 加入收藏']);
    expect(result.content.map((b) => b.text)).toContain('No.2023-15');
  });

  it('keeps a document-shaped line above the title it found, in case that title is wrong', () => {
    const blocks = [
      htmlBlock(0, 'h1', 'body>div.header>div.logo', '某县人民政府'),
      htmlBlock(1, 'div', 'body>div.main>div.bt', '某县2023年政务公开工作要点'),
      htmlBlock(2, 'h2', 'body>div.main>h2', '第一部分 总体安排'),
      htmlBlock(
        3,
        'p',
        'body>div.main>p',
        '坚持以人民为中心，全面推进决策、执行、管理、服务、结果公开。',
      ),
    ];
    const result = removeChrome(blocks);
    expect(result.removals.map((r) => [r.blockIndex, r.reason])).toEqual([[0, 'SITE_HEADER']]);
  });

  it('keeps the last short line of a notice and removes a related list between chrome', () => {
    const blocks = textToTestBlocks(
      [
        '关于做好防汛工作的通知',
        '各乡镇人民政府:',
        '  请各单位做好值班值守工作。',
        '  特此通知',
        '相关文章',
        '关于做好2022年防汛工作的通知',
        '关于做好2021年防汛工作的通知',
        '版权所有:某县人民政府',
      ].join('\n'),
    );
    const result = removeChrome(blocks);
    expect(result.removals.map((r) => [r.blockIndex, r.reason])).toEqual([
      [4, 'RELATED_ARTICLES'],
      [5, 'RELATED_ARTICLES'],
      [6, 'RELATED_ARTICLES'],
      [7, 'FOOTER'],
    ]);
    expect(result.content.map((b) => b.text)).toContain('特此通知');
  });

  it('leaves chrome-like lines in the middle of a plain-text notice alone', () => {
    const blocks = textToTestBlocks(
      [
        '关于优化政府网站功能的通知',
        '各部门:',
        '  一、增加以下栏目',
        '  分享到微信',
        '  网站地图',
        '  二、请于月底前完成。',
        '某县人民政府办公室',
        '2023年5月6日',
      ].join('\n'),
    );
    expect(removeChrome(blocks).removals).toEqual([]);
  });

  it('removes a block in a nav container inside the notice only when it looks like chrome', () => {
    const article = 'body>div.article';
    const blocks = [
      htmlBlock(0, 'h1', `${article}>h1`, '关于做好网站普查工作的通知'),
      htmlBlock(1, 'p', `${article}>p`, '各单位:'),
      htmlBlock(2, 'p', `${article}>div.article-nav>p`, '上一篇：关于开展网站普查的通知'),
      htmlBlock(3, 'p', `${article}>div.article-nav>p`, '请按要求认真开展网站普查工作。'),
      htmlBlock(4, 'p', `${article}>p`, '某县人民政府办公室'),
      htmlBlock(5, 'p', `${article}>p`, '2023年5月6日'),
    ];
    const result = removeChrome(blocks);
    expect(result.removals.map((r) => [r.blockIndex, r.reason])).toEqual([[2, 'RELATED_ARTICLES']]);
  });
});

describe('removeChrome footers', () => {
  it('takes footer lines that read like sentences or like organisation names', () => {
    const blocks = textToTestBlocks(
      [
        '关于做好防汛工作的通知',
        '各乡镇人民政府:',
        '  请各单位做好值班值守工作。',
        '某县人民政府办公室',
        '2023年6月1日',
        '某县人民政府办公室主办 某县融媒体中心承办',
        '为确保最佳浏览效果,建议您使用IE9以上版本浏览器。',
      ].join('\n'),
    );
    expect(removeChrome(blocks).removals.map((r) => [r.blockIndex, r.reason])).toEqual([
      [5, 'FOOTER'],
      [6, 'FOOTER'],
    ]);
  });
});

describe('removeChrome on notices about websites', () => {
  it('keeps numbered headings and lines under the title that mention chrome words', () => {
    const lines = [
      '关于优化政府网站功能的通知',
      '网站地图与站内导航优化说明',
      '一、无障碍浏览',
      '  各单位要提供无障碍浏览服务。',
      '二、网站地图',
      '  各单位要更新网站地图。',
    ];
    const result = removeChrome(textToTestBlocks(lines.join('\n')));
    expect(result.removals).toEqual([]);
    expect(result.content.map((b) => b.text)).toEqual(lines.map((l) => l.trim()));
  });
});

describe('removeChrome on a notice titled with chrome words', () => {
  it('keeps the title and finds it as the title', () => {
    const lines = [
      '设为首页',
      '关于加强政府网站无障碍建设的通知',
      '分享到:微信',
      '各乡镇人民政府:',
      '  请按要求完成无障碍改造。',
    ];
    const result = removeChrome(textToTestBlocks(lines.join('\n')));
    expect(result.removals.map((r) => r.text)).toEqual(['设为首页', '分享到:微信']);
    expect(extractMetadata(result.content).title?.value).toBe('关于加强政府网站无障碍建设的通知');
  });

  it('keeps a chrome-worded line under the title in the body', () => {
    const blocks = textToTestBlocks(
      ['关于优化政府网站功能的通知', '网站地图与站内导航优化说明', '  请各单位于月底前完成。'].join(
        '\n',
      ),
    );
    const { content } = removeChrome(blocks);
    expect(extractMetadata(content).body.paragraphs).toEqual([
      '网站地图与站内导航优化说明',
      '请各单位于月底前完成。',
    ]);
  });
});

describe('removeChrome before a footer', () => {
  it('keeps the rows of an attachment table that lists addresses and phone numbers', () => {
    const lines = [
      '关于公布政务服务热线的通知',
      '各乡镇人民政府:',
      '  现将各单位服务热线公布如下。',
      '某县人民政府办公室',
      '2023年6月1日',
      '附件:各单位服务热线',
      '县发改局 地址:县政府路1号 电话:0411-1234567',
      '县财政局 地址:县政府路2号 电话:0411-7654321',
      '网站地图',
      '县教育局 地址:学府路3号 电话:0411-1111111',
      '关于我们 | 网站声明',
      '地址:县政府路1号 邮编:116000 电话:0411-1234567',
      '版权所有:某县人民政府',
    ];
    const result = removeChrome(textToTestBlocks(lines.join('\n')));
    expect(result.removals.map((r) => r.text)).toEqual(lines.slice(10));
  });
});

describe('removeChrome on a data table that ends the notice', () => {
  it('keeps the rows (numbers, 序号) and removes the menu and footer around them', () => {
    const blocks = textToTestBlocks(
      [
        '首页 | 政务公开 | 政务服务 | 互动交流 | 专题专栏',
        '四川省人民政府办公厅关于优化税收营商环境的通知',
        '',
        '各市（州）人民政府：',
        '税收营商环境优化工作任务情况如下：',
        '序号 |地区 |目标任务 |完成率',
        '1 |宜宾 |30个 |65%',
        '2 |德阳 |220个 |80%',
        '',
        '关于我们 | 网站声明 | 网站地图',
        '主办:四川省人民政府 承办:四川省人民政府办公厅',
      ].join('\n'),
    );
    const result = removeChrome(blocks);
    const kept = result.content.map((b) => b.text);
    expect(kept).toEqual(
      expect.arrayContaining([
        '序号 |地区 |目标任务 |完成率',
        '1 |宜宾 |30个 |65%',
        '2 |德阳 |220个 |80%',
      ]),
    );
    expect(kept).not.toContain('首页 | 政务公开 | 政务服务 | 互动交流 | 专题专栏');
    expect(kept).not.toContain('关于我们 | 网站声明 | 网站地图');
  });
});
