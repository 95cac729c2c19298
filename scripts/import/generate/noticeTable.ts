import type { Random } from '../../seed/random';
import { TABLE_HEADERS } from './phraseBank';
import type { PhraseContext } from './phraseContext';
import { officePhone } from './phraseContext';

const PEOPLE = ['李明', '张伟', '王芳', '刘洋', '陈静', '赵磊', '孙丽', '周强', '吴敏', '郑凯'];
const PROJECTS = [
  '污水处理厂提标改造',
  '农村公路安全生命防护',
  '体育公园建设',
  '老旧小区改造',
  '5G基站建设',
  '智慧社区试点',
];
const UNITS = ['发展和改革局', '财政局', '住房和城乡建设局', '交通运输局', '农业农村局', '体育局'];

/**
 * A small table (header and 3 to 6 rows) of the kind notices carry: contacts, projects, or
 * targets by place. Rows of place names are what a spider-pool filter must not take for spam.
 */
export function noticeTable(random: Random, context: PhraseContext): string[][] {
  const header = random.pick(TABLE_HEADERS);
  const count = random.int(3, 6);
  const places = random.sample(context.region.places, count);
  const unit = context.region.unit;
  const rows: string[][] = [[...header]];
  for (let i = 0; i < count; i++) {
    const n = String(i + 1);
    switch (header[1]) {
      case '单位':
        rows.push([
          n,
          `${unit}${random.pick(UNITS)}`,
          random.pick(PEOPLE),
          officePhone(random, context.region),
        ]);
        break;
      case '项目名称':
        rows.push([
          n,
          `${places[i] ?? ''}${random.pick(PROJECTS)}`,
          `${unit}${random.pick(UNITS)}`,
          `${context.year}年${random.int(6, 12)}月底`,
        ]);
        break;
      default:
        rows.push([
          n,
          places[i] ?? context.region.name,
          `${random.int(2, 40) * 10}个`,
          `${random.int(60, 100)}%`,
        ]);
    }
  }
  return rows;
}
