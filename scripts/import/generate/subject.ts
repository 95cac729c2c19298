import type { DepartmentKey } from './issuers';

/**
 * What a generated notice is about. Texts may hold placeholders that `fillPhrase` replaces:
 * {region} 法库县, {unit} 县, {mine} 我县, {whole} 全县, {gov} 县政府, {host} www.faku.gov.cn,
 * {places} 法库镇、三面船镇、叶茂台镇等乡镇, {province} 辽宁省, {year} 2023, {dept} the drafter,
 * {phone}, {count}, {gdp}, {nextYear}, {hostName} faku.
 */
export interface Subject {
  /** A noun phrase for 关于做好2023年{name}工作的通知. */
  name: string;
  /** 主题分类 of the metadata table. */
  category: string;
  department: DepartmentKey;
  /** Section headings with their elaborations (one or two sentences each). */
  tasks: readonly (readonly [string, string])[];
  /** Sentences only this subject writes, many legitimately close to spam vocabulary. */
  specific: readonly string[];
  /** The national document the notice implements: 《title》(文号) or 《title》. */
  basis: string;
}
