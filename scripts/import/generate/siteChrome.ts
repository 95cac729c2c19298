import type { Random } from '../../seed/random';
import type { DayDate } from './dayDates';
import type { ComposedNotice } from './noticeTypes';
import { officePhone } from './phraseContext';
import type { Region } from './regions';
import { parentOf, provinceOf, REGIONS } from './regions';
import { SUBJECTS } from './subjects';

export interface ChromeLink {
  text: string;
  href: string;
}

/** Everything around a notice on its page: header, navigation, footer, filings, links. */
export interface SiteChrome {
  siteName: string;
  /** 欢迎访问沈阳市法库县人民政府. */
  welcome: string;
  host: string;
  /** The page's own path: /zwgk/zcwj/202305/t20230508_4512345.html. */
  path: string;
  nav: ChromeLink[];
  /** 首页 > 政务公开 > 政策文件. */
  breadcrumb: ChromeLink[];
  sponsor: string;
  organiser: string;
  icp: string;
  police: string;
  siteCode: string;
  address: string;
  phone: string;
  /** 中国政府网 and the province's portal (and the city's for a county). */
  upperLinks: ChromeLink[];
  /** 友情链接 / 政府网站 of the province's other governments, all gov.cn. */
  friendLinks: ChromeLink[];
  /** Links to central news sites some footers carry: legitimate non-gov.cn links. */
  mediaLinks: ChromeLink[];
  /** 相关文件 under the notice. */
  related: ChromeLink[];
  /** 来源 of the header line. */
  source: string;
  views: number;
}

const NAV: readonly (readonly [string, string])[] = [
  ['首页', '/'], ['政务公开', '/zwgk/'], ['政务服务', '/zwfw/'], ['互动交流', '/hdjl/'],
  ['走进{short}', '/zjfk/'], ['专题专栏', '/ztzl/'], ['新闻中心', '/xwzx/'],
]; // prettier-ignore

const COLUMNS: readonly (readonly [string, string])[] = [
  ['政策文件', 'zcwj'], ['通知公告', 'tzgg'], ['规范性文件', 'gfxwj'],
  ['政府文件', 'zfwj'], ['部门文件', 'bmwj'],
]; // prettier-ignore

const MEDIA: readonly ChromeLink[] = [
  { text: '人民网', href: 'http://www.people.com.cn/' },
  { text: '新华网', href: 'http://www.xinhuanet.com/' },
  { text: '央视网', href: 'https://www.cctv.com/' },
  { text: '中国网', href: 'http://www.china.com.cn/' },
  { text: '光明网', href: 'https://www.gmw.cn/' },
];

export function siteChrome(random: Random, notice: ComposedNotice): SiteChrome {
  const region = notice.region;
  const parent = parentOf(region);
  const province = provinceOf(region);
  const siteName = `${region.name}人民政府`;
  const short = region.name.replace(/^.*市(?=.+区$)/, '').replace(/(县|市|区|省)$/, '');
  const [columnName, columnPath] = random.pick(
    notice.kind === 'INTERPRETATION' ? [['政策解读', 'zcjd']] : COLUMNS,
  );
  const date = compact(notice.publishedAt);
  const path = `/zwgk/${columnPath}/${date.slice(0, 6)}/t${date}_${random.int(1000000, 9999999)}.html`;
  const upper: ChromeLink[] = [{ text: '中国政府网', href: 'http://www.gov.cn/' }];
  if (region.level !== 'province') {
    upper.push({ text: `${province.name}人民政府`, href: `http://${province.host}/` });
  }
  if (parent && parent !== province) {
    upper.push({ text: `${parent.name}人民政府`, href: `http://${parent.host}/` });
  }
  const office = region.level === 'province' ? '办公厅' : '办公室';
  return {
    siteName,
    welcome: `欢迎访问${parent && parent.level === 'city' && !region.name.startsWith(parent.name) ? parent.name : ''}${siteName}`,
    host: region.host,
    path,
    nav: NAV.map(([text, href]) => ({ text: text.replace('{short}', short), href })),
    breadcrumb: [
      { text: '首页', href: '/' },
      { text: '政务公开', href: '/zwgk/' },
      { text: columnName, href: `/zwgk/${columnPath}/` },
    ],
    sponsor: siteName,
    organiser: random.chance(0.5) ? `${siteName}${office}` : `${region.name}政务服务和数据管理局`,
    icp: `${region.icp}ICP备${random.int(2005, 2022)}${String(random.int(1, 999999)).padStart(6, '0')}号${random.chance(0.6) ? '-1' : ''}`,
    police: `${region.icp}公网安备 ${region.code}02000${String(random.int(1, 999)).padStart(3, '0')}号`,
    siteCode: `${region.level === 'province' ? region.code.slice(0, 2) + '0000' : region.code}${String(random.int(1, 3)).padStart(4, '0')}`,
    address: `${region.name}${random.pick(['人民路', '政府路', '建设大街', '府前街'])}${random.int(1, 199)}号`,
    phone: officePhone(random, region),
    upperLinks: upper,
    friendLinks: friendLinks(random, region),
    mediaLinks: random.chance(0.3) ? random.sample(MEDIA, random.int(3, 5)) : [],
    related: random.sample(SUBJECTS, random.int(3, 6)).map((subject) => ({
      text: `关于做好${subject.name}工作的通知`,
      href: `/zwgk/${columnPath}/${date.slice(0, 6)}/t${date}_${random.int(1000000, 9999999)}.html`,
    })),
    source: random.chance(0.7) ? notice.issuer : siteName,
    views: random.int(12, 9800),
  };
}

/** The other governments of the province, as 政府网站 links (all gov.cn). */
function friendLinks(random: Random, region: Region): ChromeLink[] {
  return random
    .sample(
      REGIONS.filter(
        (other) =>
          other.province === region.province &&
          other !== region &&
          other.code !== region.province &&
          other.code !== region.city,
      ),
      random.int(2, 8),
    )
    .map((other) => ({ text: `${other.name}人民政府`, href: `http://${other.host}/` }));
}

function compact(date: DayDate): string {
  return `${date.year}${String(date.month).padStart(2, '0')}${String(date.day).padStart(2, '0')}`;
}
