import { parseDocNumber } from '../../docnumber/parseDocNumber';
import { dateOnlyLine } from './chinaDate';
import { isEnumerated } from './isEnumerated';
import { labelOnlyField, startsWithLabel } from './labelledFields';
import { isOrgName } from './isOrgName';
import { isSalutation } from './isSalutation';

/** A column name in front of the title: 【政务公开制度】寻乌县政府办关于…; [政策解读]… */
const COLUMN_PREFIX = /^\s*[【[]([^】\]]{1,20})[】\]]\s*/;

/*
 * What titles of government documents end in (文种), optionally followed by a parenthesised
 * status such as (试行) or (征求意见稿).
 */
export const DOCUMENT_TYPE_END =
  /(?:通知|通报|意见|办法|规定|决定|公告|通告|批复|方案|细则|规划|报告|解读|函|令|纪要|条例|规则|答记者问|问答|公示|决议|命令|议案|请示|计划|要点|措施|规程|标准|指引|指南|目录|清单|图解|法|规范|纲要|章程|准则|制度|守则)(?:\s*[(（][^()（）]{1,10}[)）])?$/u;

const HAN = /\p{Script=Han}/u;
const MIN_TITLE = 4;
const MAX_TITLE = 150;

export interface TitleParts {
  /** The title without its column prefix. */
  title: string;
  /** The 【…】 column name, or null. */
  column: string | null;
}

/** Splits a column prefix off a title (in the original script). */
export function splitColumnPrefix(title: string): TitleParts {
  const match = COLUMN_PREFIX.exec(title);
  if (!match || match[0].length >= title.length) return { title: title.trim(), column: null };
  return { title: title.slice(match[0].length).trim(), column: match[1].trim() };
}

/**
 * Whether a normalized block could be a notice's title: a line of Chinese text that does not
 * end a sentence or clause and is not a label, a date, a 文号, an organisation name, a
 * salutation or a numbered body heading.
 */
export function isTitleLike(norm: string): boolean {
  const { title } = splitColumnPrefix(norm);
  const length = [...title].length;
  if (length < MIN_TITLE || length > MAX_TITLE || !HAN.test(title)) return false;
  if (/[。;,:、]$/.test(title) || /。/.test(title)) return false;
  if (isEnumerated(title) || startsWithLabel(norm) || labelOnlyField(norm)) return false;
  if (dateOnlyLine(title) || isOrgName(title) || isSalutation(title)) return false;
  return !parseDocNumber(stripBrackets(title)).ok;
}

/** Titles that name a document: 关于…, or ending in a 文种 (通知, 意见, 办法…). */
export function isDocumentTitle(norm: string): boolean {
  const { title } = splitColumnPrefix(norm);
  return /关于/.test(title) || DOCUMENT_TYPE_END.test(title);
}

/** A 文号 alone on a line, possibly in brackets: (法政办发〔2022〕5号). */
export function stripBrackets(text: string): string {
  return text.trim().replace(/^[(（[【]\s*(.*?)\s*[)）\]】]$/u, '$1');
}

/** 关于… ending in a 文种: the shape of nearly every government document title. */
export function isStrongDocumentTitle(norm: string): boolean {
  const { title } = splitColumnPrefix(norm);
  return /关于/.test(title) && DOCUMENT_TYPE_END.test(title);
}
