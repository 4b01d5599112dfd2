import { expect, hydrated, test, type PageProblems } from './fixtures';

// The Content-Security-Policy that Kit writes into every prerendered page, read from the
// served HTML (the root page forwards readers to a language page once it runs).

/** The directives of a policy: name → its sources, as written. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

for (const path of ['/', '/en/', '/ar/']) {
  test(`${path} carries a strict Content-Security-Policy before any script`, async ({
    request
  }) => {
    const html = await (await request.get(path)).text();
    const metas = [
      ...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)
    ];
    expect(metas, 'one CSP <meta>').toHaveLength(1);
    const meta = metas[0] as RegExpExecArray;
    // A meta policy governs only what comes after it.
    expect(meta.index).toBeLessThan(html.indexOf('<script'));
    const policy = directives((meta[1] as string).replaceAll('&#39;', "'"));
    const scripts = policy.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(
      scripts.some((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s)),
      'a hash'
    ).toBe(true);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    for (const name of ['img-src', 'font-src', 'connect-src', 'style-src']) {
      expect(policy.get(name) ?? [], name).not.toContain('*');
      expect(
        (policy.get(name) ?? []).some((s) => /^https?:/.test(s)),
        name
      ).toBe(false);
    }
  });
}

/** Takes the violations a test provoked on purpose, and the console lines they printed. */
function takeCspReports(problems: PageProblems): string[] {
  const taken = problems.cspViolations.splice(0);
  problems.consoleErrors = problems.consoleErrors.filter(
    (line) => !line.includes('Content Security Policy')
  );
  return taken;
}

for (const lang of ['en', 'ar']) {
  test(`/${lang}/ refuses injected inline script, handlers and eval, and reports them`, async ({
    page,
    problems
  }) => {
    // A script file from the page's own origin runs (the positive control) and tries eval.
    await page.route('**/csp-probe.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `try { eval("window.__pwned = 'eval'"); window.__probe = 'eval ran'; }
               catch (error) { window.__probe = error.name; }`
      })
    );
    await page.goto(`/${lang}/`);
    await hydrated(page);
    expect(problems.cspViolations).toEqual([]);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = "window.__pwned = 'inline script';";
      document.body.append(script);
      const holder = document.createElement('div');
      // An image that fails to decode fires onerror without a network request.
      holder.innerHTML = `<img alt="" src="data:," onerror="window.__pwned = 'handler'">`;
      document.body.append(holder);
      const probe = document.createElement('script');
      probe.src = 'csp-probe.js';
      document.body.append(probe);
    });
    await expect
      .poll(() => page.evaluate(() => (window as { __probe?: unknown }).__probe))
      .toBe('EvalError');
    await expect
      .poll(() => problems.cspViolations.map((v) => v.split(' ')[0]).sort())
      .toEqual(['script-src', 'script-src-attr', 'script-src-elem']);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    // Chromium also prints each refused inline script and handler; wait for both lines.
    await expect
      .poll(() => problems.consoleErrors.filter((l) => l.includes('Content Security Policy')))
      .toHaveLength(2);
    const reports = takeCspReports(problems);
    expect(reports.find((r) => r.startsWith('script-src-elem'))).toContain('inline');
    expect(reports.find((r) => r.startsWith('script-src '))).toContain('eval');
  });
}
