import { extractMetadata } from '../extractMetadata';
import { removeChrome } from '../removeChrome';
import { fixtureBlocks } from './textBlocks';

function extract(file: string): ReturnType<typeof extractMetadata> {
  const { content, removals } = removeChrome(fixtureBlocks(file));
  return extractMetadata(content, { chromeRemovals: removals });
}

describe('extractMetadata on the Anshan page (traditional, no title on the page)', () => {
  const notice = extract('anshan-city-2015-0605.txt');

  it('reads issuer and 成文日期 from the signature, in the traditional script', () => {
    expect(notice.title).toBeNull();
    expect(notice.issuer).toEqual({
      value: '鞍山市人民政府辦公廳',
      source: { from: 'signature', blockIndex: 30, confidence: 0.9 },
    });
    expect(notice.signedAt).toEqual({
      value: '2015-06-05',
      source: { from: 'signature', blockIndex: 31, confidence: 0.9 },
    });
    expect(notice.publishedAt).toBeNull();
    expect(notice.docNumber).toBeNull();
    expect(notice.kind.value).toBe('POLICY');
  });

  it('keeps the body from the salutation to the 附注, the signature in place', () => {
    const { paragraphs } = notice.body;
    expect(paragraphs).toHaveLength(33);
    expect(paragraphs[0]).toBe('各縣(市)區人民政府,各開發區管委會,市政府各部門,各有關單位:');
    expect(paragraphs[1].startsWith('為進一步做好全市政府網站信息內容建設工作')).toBe(true);
    expect(paragraphs[2]).toBe('一、完善政府網站建設管理體系');
    expect(paragraphs[29]).toBe(
      '各縣(市)區政府、各開發區管委會、市政府各部門、各有關單位要按照本實施意見的要求,認真抓好落實,并將落實情況及工作方案于2015年7月15日前報市政府辦公廳。',
    );
    expect(paragraphs.slice(30)).toEqual([
      '鞍山市人民政府辦公廳',
      '2015年6月5日',
      '(此件公開發布)',
    ]);
    expect(notice.body.blockIndexes[0]).toBe(0);
    expect(notice.body.blockIndexes.slice(29)).toEqual([29, 30, 31, 32]);
  });

  it('lists the cited documents with their 文号, as printed', () => {
    expect(notice.citations).toEqual([
      {
        title: '遼寧省人民政府辦公廳關于加強政府網站信息內容建設管理的實施意見',
        docNumber: '遼政辦發〔2015〕13號',
      },
      {
        title: '遼寧省人民政府辦公廳關于開展第一次全省政府網站普查的通知',
        docNumber: '遼政辦明電〔2015〕20號',
      },
      { title: '鞍山市政府網站管理辦法', docNumber: null },
      {
        title:
          '鞍山市人民政府辦公廳關于貫徹落實遼寧省人民政府辦公廳2015年政府信息公開工作要點的實施意見',
        docNumber: '鞍政辦發〔2015〕54號',
      },
      { title: '行政審批事項清單', docNumber: null },
      { title: '行政權力清單', docNumber: null },
    ]);
  });

  it('takes no 文号 from the ones the body cites, and says what is missing', () => {
    expect(notice.warnings).toEqual(['no title found', 'no 文号 found', 'no 发布日期 found']);
  });
});

