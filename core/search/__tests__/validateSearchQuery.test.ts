import { BadUserInputError, ErrorCode } from '../../errors';
import { parseSearchQuery } from '../parseSearchQuery';
import { MAX_QUERY_LENGTH, validateSearchQuery } from '../validateSearchQuery';

function inputError(call: () => unknown): BadUserInputError {
  try {
    call();
  } catch (error) {
    if (error instanceof BadUserInputError) return error;
    throw error;
  }
  throw new Error('expected a BadUserInputError');
}

describe('validateSearchQuery', () => {
  it.each(['', '   ', '\u3000\n'])('rejects the empty query %j', (query) => {
    const error = inputError(() => validateSearchQuery(query));
    expect(error.message).toBe('query is empty');
    expect(error.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'query' });
  });

  it('rejects a query over the limit, saying how long it is', () => {
    const error = inputError(() => validateSearchQuery('政'.repeat(MAX_QUERY_LENGTH + 1)));
    expect(error.message).toBe('query is too long (201 characters, at most 200)');
    expect(error.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('accepts a query of exactly the limit', () => {
    expect(validateSearchQuery('政'.repeat(MAX_QUERY_LENGTH)).words.length).toBeGreaterThan(0);
  });

  it.each(['的', '关于', '，。！', '关于的 和'])('rejects %j: nothing to search for', (query) => {
    const error = inputError(() => validateSearchQuery(query));
    expect(error.message).toMatch(/^query has nothing to search for/);
    expect(error.extensions.field).toBe('query');
  });

  it('returns what the query asks for', () => {
    expect(validateSearchQuery(' 安全生产 ').words.map((word) => word.word)).toEqual([
      '安全',
      '生产',
    ]);
  });
});

describe('parseSearchQuery', () => {
  it('takes a 文号 in any form out as one token and cuts the rest into words', () => {
    expect(parseSearchQuery('遼政辦發（２０１５）13號 政府網站')).toEqual({
      docNumbers: ['dn:辽政办发〔2015〕13号'],
      words: [
        { word: '政府', parts: [] },
        { word: '网站', parts: [] },
      ],
    });
    expect(parseSearchQuery('根据辽政办发〔2015〕13号').docNumbers).toEqual([
      'dn:辽政办发〔2015〕13号',
    ]);
  });

  it('gives a long word its parts, each word once', () => {
    expect(parseSearchQuery('办公室 办公室')).toEqual({
      docNumbers: [],
      words: [{ word: '办公室', parts: ['办公', '公室'] }],
    });
  });
});
