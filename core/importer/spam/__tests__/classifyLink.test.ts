import { classifyHref } from '../classifyLink';
import { findContacts } from '../findContacts';

describe('classifyHref', () => {
  it.each([
    ['/zwgk/index.html', 'own'],
    ['../a.html', 'own'],
    ['javascript:void(0)', 'own'],
    ['mailto:a@b.com', 'own'],
    ['#top', 'own'],
    ['http://www.faku.gov.cn/x', 'own'],
    ['http://faku.example.net/', 'own'],
    ['http://www.gov.cn/', 'government'],
    ['https://www.ln.gov.cn/zwgk/', 'government'],
    ['//zwfw.shenyang.gov.cn', 'government'],
    ['http://www.example.政务/', 'government'],
    ['http://www.people.com.cn/', 'official'],
    ['http://www.redcross.org.cn/', 'official'],
    ['http://www.xpj.cc/', 'external'],
    ['www.bet365.com', 'external'],
    ['http://103.20.1.5:8080/', 'external'],
  ])('classifies %s as %s', (href, target) => {
    expect(classifyHref(href, ['faku.gov.cn', 'example.net']).target).toBe(target);
  });

  it('flags IP hosts and throwaway top-level domains as suspicious', () => {
    expect(classifyHref('http://1.2.3.4/', []).suspicious).toBe(true);
    expect(classifyHref('http://a.top/', []).suspicious).toBe(true);
    expect(classifyHref('http://a.com/', []).suspicious).toBe(false);
  });
});

describe('findContacts', () => {
  it('finds non-government web addresses, QQ and WeChat ids and mobile numbers, with their labels', () => {
    const text =
      '联系qq：88886666 加微信:abc_123456 网址www.xpj88.com 政府网www.gov.cn 电话024-62313021 手机13812345678';
    expect(findContacts(text, []).map((c) => [c.kind, text.slice(c.start, c.end)])).toEqual([
      ['qq', 'qq：88886666'],
      ['wechat', '加微信:abc_123456'],
      ['url', '网址www.xpj88.com'],
      ['phone', '手机13812345678'],
    ]);
  });
});
