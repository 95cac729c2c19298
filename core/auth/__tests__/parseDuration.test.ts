import { parseDuration } from '../parseDuration';

describe('parseDuration', () => {
  it.each([
    ['90', 90],
    ['90s', 90],
    ['15m', 900],
    ['8h', 28800],
    ['7d', 604800],
  ])('reads %s as %d seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(['', '0', '8 hours', '-1h', '1.5h', 'h', '1w'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});
