import type { Random } from '../../seed/random';
import type { Region } from './regions';
import { provinceOf } from './regions';

/** The values the placeholders of phrase banks are filled with, fixed for one notice. */
export interface PhraseContext {
  region: Region;
  year: number;
  /** The drafting department or office. */
  dept: string;
  phone: string;
  /** 3 to 6 lower units in a sentence: 法库镇、三面船镇、叶茂台镇等乡镇. */
  places: string;
  /** The notice's subject phrase (政府网站和政务新媒体管理). */
  subject: string;
  /** The document it implements, as cited: 《…》(国办发〔2017〕47号). */
  basis: string;
}

export function phraseContext(
  random: Random,
  region: Region,
  year: number,
  dept: string,
  subject: string,
  basis: string,
): PhraseContext {
  const places = random.sample(region.places, random.int(3, Math.min(6, region.places.length)));
  return {
    region,
    year,
    dept,
    phone: officePhone(random, region),
    places: `${places.join('、')}等${region.placeUnit}`,
    subject,
    basis,
  };
}

/** Replaces the placeholders documented on `Subject`. */
export function fillPhrase(random: Random, text: string, context: PhraseContext): string {
  if (!text.includes('{')) return text;
  const { region } = context;
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => {
    switch (key) {
      case 'region':
        return region.name;
      case 'unit':
        return region.unit;
      case 'mine':
        return `我${region.unit}`;
      case 'whole':
        return `全${region.unit}`;
      case 'gov':
        return `${region.unit}政府`;
      case 'host':
        return region.host;
      case 'hostName':
        return region.host.split('.')[1] ?? 'gov';
      case 'placeUnit':
        return region.placeUnit;
      case 'subject':
        return context.subject;
      case 'basis':
        return context.basis;
      case 'places':
        return context.places;
      case 'province':
        return provinceOf(region).name;
      case 'year':
        return String(context.year);
      case 'nextYear':
        return String(context.year + 2);
      case 'dept':
        return context.dept;
      case 'phone':
        return context.phone;
      case 'count':
        return String(random.int(3, 60) * 10);
      case 'gdp':
        return `${random.int(80, 3000)}.${random.int(1, 9)}`;
      default:
        return whole;
    }
  });
}

/** An office telephone number in the region's area: 024-62313021. */
export function officePhone(random: Random, region: Region): string {
  const digits = region.areaCode.length === 3 ? 8 : 7;
  let number = String(random.int(2, 8));
  while (number.length < digits) number += String(random.int(0, 9));
  return `${region.areaCode}-${number}`;
}
