import { extractMetadata } from '../extractMetadata';
import { removeChrome } from '../removeChrome';
import { govPageBlocks } from './govPage';
import { htmlBlock, textToTestBlocks } from './textBlocks';

describe('extractMetadata with a labelled metadata table (政府信息公开 page)', () => {
  const { content, removals } = removeChrome(govPageBlocks());
  const notice = extractMetadata(content, { chromeRemovals: removals });

  it('reads every labelled field with full confidence', () => {
    expect(notice.indexNumber).toEqual({
      value: '007482771/2023-00123',
      source: { from: 'metadata-table', blockIndex: 6, confidence: 1 },
    });
    expect(notice.docNumber?.value.normalized).toBe('穗府办〔2023〕5号');
    expect(notice.docNumber?.source).toEqual({
      from: 'metadata-table',
      blockIndex: 14,
      confidence: 1,
    });
    expect(notice.issuer).toEqual({
      value: '广州市人民政府办公厅',
      source: { from: 'metadata-table', blockIndex: 10, confidence: 1 },
    });
    expect(notice.signedAt?.value).toBe('2023-03-15');
    expect(notice.publishedAt).toEqual({
      value: '2023-03-20T10:30:15+08:00',
      source: { from: 'metadata-table', blockIndex: 16, confidence: 1 },
    });
    expect(notice.category?.value).toBe('综合政务');
    expect(notice.topics.map((t) => t.value)).toEqual(['综合政务', '通知', '政策文件']);
  });

  it('takes the heading as title and the notice as body with its signature, without table or header', () => {
    expect(notice.title).toEqual({
      value: '广州市人民政府办公厅关于印发广州市政府网站管理办法的通知',
      source: { from: 'title', blockIndex: 17, confidence: 0.9 },
    });
    expect(notice.body.paragraphs).toEqual([
      '各区人民政府，市政府各部门、各直属机构：',
      '《广州市政府网站管理办法》已经市人民政府同意，现印发给你们，请认真贯彻执行。执行中遇到的问题，请径向市政务服务数据管理局反映。',
      '各单位网站要设置无障碍浏览、分享到微信等功能，在页脚标注网站标识码和ICP备案编号，并按照《国务院办公厅关于加强政府网站信息内容建设的意见》（国办发〔2014〕57号）要求做好内容保障。',
      '附件：广州市政府网站管理办法',
      '广州市人民政府办公厅',
      '2023年3月15日',
      '（此件公开发布）',
    ]);
    expect(notice.body.blockIndexes).toEqual([19, 20, 22, 23, 24, 25, 26]);
  });

  it('lists citations, and keeps the labelled 文号 rather than the cited one', () => {
    expect(notice.citations).toEqual([
      { title: '广州市政府网站管理办法', docNumber: null },
      { title: '国务院办公厅关于加强政府网站信息内容建设的意见', docNumber: '国办发〔2014〕57号' },
    ]);
    expect(notice.kind).toEqual({
      value: 'POLICY',
      source: { from: 'docNumber', blockIndex: 14, confidence: 0.8 },
    });
    expect(notice.warnings).toEqual([]);
  });
});

