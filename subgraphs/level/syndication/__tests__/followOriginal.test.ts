import { ORIGINAL_WITHDRAWN, followOriginal } from '../followOriginal';
import { copyOf, original } from './originals';

const NOW = new Date('2026-05-01T00:00:00Z');

describe('followOriginal', () => {
  test('an unchanged original changes nothing', () => {
    expect(followOriginal(copyOf(), original(), NOW)).toBeNull();
  });

  test('a revision refreshes the content and keeps the replaced version', () => {
    const change = followOriginal(
      copyOf(),
      original({ version: 4, title: '新标题', body: '<p>新正文</p>' }),
      NOW,
    );
    expect(change?.set.originalVersion).toBe(4);
    expect(change?.set.content?.title).toBe('新标题');
    expect(change?.set.content?.body).toBe('<p>新正文</p>');
    expect(change?.revision).toEqual({
      originalVersion: 3,
      title: '法库县关于加强政策信息建设的意见',
      body: '<p>正文</p>',
      replacedAt: NOW,
    });
  });

  test('a LINK follows the title but never copies the body', () => {
    const change = followOriginal(
      copyOf({ mode: 'LINK' }),
      original({ version: 4, title: '新标题' }),
      NOW,
    );
    expect(change?.set.content?.title).toBe('新标题');
    expect(change?.set.content?.body).toBeNull();
  });

  test('an older version than the copy holds is ignored (a replayed entry)', () => {
    expect(followOriginal(copyOf(), original({ version: 2, title: '旧' }), NOW)).toBeNull();
  });

  test('a withdrawn or no longer public original takes the copy down', () => {
    for (const now of [original({ status: 'WITHDRAWN', version: 4 }), null]) {
      expect(followOriginal(copyOf(), now, NOW)?.set).toEqual({
        status: 'WITHDRAWN',
        statusReason: ORIGINAL_WITHDRAWN,
      });
    }
  });

  test('a copy already down stays down without a write', () => {
    const down = { ...copyOf(), status: 'WITHDRAWN' as const, statusReason: ORIGINAL_WITHDRAWN };
    expect(followOriginal(down, null, NOW)).toBeNull();
    const declined = { ...copyOf(), status: 'DECLINED' as const, statusReason: '不转载' };
    expect(followOriginal(declined, null, NOW)).toBeNull();
  });

  test('a repeal (废止) marks the copy and keeps it on the site', () => {
    const change = followOriginal(
      copyOf(),
      original({
        version: 4,
        status: 'REPEALED',
        validity: 'REPEALED',
        repeal: { reason: '已被新文件替代', repealingDocument: '法政发〔2026〕3号' },
      }),
      NOW,
    );
    expect(change?.set.status).toBeUndefined();
    expect(change?.set.repealed).toEqual({
      reason: '已被新文件替代',
      repealedByTitle: '法政发〔2026〕3号',
      at: NOW,
    });
    expect(change?.set.content?.validity).toBe('REPEALED');
  });

  test('a republished original brings back a copy it took down, where it was', () => {
    const live = { ...copyOf(), status: 'WITHDRAWN' as const, statusReason: ORIGINAL_WITHDRAWN };
    expect(followOriginal(live, original({ version: 5 }), NOW)?.set.status).toBe('PUBLISHED');
    const queued = { ...live, liveAt: null };
    expect(followOriginal(queued, original({ version: 5 }), NOW)?.set.status).toBe(
      'PENDING_REVIEW',
    );
  });

  test('a copy a reviewer declined is not brought back', () => {
    const declined = { ...copyOf(), status: 'DECLINED' as const, statusReason: '不转载' };
    expect(followOriginal(declined, original({ version: 5 }), NOW)?.set.status).toBeUndefined();
  });
});
