import { isProse } from '../isProse';
import { isSalutation } from '../isSalutation';
import { normalizeText } from '../normalizedBlock';
import { isOrgName } from '../isOrgName';
import { isDocumentTitle, isTitleLike, splitColumnPrefix } from '../isTitleLike';

const n = normalizeText;

describe('line shapes', () => {
  it('recognises salutations, not sentences or headings ending in a colon', () => {
    expect(isSalutation(n('各镇政府(街道办事处),县政府各部门:'))).toBe(true);
    expect(isSalutation(n('各乡(镇)人民政府,县政府各部门,县属、驻县各单位:'))).toBe(true);
    expect(isSalutation(n('各縣(市)區人民政府,各開發區管委會,市政府各部門,各有關單位:'))).toBe(
      true,
    );
    expect(isSalutation(n('市人民政府：'))).toBe(true);
    expect(isSalutation(n('现将有关事项通知如下:'))).toBe(false);
    expect(isSalutation(n('(一)指导思想:'))).toBe(false);
    expect(isSalutation(n('发文机关:'))).toBe(false);
    expect(isSalutation(n('附件:'))).toBe(false);
  });

  it('recognises signature lines as organisation names', () => {
    expect(isOrgName(n('鞍山市人民政府辦公廳'))).toBe(true);
    expect(isOrgName(n('法库县人民政府办公室'))).toBe(true);
    expect(isOrgName(n('县发改局 县财政局'))).toBe(true);
    expect(isOrgName(n('某县人民政府(印章)'))).toBe(true);
    expect(isOrgName(n('一、总体要求'))).toBe(false);
    expect(isOrgName(n('2020年4月17日'))).toBe(false);
  });

  it('tells titles from labels, dates, 文号, headings and organisation names', () => {
    expect(isTitleLike(n('法库县政府办公室关于加强政府重大政策信息内容建设的意见'))).toBe(true);
    expect(isTitleLike(n('【政务公开制度】寻乌县政府办关于规范全县政务公开相关工作的通知'))).toBe(
      true,
    );
    expect(isTitleLike(n('发布日期:2022-04-21来源:法库县人民政府办公室'))).toBe(false);
    expect(isTitleLike(n('2020年4月17日'))).toBe(false);
    expect(isTitleLike(n('(法政办发〔2022〕5号)'))).toBe(false);
    expect(isTitleLike(n('一、总体要求'))).toBe(false);
    expect(isTitleLike(n('法库县人民政府办公室'))).toBe(false);
    expect(isTitleLike(n('请认真贯彻执行。'))).toBe(false);
    expect(isDocumentTitle(n('某县2023年政务公开工作要点'))).toBe(true);
    expect(isDocumentTitle(n('政府信息公开制度 FAKU'))).toBe(false);
  });

  it('splits a column prefix off a title', () => {
    expect(splitColumnPrefix('【政务公开制度】寻乌县政府办关于规范的通知')).toEqual({
      title: '寻乌县政府办关于规范的通知',
      column: '政务公开制度',
    });
    expect(splitColumnPrefix('关于规范的通知')).toEqual({ title: '关于规范的通知', column: null });
  });

  it('calls sentences prose and footers not', () => {
    expect(isProse(n('请认真贯彻执行。'))).toBe(true);
    expect(isProse(n('主办:法库县人民政府 承办:法库县人民政府办公室 法库县融媒体中心'))).toBe(
      false,
    );
    expect(isProse(n('技术支持单位:沈阳市大数据管理中心(沈阳市信息中心、沈阳市信用中心)'))).toBe(
      false,
    );
    expect(isProse('http://www.example.gov.cn/index.html?id=1')).toBe(false);
  });
});
