import { checkNoticeSpam } from '../checkNoticeSpam';
import { findSpamInText } from '../findSpamInText';

const BODY =
  '<p>各镇人民政府，县政府各部门：</p><p>为进一步加强政府网站信息内容建设，现提出以下意见。</p>';

describe('checkNoticeSpam', () => {
  it('passes a clean notice, including one about fighting gambling', () => {
    expect(
      checkNoticeSpam({ title: '关于加强政府网站信息内容建设的意见', bodyHtml: BODY }),
    ).toEqual({ clean: true, hits: [] });
    expect(
      checkNoticeSpam({
        title: '关于开展打击治理跨境赌博专项行动的通知',
        bodyHtml: '<p>依法查处利用六合彩、时时彩、百家乐、老虎机等形式进行的赌博活动。</p>',
      }),
    ).toEqual({ clean: true, hits: [] });
  });

  it('refuses a spam title', () => {
    expect(checkNoticeSpam({ title: '百家乐_太阳城_澳门新葡京官网', bodyHtml: BODY })).toEqual({
      clean: false,
      hits: [{ reason: 'GAMBLING_KEYWORDS', text: '百家乐_太阳城_澳门新葡京官网' }],
    });
  });

  it('refuses a body with hidden spam links or a glued spam tail', () => {
    const hidden = checkNoticeSpam({
      title: '关于加强政府网站信息内容建设的意见',
      bodyHtml: `${BODY}<div style="display:none"><a href="http://www.xpj.cc/">新葡京</a></div>`,
    });
    expect(hidden).toEqual({ clean: false, hits: [{ reason: 'HIDDEN_LINKS', text: '新葡京' }] });
    const tail = checkNoticeSpam({
      title: '关于加强政府网站信息内容建设的意见',
      bodyHtml: `${BODY}<p>特此通知。成人视频 AV女优 无码高清</p>`,
    });
    expect(tail.clean).toBe(false);
    expect(tail.hits).toEqual([{ reason: 'SPAM_TAIL', text: '成人视频 AV女优 无码高清' }]);
  });

  it('does not count a hidden block of the site own links as spam', () => {
    const check = checkNoticeSpam({
      title: '通知',
      bodyHtml: `${BODY}<ul hidden><li><a href="/zwgk/">政务公开</a></li></ul>`,
      siteDomains: ['faku.gov.cn'],
    });
    expect(check).toEqual({ clean: true, hits: [] });
  });
});

describe('findSpamInText', () => {
  it('finds keyword runs and spider-pool lists in one line', () => {
    expect(findSpamInText('北京|上海|广州|深圳|杭州|南京|成都')).toEqual([
      { reason: 'PLACE_NAME_LIST', text: '北京|上海|广州|深圳|杭州|南京|成都' },
    ]);
    expect(findSpamInText('关于加强管理的通知_澳门新葡京_百家乐_太阳城')).toEqual([
      { reason: 'GAMBLING_KEYWORDS', text: '澳门新葡京_百家乐_太阳城' },
    ]);
    expect(findSpamInText('')).toEqual([]);
  });
});
