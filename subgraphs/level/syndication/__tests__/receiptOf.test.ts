import { receiptOf } from '../receiptInput';
import { copyOf } from './originals';

describe('receiptOf', () => {
  test('a live copy: PUBLISHED, dated when it went live, with its latency', () => {
    const copy = copyOf();
    expect(receiptOf(copy)).toMatchObject({
      id: copy._id,
      noticeId: 'county:abc123',
      siteId: '2101000001',
      level: 'CITY',
      status: 'PUBLISHED',
      repostId: copy._id,
      at: copy.liveAt,
      latencySeconds: 2,
      seq: 1,
    });
  });

  test('a queued copy has no latency yet', () => {
    const receipt = receiptOf(copyOf({ publish: 'REVIEW' }));
    expect(receipt.status).toBe('PENDING_REVIEW');
    expect(receipt.latencySeconds).toBeNull();
  });

  test('a declined copy reads as WITHDRAWN at the origin, with the reason', () => {
    const copy = {
      ...copyOf({ publish: 'REVIEW' }),
      status: 'DECLINED' as const,
      statusReason: '不转载',
    };
    expect(receiptOf(copy)).toMatchObject({ status: 'WITHDRAWN', reason: '不转载' });
  });
});
