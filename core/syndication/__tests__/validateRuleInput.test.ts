import type { RuleInput } from '../types';
import { validateRuleInput } from '../validateRuleInput';
import { errorField, inputError } from './inputError';
import { ANSHAN, directory, FAKU, LIAONING, SHENYANG } from './fixtures';

function input(overrides: Partial<RuleInput> = {}): RuleInput {
  return { name: '转载省政府文件', scope: { level: 'PROVINCE' }, mode: 'REPOST', ...overrides };
}

function validate(overrides: Partial<RuleInput> = {}) {
  return validateRuleInput(input(overrides), SHENYANG, directory);
}

function fieldOf(overrides: Partial<RuleInput>): unknown {
  return errorField(() => validate(overrides));
}

describe('validateRuleInput: accepted input', () => {
  it('fills the defaults', () => {
    expect(validate()).toEqual({
      name: '转载省政府文件',
      scope: { siteIds: [], level: 'PROVINCE', regionCode: null, columnIds: [] },
      filter: {
        kinds: [],
        categories: [],
        topics: [],
        issuers: [],
        titleKeywords: [],
        docNumberCodes: [],
        inForceOnly: false,
      },
      mode: 'REPOST',
      targetColumnId: null,
      publish: 'IMMEDIATELY',
      enabled: true,
    });
  });

  it('keeps every field, trimmed and without repeats', () => {
    const rule = validate({
      name: '  省级营商环境政策 ',
      scope: {
        siteIds: [LIAONING._id, FAKU._id],
        level: null,
        regionCode: ' 21 ',
        columnIds: ['zcwj', 'tzgg', 'zcwj'],
      },
      filter: {
        kinds: ['POLICY', 'INTERPRETATION', 'POLICY'],
        categories: ['综合政务'],
        topics: [' 营商环境', '营商环境 '],
        issuers: ['辽宁省人民政府'],
        titleKeywords: ['营商', '条例'],
        docNumberCodes: ['辽政发', '辽政办发'],
        inForceOnly: true,
      },
      mode: 'LINK',
      targetColumnId: 'sjwj',
      publish: 'REVIEW',
      enabled: false,
    });
    expect(rule).toEqual({
      name: '省级营商环境政策',
      scope: {
        siteIds: [LIAONING._id, FAKU._id],
        level: null,
        regionCode: '21',
        columnIds: ['zcwj', 'tzgg'],
      },
      filter: {
        kinds: ['POLICY', 'INTERPRETATION'],
        categories: ['综合政务'],
        topics: ['营商环境'],
        issuers: ['辽宁省人民政府'],
        titleKeywords: ['营商', '条例'],
        docNumberCodes: ['辽政发', '辽政办发'],
        inForceOnly: true,
      },
      mode: 'LINK',
      targetColumnId: 'sjwj',
      publish: 'REVIEW',
      enabled: false,
    });
  });

  it('accepts each scope criterion on its own', () => {
    expect(validate({ scope: { siteIds: [ANSHAN._id] } }).scope.siteIds).toEqual([ANSHAN._id]);
    expect(validate({ scope: { regionCode: '2101' } }).scope.regionCode).toBe('2101');
    expect(validate({ scope: { level: 'COUNTY' } }).scope.level).toBe('COUNTY');
  });

  it('accepts names and entries at the length limits', () => {
    expect(validate({ name: '政'.repeat(100) }).name).toHaveLength(100);
    const keyword = '关'.repeat(100);
    expect(validate({ filter: { titleKeywords: [keyword] } }).filter.titleKeywords).toEqual([
      keyword,
    ]);
    const column = 'a'.repeat(64);
    expect(validate({ scope: { level: 'CITY', columnIds: [column] } }).scope.columnIds).toEqual([
      column,
    ]);
    const many = Array.from({ length: 50 }, (_, i) => `主题${i}`);
    expect(validate({ filter: { topics: many } }).filter.topics).toHaveLength(50);
  });
});