describe('extractMetadata on the Faku page', () => {
  const notice = extract('faku-county-2022-0421.txt');

  it('reads title, issuer and both dates', () => {
    expect(notice.title).toEqual({
      value: '法库县政府办公室关于加强政府重大政策信息内容建设的意见',
      source: { from: 'title', blockIndex: 7, confidence: 0.85 },
    });
    expect(notice.issuer?.value).toBe('法库县人民政府办公室');
    expect(notice.issuer?.source.from).toBe('signature');
    expect(notice.signedAt?.value).toBe('2020-04-17');
    expect(notice.publishedAt).toEqual({
      value: '2022-04-21',
      source: { from: 'header', blockIndex: 8, confidence: 1 },
    });
    expect(notice.kind.value).toBe('POLICY');
    expect(notice.citations).toEqual([]);
  });

  it('keeps the body from the line under the header through the signature', () => {
    const { paragraphs } = notice.body;
    expect(paragraphs).toHaveLength(22);
    expect(paragraphs[0]).toBe('各镇政府(街道办事处),县政府各部门:');
    expect(paragraphs[1]).toBe(
      '政府重大政策信息内容建设是密切联系人民群众的重要桥梁,也是信息公开、回应关切、提供服务的重要载体。为进一步加强政府重大政策信息发布、解读、回应工作,经区政府同意,现提出以下意见:',
    );
    expect(paragraphs[19]).toBe(
      '(十)加强业务培训。要引导各级政府领导干部通过政府网站解读重大政策,回应社会关切每年要举办培训班或交流研讨会,对政府网站分管负责人和工作人员进行培训,切实提高政府办网和管网水平。',
    );
    expect(paragraphs.slice(20)).toEqual(['法库县人民政府办公室', '2020年4月17日']);
    expect(paragraphs.some((p) => p.startsWith('发布日期'))).toBe(false);
  });

  it('records the two-year gap between signing and publishing as a warning, not an error', () => {
    expect(notice.warnings).toEqual([
      'no 文号 found',
      '发布日期 2022-04-21 is 734 days after 成文日期 2020-04-17',
    ]);
  });
});

describe('extractMetadata on the Xunwu page', () => {
  const notice = extract('xunwu-county-2020-0228.txt');

  it('strips the column prefix off the title and keeps it as a topic', () => {
    expect(notice.title?.value).toBe('寻乌县政府办关于规范全县政务公开相关工作的通知');
    expect(notice.category).toEqual({
      value: '政务公开制度',
      source: { from: 'title', blockIndex: 2, confidence: 0.6 },
    });
    expect(notice.topics.map((t) => [t.value, t.source.from])).toEqual([
      ['政务公开制度', 'title'],
      ['政务公开监督保障', 'breadcrumb'],
    ]);
  });

  it('takes the date under the body as 成文日期 and, with no signature, the issuer from the title', () => {
    expect(notice.signedAt).toEqual({
      value: '2020-02-28',
      source: { from: 'signature', blockIndex: 40, confidence: 0.9 },
    });
    expect(notice.issuer).toEqual({
      value: '寻乌县政府办',
      source: { from: 'title', blockIndex: 2, confidence: 0.4 },
    });
    expect(notice.publishedAt).toBeNull();
    expect(notice.kind.value).toBe('POLICY');
  });

  it('keeps the body from the salutation through the date under it', () => {
    const { paragraphs } = notice.body;
    expect(paragraphs).toHaveLength(37);
    expect(paragraphs[0]).toBe('各乡(镇)人民政府,县政府各部门,县属、驻县各单位:');
    expect(paragraphs[35]).toBe(
      ')严肃责任追究。各乡(镇)、各部门、各单位主要负责人要对政务信息发布工作担负起政治责任,严格落实政务信息发布主体责任,按照“先审查、后公开”和“三审原则,加强信息发布工作的审核把关。凡不主动公开应当公开政府信息,不依法公开依申请公开政府信息,转载发布未经官方证实的政务信息,对于公开内容严重失实、群众对公开内容有疑问而又解释不清,发现扰乱社会管理秩序的虚假或者不完整信息未能在其职责范围内发布准确的政府信息予以澄清,及不按规定、不按程序审核发布信息,造成不良后果的,将严肃追责问责。',
    );
    expect(paragraphs[36]).toBe('2020年2月28日');
    expect(notice.body.blockIndexes[36]).toBe(40);
  });

  it('lists citations once each, nested 〈〉 kept, without taking a cited 文号 as its own', () => {
    expect(notice.citations).toEqual([
      { title: '中华人民共和国政府信息公开条例', docNumber: null },
      {
        title: '国务院办公厅印发〈关于全面推进政务公开工作的意见〉实施细则的通知',
        docNumber: '国办发〔2016〕80号',
      },
      { title: '关于进一步加强政务新媒体建设管理的通知', docNumber: '寻府办电〔2019〕54号' },
      {
        title:
          '江西省人民政府办公厅关于做好省“五型”政府建设扩大社会参与加强社会监督平台意见建议办理工作的通知',
        docNumber: '赣府厅函〔2019〕6号',
      },
    ]);
    expect(notice.docNumber).toBeNull();
    expect(notice.warnings).toEqual(['no 文号 found', 'no 发布日期 found']);
  });
});
