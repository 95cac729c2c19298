import { foldDocNumberText } from '../foldDocNumberText';

describe('foldDocNumberText', () => {
  it('folds full-width forms and 號, keeping offsets into the input', () => {
    const input = '粤府办［２０１３］５２號';
    const folded = foldDocNumberText(input);
    expect(folded.text).toBe('粤府办[2013]52号');
    expect(folded.sourceIndex).toEqual([...input].map((_, i) => i));
  });

  it('drops pinyin annotations after Chinese characters and maps offsets around them', () => {
    const input = '遼政辦發(fā)〔2015〕';
    const folded = foldDocNumberText(input);
    expect(folded.text).toBe('遼政辦發〔2015〕');
    expect(folded.sourceIndex).toEqual([0, 1, 2, 3, 8, 9, 10, 11, 12, 13]);
  });

  it('keeps bracketed text that is not a tone-marked pinyin annotation', () => {
    expect(foldDocNumberText('县(市)区 站(web) 号(hao) (fā)').text).toBe(
      '县(市)区 站(web) 号(hao) (fā)',
    );
  });
});
