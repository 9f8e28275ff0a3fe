import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, describe, expect, test } from 'vitest';
import request from 'supertest';
import { createApp } from '../../server/app.ts';
import { clientRoutes } from '../../server/client-assets.ts';
import { configFromEnv } from '../../server/config.ts';
import { createLinters } from '../../server/linters.ts';
import { createLogger } from '../../server/logger.ts';

const linters = createLinters(undefined, 'alingsas');
const config = { ...configFromEnv({}), rateLimitPerMinute: 100_000 };
const api = createApp({ config, linters, logger: createLogger('silent'), serveClient: false });

// A stand-in client build, so the page route is tested without running Vite.
const dist = mkdtempSync(join(tmpdir(), 'postkoll-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><meta name="csp-nonce" content="%CSP_NONCE%"><script type="module" src="/assets/app.js"></script>');
writeFileSync(join(dist, 'assets/app.js'), 'export {};');
const pages = createApp({ config, linters, logger: createLogger('silent'), routers: [clientRoutes(dist) as express.Router], serveClient: false });
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** The Content-Security-Policy header as a map of directive → sources. */
function csp(header: string | undefined): Map<string, string[]> {
  expect(header, 'Content-Security-Policy header').toBeTruthy();
  return new Map(
    header!
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...sources] = part.split(/\s+/);
        return [name!, sources];
      }),
  );
}

describe('security headers', () => {
  const apiResponses = [
    ['an API answer', () => request(api).get('/api/health')],
    ['an API error', () => request(api).post('/api/lint').send({})],
    ['an unknown API path', () => request(api).get('/api/nope')],
  ] as const;
  const pageResponses = [
    ['a page of the client', () => request(pages).get('/regler')],
    ['a client asset', () => request(pages).get('/assets/app.js')],
  ] as const;
  const responses = [...apiResponses, ...pageResponses];

  test.each(responses)('%s has a CSP with no unsafe-inline, unsafe-eval or upgrade-insecure-requests, and frame-ancestors none', async (_name, send) => {
    const response = await send();
    const header = response.headers['content-security-policy'];
    expect(header).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    const policy = csp(header);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    // On a plain-HTTP host it would send every asset to https and break the page.
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
  });

  test.each(apiResponses)('%s allows nothing to load: JSON needs no sources and no nonce', async (_name, send) => {
    const policy = csp((await send()).headers['content-security-policy']);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect([...policy.keys()].sort()).toEqual(['default-src', 'frame-ancestors']);
  });

  test.each(pageResponses)('%s allows only its own scripts, and styles from itself or with the page nonce', async (_name, send) => {
    const policy = csp((await send()).headers['content-security-policy']);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('script-src-attr')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    const styles = policy.get('style-src')!;
    expect(styles[0]).toBe("'self'");
    expect(styles.slice(1)).toEqual([expect.stringMatching(/^'nonce-[A-Za-z0-9+/]{22}==?'$/)]);
  });

  test.each(responses)('%s has no X-Powered-By and forbids framing and sniffing', async (_name, send) => {
    const response = await send();
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  test('each page view gets its own style nonce, and the page carries the same one for CodeMirror', async () => {
    const first = await request(pages).get('/').expect(200);
    const second = await request(pages).get('/exempel').expect(200);
    const nonceOf = (response: request.Response) => /'nonce-([^']+)'/.exec(String(response.headers['content-security-policy']))![1]!;
    expect(nonceOf(first)).not.toBe(nonceOf(second));
    expect(first.text).toContain(`<meta name="csp-nonce" content="${nonceOf(first)}">`);
    expect(second.text).toContain(`<meta name="csp-nonce" content="${nonceOf(second)}">`);
    expect(first.text).not.toContain('%CSP_NONCE%');
    expect(first.headers['cache-control']).toBe('no-store');
  });

  test('the built index.html keeps its scripts external (the CSP allows no inline script)', async () => {
    const page = await request(pages).get('/').expect(200);
    for (const [, attributes, body] of page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(attributes).toMatch(/\ssrc=/);
      expect(body!.trim()).toBe('');
    }
    expect(page.text).not.toMatch(/\sstyle="/);
    expect(page.text).not.toMatch(/\son[a-z]+="/);
  });
});
