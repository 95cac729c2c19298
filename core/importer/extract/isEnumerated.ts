/** Body headings and list items: 一、 (一) 1. 第一条 ①. */
const ENUMERATED =
  /^(?:第[一二三四五六七八九十百零〇]+[条章节款]|[一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十]+\)|\d+[.、)]|[①-⑳])/u;

/** Whether normalized text opens like a numbered heading or list item; chrome never does. */
export function isEnumerated(norm: string): boolean {
  return ENUMERATED.test(norm.trim());
}
