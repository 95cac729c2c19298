import { PLAYGROUND_CSP, renderPlaygroundPage } from '../playground/playgroundPage';

describe('renderPlaygroundPage', () => {
  const html = renderPlaygroundPage({
    endpoint: '/graphql',
    tabs: [{ query: '# </script><script>alert(1)</script>\n{ sites { id } }' }],
  });

  it('loads everything from the gateway itself', () => {
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain('src="/playground/assets/graphiql.min.js"');
  });

  it('has no inline script: the settings are a JSON data block that text cannot close', () => {
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    for (const tag of scripts) expect(tag).toMatch(/ src="|type="application\/json"/);
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html).toContain('\\u003c/script>');
  });

  it('has a strict content security policy', () => {
    expect(PLAYGROUND_CSP).toContain("default-src 'none'");
    expect(PLAYGROUND_CSP).toContain("script-src 'self'");
    expect(PLAYGROUND_CSP).toContain("connect-src 'self'");
    expect(PLAYGROUND_CSP).not.toMatch(/unsafe|https?:|\*/);
  });
});
