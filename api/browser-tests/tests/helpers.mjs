// Shared by the browser tests: the server under test, keys, Chromium, screenshots and axe-core.
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

export const BASE = process.env.CREDPATH_URL;
const ADMIN = process.env.CREDPATH_ADMIN_KEY;
const ARTEFACTS = process.env.CREDPATH_ARTEFACTS || join(process.cwd(), 'target');
if (!BASE || !ADMIN) throw new Error('run through ./run.sh: CREDPATH_URL and CREDPATH_ADMIN_KEY are required');

export async function api(method, path, key, body, headers = {}) {
  const res = await fetch(BASE + path, {
    method, headers: { 'X-API-Key': key, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await res.text();
  if (!res.ok) throw new Error(method + ' ' + path + ': ' + res.status + ' ' + text);
  return text ? JSON.parse(text) : null;
}

/** A new key of the tenant acme: tenant, or public for the given origins. */
export async function issueKey(type, origins = []) {
  const r = await api('POST', '/v1/admin/tenants/acme/keys', ADMIN, { type, label: 'browser test', origins });
  return r.secret;
}

export async function launch() {
  const dir = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  return chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync']
  });
}

export async function shot(page, name, options = {}) {
  mkdirSync(ARTEFACTS, { recursive: true });
  const path = join(ARTEFACTS, name + '.png');
  await page.screenshot({ path, fullPage: true, ...options });
  return path;
}

/** A screenshot of one element (a readable close-up next to the full-page shots). */
export async function shotOf(locator, name) {
  mkdirSync(ARTEFACTS, { recursive: true });
  await locator.screenshot({ path: join(ARTEFACTS, name + '.png') });
}

const require = createRequire(import.meta.url);
const AXE = join(dirname(require.resolve('axe-core')), 'axe.min.js');

/** axe-core's serious and critical violations on the page (open shadow roots included). */
export async function axeSerious(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }));
  });
  return result.filter(v => v.impact === 'serious' || v.impact === 'critical');
}

/** A hostile string: markup, an event handler, RTL override and isolate marks. */
export const HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">\u202Egnp.exe\u2067مرحبا\u2069 & "quotes" ';
