import { labelOnlyField } from './labelledFields';
import { endsLikeOrg } from './isOrgName';

const ITEM_SEPARATOR = /[,、;]/;
const NOT_A_SALUTATION =
  /^(?:附件|附|注|说明|备注|[一二三四五六七八九十]+、|\(?[一二三四五六七八九十]+\)|\d+[.、])/;
const ADDRESSEE = /^(?:各|有关|全体|所属|直属)|各[^,、;]*$|有关(?:单位|部门)/;
const MAX_SALUTATION = 150;

/**
 * The 主送机关 line that opens a notice: organisations separated by commas or 、 and a closing
 * colon (各镇政府(街道办事处),县政府各部门:). A sentence ending in a colon (现将有关事项通知如下:)
 * is not one: at least the first and half of the items must be addressees or organisations.
 */
export function isSalutation(norm: string): boolean {
  const text = norm.trim();
  if (!text.endsWith(':') || text.length > MAX_SALUTATION || /。|[!?]/.test(text)) return false;
  if (NOT_A_SALUTATION.test(text) || labelOnlyField(text)) return false;
  const items = text
    .slice(0, -1)
    .split(ITEM_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0) return false;
  const addressee = (item: string): boolean => ADDRESSEE.test(item) || endsLikeOrg(item);
  const good = items.filter((item) => addressee(item) || item.length <= 4).length;
  return addressee(items[0]) && good * 2 >= items.length + 1;
}