describe('extractMetadata on other page shapes', () => {
  it('reads dates written in Chinese numerals and a 文号 line under the title', () => {
    const notice = extractMetadata(
      textToTestBlocks(
        [
          '某县人民政府关于做好二〇一六年春节期间安全生产工作的通知',
          '某政发〔2016〕3号',
          '发布时间:2016年01月21日 09:05',
          '',
          '各乡镇人民政府,县政府各部门:',
          '  春节将至,现就做好安全生产工作通知如下。',
          '  一、落实安全生产责任。',
          '某县人民政府',
          '二〇一六年一月二十日',
        ].join('\n'),
      ),
    );
    expect(notice.title?.value).toBe('某县人民政府关于做好二〇一六年春节期间安全生产工作的通知');
    expect(notice.docNumber?.value.normalized).toBe('某政发〔2016〕3号');
    expect(notice.docNumber?.source).toEqual({ from: 'header', blockIndex: 1, confidence: 0.9 });
    expect(notice.signedAt?.value).toBe('2016-01-20');
    expect(notice.publishedAt?.value).toBe('2016-01-21T09:05:00+08:00');
    expect(notice.issuer?.value).toBe('某县人民政府');
    expect(notice.body.paragraphs).toEqual([
      '各乡镇人民政府,县政府各部门:',
      '春节将至,现就做好安全生产工作通知如下。',
      '一、落实安全生产责任。',
      '某县人民政府',
      '二〇一六年一月二十日',
    ]);
    expect(notice.warnings).toEqual([]);
  });

  it('classifies a 解读 as INTERPRETATION and takes the issuer from 来源', () => {
    const notice = extractMetadata(
      textToTestBlocks(
        [
          '【政策解读】《法库县政府网站管理办法》解读',
          '发布日期:2022-05-06 来源:法库县政务服务中心',
          '  一、出台背景',
          '  为规范政府网站管理,依据《政府网站发展指引》,制定了《法库县政府网站管理办法》(法政办发〔2022〕12号)。',
        ].join('\n'),
      ),
    );
    expect(notice.title?.value).toBe('《法库县政府网站管理办法》解读');
    expect(notice.kind).toEqual({
      value: 'INTERPRETATION',
      source: { from: 'title', blockIndex: 0, confidence: 0.8 },
    });
    expect(notice.category?.value).toBe('政策解读');
    expect(notice.issuer).toEqual({
      value: '法库县政务服务中心',
      source: { from: 'header', blockIndex: 1, confidence: 0.6 },
    });
    expect(notice.docNumber).toBeNull();
    expect(notice.signedAt).toBeNull();
    expect(notice.citations).toEqual([
      { title: '法库县政府网站管理办法', docNumber: '法政办发〔2022〕12号' },
      { title: '政府网站发展指引', docNumber: null },
    ]);
    expect(notice.body.paragraphs[0]).toBe('一、出台背景');
  });

  it('matches traditional labels and returns values as printed', () => {
    const notice = extractMetadata(
      textToTestBlocks(
        [
          '鞍山市人民政府辦公廳關於加強政府網站建設的通知',
          '索引號:006939748/2015-00974 發文機關:鞍山市人民政府辦公廳',
          '文號:鞍政辦發〔2015〕54號 發布日期:2015年06月08日 來源:市政府辦公廳',
          '各縣(市)區人民政府,市政府各部門:',
          '  現將有關事項通知如下。',
        ].join('\n'),
      ),
    );
    expect(notice.indexNumber?.value).toBe('006939748/2015-00974');
    expect(notice.issuer?.value).toBe('鞍山市人民政府辦公廳');
    expect(notice.docNumber?.value.raw).toBe('鞍政辦發〔2015〕54號');
    expect(notice.publishedAt?.value).toBe('2015-06-08');
    expect(notice.body.paragraphs).toEqual([
      '各縣(市)區人民政府,市政府各部門:',
      '現將有關事項通知如下。',
    ]);
  });

  it('takes a 文号 framing the title, not one the title forwards', () => {
    const own = extractMetadata(
      textToTestBlocks(
        '某县人民政府关于印发某县网站管理办法的通知(某政发〔2023〕7号)\n各部门:\n  现印发给你们。',
      ),
    );
    expect(own.docNumber?.value.normalized).toBe('某政发〔2023〕7号');
    expect(own.docNumber?.source.from).toBe('title');
    const forwarded = extractMetadata(
      textToTestBlocks('关于转发国办发〔2013〕100号文件的通知\n各部门:\n  现转发给你们。'),
    );
    expect(forwarded.docNumber).toBeNull();
  });

  it('falls back to page hints for title, source and dates', () => {
    const blocks = textToTestBlocks('各部门:\n  请按要求报送材料。');
    const fromMeta = extractMetadata(blocks, {
      metaTags: {
        ArticleTitle: '关于报送材料的通知',
        pubdate: '2023-06-01 08:00',
        ContentSource: '某县财政局',
      },
    });
    expect(fromMeta.title).toEqual({
      value: '关于报送材料的通知',
      source: { from: 'meta-tag', blockIndex: null, confidence: 0.7 },
    });
    expect(fromMeta.publishedAt?.value).toBe('2023-06-01T08:00:00+08:00');
    expect(fromMeta.issuer?.value).toBe('某县财政局');

    const fromPage = extractMetadata(blocks, {
      htmlTitle: '关于报送材料的通知 - 某县人民政府',
      sourceUrl: 'http://www.example.gov.cn/zwgk/202306/t20230602_123.html',
    });
    expect(fromPage.title?.value).toBe('关于报送材料的通知');
    expect(fromPage.title?.source.from).toBe('html-title');
    expect(fromPage.publishedAt).toEqual({
      value: '2023-06-02',
      source: { from: 'url', blockIndex: null, confidence: 0.3 },
    });
  });

  it('joins HTML lines that continue a paragraph with a line break', () => {
    const lines = [
      htmlBlock(0, 'h1', 'body>h1', '关于公布第一批名单的通知'),
      htmlBlock(1, 'p', 'body>p', '各单位:'),
      htmlBlock(2, 'p', 'body>p', '名单如下:'),
      { ...htmlBlock(3, 'p', 'body>p', '1.某某公司'), paragraphStart: false },
      { ...htmlBlock(4, 'p', 'body>p', '2.某某中心'), paragraphStart: false },
    ];
    expect(extractMetadata(lines).body.paragraphs).toEqual([
      '各单位:',
      '名单如下:\n1.某某公司\n2.某某中心',
    ]);
  });

  it('warns when the 成文日期 is after the 发布日期', () => {
    const notice = extractMetadata(
      textToTestBlocks(
        [
          '关于某事项的通知',
          '发布日期:2023-01-05',
          '各部门:',
          '  请遵照执行。',
          '某县人民政府办公室',
          '2023年2月1日',
        ].join('\n'),
      ),
    );
    expect(notice.warnings).toEqual([
      'no 文号 found',
      '成文日期 2023-02-01 is later than 发布日期 2023-01-05',
    ]);
  });
});
