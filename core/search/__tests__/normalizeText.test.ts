import { Converter } from 'opencc-js';
import { normalizeText, normalizeWithOffsets } from '../normalizeText';
import { toSimplified } from '../../text/toSimplified';
import { demoNotices } from './fixtures';

describe('normalizeText', () => {
  it('folds full-width forms, traditional characters and upper case', () => {
    expect(normalizeText('遼政辦發［２０２２］１２號　ＡＢＣ')).toBe('辽政办发[2022]12号 abc');
  });

  it('leaves simplified text alone', () => {
    const text = '法库县政府办公室关于加强政府重大政策信息内容建设的意见';
    expect(normalizeText(text)).toBe(text);
  });
});

describe('toSimplified', () => {
  it('converts as OpenCC does (tw and hk to cn) on the demo notices', () => {
    const tw = Converter({ from: 'tw', to: 'cn' });
    const hk = Converter({ from: 'hk', to: 'cn' });
    for (const notice of demoNotices().values()) {
      const text = `${notice.title}\n${notice.text}`;
      expect(toSimplified(text)).toBe(hk(tw(text)));
    }
  });

  it('converts phrases whose characters alone would convert otherwise', () => {
    expect(toSimplified('乾燥 乾隆')).toBe('干燥 乾隆');
  });
});

describe('normalizeWithOffsets', () => {
  it('maps one for one when every character folds to one', () => {
    const input = '遼政辦發〔2015〕13號';
    const normalized = normalizeWithOffsets(input);
    expect(normalized.text).toBe('辽政办发〔2015〕13号');
    expect(normalized.sourceRange(0, 4)).toEqual([0, 4]);
  });

  it('maps expansions back to the character they came from', () => {
    const input = '第①条……辦法';
    const normalized = normalizeWithOffsets(input);
    expect(normalized.text).toBe('第1条......办法');
    const at = normalized.text.indexOf('办法');
    const [start, end] = normalized.sourceRange(at, at + 2);
    expect(input.slice(start, end)).toBe('辦法');
    expect(input.slice(...normalized.sourceRange(1, 2))).toBe('①');
    expect(input.slice(...normalized.sourceRange(3, 5))).toBe('…');
  });

  it('keeps offsets right across characters outside the BMP', () => {
    const input = '𠀀 網站';
    const normalized = normalizeWithOffsets(input);
    const at = normalized.text.indexOf('网站');
    expect(input.slice(...normalized.sourceRange(at, at + 2))).toBe('網站');
  });
});
