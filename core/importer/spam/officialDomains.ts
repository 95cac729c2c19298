/*
 * Registrable domains outside gov.cn that government sites link to in bulk: central state
 * media, Party and mass organisations, the national reporting centres, and the platforms that
 * host government accounts. A footer listing 人民网 新华网 央视网 … is a link list, not a link farm.
 */
export const OFFICIAL_DOMAINS: ReadonlySet<string> = new Set([
  'people.com.cn', 'people.cn', 'xinhuanet.com', 'news.cn', 'cctv.com', 'cctv.cn', 'cntv.cn',
  'china.com.cn', 'china.org.cn', 'chinanews.com', 'chinanews.com.cn', 'gmw.cn', 'youth.cn',
  'cyol.com', 'ce.cn', 'cnr.cn', 'cri.cn', 'chinadaily.com.cn', 'qstheory.cn', '12371.cn',
  'wenming.cn', 'xuexi.cn', '12377.cn', '12321.cn', 'cyberpolice.cn', '12315.cn', 'chinacourt.org',
  'rmzxb.com.cn', 'workercn.cn', 'dangjian.cn', 'dangjian.com', 'legaldaily.com.cn', 'chsi.com.cn',
  'cnki.net', 'cnnic.cn', 'sporttery.cn', 'zhcw.com',
  'weibo.com', 'weibo.cn', 'qq.com', 'toutiao.com', 'douyin.com',
]); // prettier-ignore

/** Public suffixes only public bodies can register under (CNNIC rules), and Chinese government TLDs. */
export const INSTITUTIONAL_SUFFIXES: ReadonlySet<string> = new Set([
  'org.cn', 'edu.cn', 'ac.cn', 'mil.cn', '政务', '公益', 'xn--zfr164b', 'xn--55qw42g', 'gov.hk',
  'gov.mo', 'gov.tw', 'edu', 'gov', 'mil', 'int',
]); // prettier-ignore

/** Top-level domains that cheap throwaway spam sites favour. */
export const SPAM_TLDS: ReadonlySet<string> = new Set([
  'cc', 'top', 'xyz', 'vip', 'bet', 'win', 'club', 'site', 'online', 'live', 'fun', 'icu', 'buzz',
  'tk', 'ml', 'ga', 'cf', 'gq', 'work', 'loan', 'cyou', 'sbs', 'pw', 'ws', 'bid', 'casino',
  'poker', 'games', 'lol', 'vin', 'ink', 'wang', 'ren',
]); // prettier-ignore
