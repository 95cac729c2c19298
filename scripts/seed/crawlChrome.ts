/*
 * Lines that crawled government pages carry around the document: site navigation, accessibility
 * and traditional-script toggles, breadcrumbs, hit counters and the footer with the ICP and
 * public-security filings, the 网站标识码 and the technical supporter.
 */
const CHROME: readonly RegExp[] = [
  /^欢迎(访问|訪問|光临)/u,
  /繁體轉換|简体中文|繁体中文/u,
  /^设为首页|^加入收藏/u,
  /^(无障碍|無障礙|关怀版|關懷版|长者模式)/u,
  /^您当前所在(的)?位置|^当前位置|^首页\s*[>»]/u,
  /^访问量|^浏览次数|^阅读次数|^点击(数|量)/u,
  /^关于我们|网站声明|网站地图|^联系我们/u,
  /^主办[:：]|^承办[:：]|^主办单位|^承办单位/u,
  /^建议使用.*分辨率/u,
  /ICP备|ICP證|公网安备|公网备|公網安備/u,
  /网站标识码|網站標識碼/u,
  /^互联网新闻信息服务许可/u,
  /^技术支持/u,
  /^【(打印|关闭|字体)|^\[(打印|关闭)\]|^(打印本页|关闭窗口)$/u,
];

/** Chrome is short and never a sentence: a body paragraph that mentions 无障碍服务 is not chrome. */
const MAX_CHROME_LENGTH = 120;
const SENTENCE_END = /[。！？；]/u;

/** True for a line that belongs to the site around a notice, not to the notice. */
export function isCrawlChrome(line: string): boolean {
  if (line.length > MAX_CHROME_LENGTH || SENTENCE_END.test(line)) return false;
  return CHROME.some((pattern) => pattern.test(line));
}

/*
 * Simplified-to-traditional converters print the pinyin of polyphonic characters in brackets
 * right after them: 網(wǎng)站, 發(fā)布. Only bracketed lower-case Latin with a tone mark counts, so
 * ordinary bracketed text such as 县(市) or (一) is left alone.
 */
const PINYIN_ANNOTATION =
  /(?<=\p{Script=Han})\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/gu;

/** Removes converter pinyin annotations: `政府網(wǎng)站` → `政府網站`. */
export function stripPinyinAnnotations(text: string): string {
  return text.replace(PINYIN_ANNOTATION, '');
}
