import { KeyedQueue } from '../KeyedQueue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

test('runs calls for one key one after the other, other keys alongside, and goes on after a failure', async () => {
  const queue = new KeyedQueue();
  const log: string[] = [];
  const step =
    (name: string, fail = false) =>
    async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
      if (fail) throw new Error(name);
      return name;
    };
  const results = await Promise.allSettled([
    queue.run('a', step('a1', true)),
    queue.run('a', step('a2')),
    queue.run('b', step('b1')),
  ]);
  expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
  expect(log.indexOf('a2 start')).toBeGreaterThan(log.indexOf('a1 end'));
  expect(log.indexOf('b1 start')).toBeLessThan(log.indexOf('a1 end'));
});
