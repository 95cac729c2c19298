import {
  chinaDay,
  classifyMissing,
  missingParagraphs,
  occurrences,
  spamLeft,
  splitSignature,
  stripToneMarkedPinyin,
} from '../importTruth';

describe('importTruth', () => {
  it('reads an instant as its day in China', () => {
    expect(chinaDay(new Date('2015-06-04T16:00:00.000Z'))).toBe('2015-06-05');
    expect(chinaDay(new Date('2015-06-05T15:59:59.000Z'))).toBe('2015-06-05');
    expect(chinaDay(null)).toBeNull();
  });

  it('finds the expected paragraphs missing, in order and exactly', () => {
    expect(missingParagraphs(['a', 'b', 'c'], ['a', 'x', 'b', 'c'])).toEqual([]);
    expect(missingParagraphs(['a', 'b', 'c'], ['b', 'a', 'c'])).toEqual(['b']);
    expect(missingParagraphs(['a', 'b'], ['a', 'b ', 'c'])).toEqual(['b']);
  });

  it('tells joined, spoilt and lost paragraphs apart', () => {
    expect(
      classifyMissing(
        ['一、总体要求', '各镇：', '特此通知。'],
        ['正文\n一、总体要求', '刷单各镇：'],
      ),
    ).toEqual({
      joined: ['一、总体要求'],
      damaged: ['各镇：'],
      lost: ['特此通知。'],
    });
  });

  it('splits the issuer and date lines of the signature off the body', () => {
    const paragraphs = [
      '各镇：',
      '正文。',
      '法库县人民政府办公室',
      '2023年3月6日',
      '(此件公开发布)',
    ];
    expect(splitSignature(paragraphs, '法库县人民政府办公室')).toEqual({
      body: ['各镇：', '正文。', '(此件公开发布)'],
      signature: ['法库县人民政府办公室', '2023年3月6日'],
    });
    expect(splitSignature(['正文。', '二〇二三年五月六日'], null).signature).toEqual([
      '二〇二三年五月六日',
    ]);
    expect(splitSignature(['正文，2023年3月6日印发。'], null).signature).toEqual([]);
  });

  it('counts spam as left only beyond what the legitimate text itself says', () => {
    const spam = [
      { kind: 'HIDDEN_LINKS' as const, text: '办证' },
      { kind: 'HIDDEN_LINKS' as const, text: '百家乐' },
    ];
    const legit = ['群众办证可在网上办理。'];
    expect(spamLeft(spam, legit, ['群众办证可在网上办理。'])).toEqual([]);
    expect(spamLeft(spam, legit, ['群众办证可在网上办理。办证'])).toEqual([spam[0]]);
    expect(spamLeft(spam, legit, ['标题', '百家乐 群众办证可在网上办理。'])).toEqual([spam[1]]);
    expect(occurrences('aaaa', 'aa')).toBe(2);
  });

  it('strips tone-marked pinyin after Han characters only', () => {
    expect(stripToneMarkedPinyin('各縣(市)區(qū)人民政府,網(wǎng)站')).toBe(
      '各縣(市)區人民政府,網站',
    );
    expect(stripToneMarkedPinyin('社交媒體(QQ、微信)和(beta)')).toBe('社交媒體(QQ、微信)和(beta)');
  });
});