describe('validateRuleInput: refused input', () => {
  it.each([
    ['an empty name', ''],
    ['a blank name', '  　 '],
    ['a name over 100 characters', '政'.repeat(101)],
  ])('refuses %s (name)', (_what, name) => {
    expect(fieldOf({ name })).toBe('name');
  });

  it('refuses a rule without scope, saying how to give one', () => {
    for (const scope of [{}, { siteIds: [], level: null, regionCode: null, columnIds: ['zcwj'] }]) {
      const error = inputError(() => validate({ scope }));
      expect(error.extensions.field).toBe('scope');
      expect(error.message).toMatch(/siteIds/);
      expect(error.message).toMatch(/level/);
      expect(error.message).toMatch(/region/);
    }
  });

  it.each([
    ['too many sites', Array.from({ length: 201 }, (_, i) => `s${i}`), /200/],
    ['a repeated site', [LIAONING._id, LIAONING._id], /twice/],
    ['an unknown site', ['2199000001'], /unknown site 2199000001/],
    ['the subscriber itself', [LIAONING._id, SHENYANG._id], /itself/],
  ])('refuses %s (scope.siteIds)', (_what, siteIds, message) => {
    const error = inputError(() => validate({ scope: { siteIds } }));
    expect(error.extensions.field).toBe('scope.siteIds');
    expect(error.message).toMatch(message);
  });

  it('refuses an unknown level (scope.level)', () => {
    expect(fieldOf({ scope: { level: 'TOWN' as 'CITY' } })).toBe('scope.level');
  });

  it.each(['', '2', '210', '2101001', '21a1', '２１'])(
    'refuses region code %p (scope.regionCode)',
    (regionCode) => {
      expect(fieldOf({ scope: { level: 'CITY', regionCode } })).toBe('scope.regionCode');
    },
  );

  it.each([
    ['too many columns', Array.from({ length: 51 }, (_, i) => `c${i}`)],
    ['an empty column id', ['']],
    ['a column id with a space', ['zc wj']],
    ['a column id with other characters', ['栏目']],
    ['a column id over 64 characters', ['a'.repeat(65)]],
  ])('refuses %s (scope.columnIds)', (_what, columnIds) => {
    expect(fieldOf({ scope: { level: 'CITY', columnIds } })).toBe('scope.columnIds');
  });

  const textFilters = [
    'categories',
    'topics',
    'issuers',
    'titleKeywords',
    'docNumberCodes',
  ] as const;
  const badLists: [string, string[]][] = [
    ['over 50 entries', Array.from({ length: 51 }, (_, i) => `x${i}`)],
    ['an empty entry', ['ok', '']],
    ['a blank entry', ['   ']],
    ['an entry over 100 characters', ['字'.repeat(101)]],
  ];
  describe.each(textFilters)('filter.%s', (name) => {
    it.each(badLists)('refuses %s', (_what, values) => {
      expect(fieldOf({ filter: { [name]: values } })).toBe(`filter.${name}`);
    });
  });

  it('refuses unknown kinds and too many (filter.kinds)', () => {
    expect(fieldOf({ filter: { kinds: ['MEMO' as 'POLICY'] } })).toBe('filter.kinds');
    const many = Array.from({ length: 51 }, () => 'POLICY' as const);
    expect(fieldOf({ filter: { kinds: many } })).toBe('filter.kinds');
  });

  it('refuses a target column the subscriber does not have (targetColumnId)', () => {
    const error = inputError(() => validate({ targetColumnId: 'nope' }));
    expect(error.extensions.field).toBe('targetColumnId');
    expect(error.message).toContain('nope');
    expect(fieldOf({ targetColumnId: '' })).toBe('targetColumnId');
  });

  it('refuses an unknown mode or publish mode', () => {
    expect(fieldOf({ mode: 'COPY' as 'LINK' })).toBe('mode');
    expect(fieldOf({ publish: 'LATER' as 'REVIEW' })).toBe('publish');
  });
});
