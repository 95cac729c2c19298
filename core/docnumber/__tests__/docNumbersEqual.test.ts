import { docNumbersEqual } from '../docNumbersEqual';

describe('docNumbersEqual', () => {
  it('is true across bracket, 号/號, full-width and spacing variants', () => {
    expect(docNumbersEqual('国办发〔2013〕100号', '国办发[2013]100號')).toBe(true);
    expect(docNumbersEqual('粤府办（２０１３）５２号', ' 粤府办 【2013】 052 号')).toBe(true);
  });

  it('is false when issuer, year or serial differ', () => {
    expect(docNumbersEqual('国办发〔2013〕100号', '国办发〔2013〕101号')).toBe(false);
    expect(docNumbersEqual('国办发〔2013〕100号', '国办发〔2014〕100号')).toBe(false);
    expect(docNumbersEqual('国办发〔2013〕100号', '国发〔2013〕100号')).toBe(false);
  });

  it('does not treat traditional and simplified issuers as equal (a search concern)', () => {
    expect(docNumbersEqual('遼政辦發〔2015〕13號', '辽政办发〔2015〕13号')).toBe(false);
  });

  it('is false when either side is malformed, even if both are the same text', () => {
    expect(docNumbersEqual('国办发2013年5号', '国办发2013年5号')).toBe(false);
    expect(docNumbersEqual('国办发〔2013〕5号', '')).toBe(false);
    expect(docNumbersEqual('', '国办发〔2013〕5号')).toBe(false);
  });
});
