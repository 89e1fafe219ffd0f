// The widget on a static host page served from another port: cards, events, axe-core, hostile strings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { BASE, api, issueKey, launch, shot, axeSerious, HOSTILE } from './helpers.mjs';

let context;
let host;
let origin;
let tenant;
let pages = {};

const LEARNER = 'current-occupation="data entry clerk" target-occupation="data analyst" skills="SQL, spreadsheet software"';

function page(pub, count, extra = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course shop</title>
<script>addEventListener('credpath-rendered', e => { window.__rendered = e.detail; }, true);</script>
<script src="${BASE}/widget.js" defer></script></head>
<body><main><h1>Course shop</h1><p>Courses picked for you:</p>
<credpath-recommendations api-key="${pub}" ${LEARNER} count="${count}" learner-id="shopper-1" ${extra}></credpath-recommendations>
</main></body></html>`;
}

before(async () => {
  host = http.createServer((req, res) => {
    const body = pages[req.url.split('?')[0]];
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body || 'not found');
  });
  await new Promise(r => host.listen(0, '127.0.0.1', r));
  origin = 'http://127.0.0.1:' + host.address().port;
  tenant = await issueKey('tenant');
  const pub = await issueKey('public', [origin]);
  pages['/'] = page(pub, 4);
  pages['/stub'] = page('pk-stub', 3, 'api-base="' + BASE + '"');
  context = await launch();
  await context.route(url => url.hostname !== '127.0.0.1', r => r.abort()); // the cards link out; no internet needed
});
after(async () => {
  if (context) await context.close();
  if (host) host.close();
});

async function rendered(p) {
  await p.waitForFunction(() => window.__rendered, null, { timeout: 180000 });
  return p.evaluate(() => window.__rendered);
}

async function eventsOf(requestId, want) {
  for (let i = 0; i < 50; i++) {
    const r = await api('GET', '/v1/events?requestId=' + encodeURIComponent(requestId), tenant);
    if (r.events.length >= want) return r.events;
    await new Promise(res => setTimeout(res, 200));
  }
  return (await api('GET', '/v1/events?requestId=' + encodeURIComponent(requestId), tenant)).events;
}

test('cards render on another origin and impression and click events reach the API', async () => {
  const p = await context.newPage();
  await p.goto(origin + '/');
  const { requestId, count } = await rendered(p);
  assert.ok(count >= 1 && count <= 4, 'cards: ' + count);
  const cards = p.locator('credpath-recommendations li');
  assert.equal(await cards.count(), count);
  assert.match(await cards.first().locator('.meta').textContent(), /USD|free|cost unknown/);
  await shot(p, 'widget-host');
  assert.deepEqual(await axeSerious(p), [], 'axe-core: no serious or critical violation (widget)');

  const popup = context.waitForEvent('page');
  await cards.locator('a').first().click();
  await (await popup).close();

  const events = await eventsOf(requestId, count + 1);
  const impressions = events.filter(e => e.type === 'impression');
  const clicks = events.filter(e => e.type === 'click');
  assert.equal(impressions.length, count, 'one impression per card');
  assert.deepEqual(impressions.map(e => e.position).sort(), [...Array(count).keys()].map(i => i + 1));
  assert.equal(clicks.length, 1, 'the click arrived');
  assert.ok(events.every(e => e.learnerId === 'shopper-1'));
});

test('a hostile credential title from the catalogue renders as text in the widget', async () => {
  const asked = { learner: { currentOccupation: 'data entry clerk', targetOccupation: 'data analyst', skills: ['SQL', 'spreadsheet software'] }, k: 4 };
  const top = (await api('POST', '/v1/recommendations', tenant, asked)).items[0];
  const record = await api('GET', '/v1/credentials/' + encodeURIComponent(top.credentialId), tenant);
  // the same title and skills rank it next to the original; the markup goes in the provider, shown on the card
  const hostile = { ...record, id: 'acme:hostile-copy', provider: HOSTILE };
  await api('POST', '/v1/credentials', tenant, [hostile]);
  const p = await context.newPage();
  await p.goto(origin + '/');
  await rendered(p);
  const card = p.locator('credpath-recommendations li', { hasText: 'window.__pwned=1' });
  assert.equal(await card.count(), 1, 'the hostile copy of the top credential is among the cards');
  assert.ok((await card.locator('.meta').textContent()).includes('<script>window.__pwned=1</script><img src=x'), 'markup shown as text');
  assert.equal(await p.locator('credpath-recommendations img').count(), 0, 'no element from data');
  assert.equal(await p.evaluate(() => window.__pwned), undefined, 'no script ran');
  await shot(p, 'widget-hostile-catalogue');
  await api('DELETE', '/v1/credentials/acme:hostile-copy', tenant);
});

test('10,000 characters, RTL marks, a javascript: link and all three cost states render safely', async () => {
  const p = await context.newPage();
  const long = HOSTILE + 'W'.repeat(10000);
  await p.route(BASE + '/v1/**', async route => {
    const cors = { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Headers': 'X-API-Key, Content-Type', 'Access-Control-Allow-Methods': 'POST' };
    if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    if (!route.request().url().endsWith('/v1/recommendations')) return route.fulfill({ status: 201, headers: cors, json: { stored: 0, duplicates: 0 } });
    return route.fulfill({ status: 200, headers: cors, json: { requestId: 'r-stub', model: 'stub', items: [
      { credentialId: 'x-1', title: long, provider: long, url: 'javascript:window.__pwned=3', credentialType: HOSTILE,
        cost: { state: 'estimated', amount: 120, currency: 'USD', basis: 'typical price' }, hours: 12, language: '\u202Ear', explanation: [long] },
      { credentialId: 'x-2', title: 'Older cost shape', costUsd: 50, hours: 3, explanation: [] },
      { credentialId: 'x-3', title: 'Unknown cost', cost: { state: 'unknown', amount: null, currency: 'USD', basis: 'not stated' } }] } });
  });
  await p.goto(origin + '/stub');
  await rendered(p);
  const cards = p.locator('credpath-recommendations li');
  assert.equal(await cards.count(), 3);
  assert.equal(await cards.nth(0).locator('a').count(), 0, 'a javascript: URL is not made a link');
  assert.ok((await cards.nth(0).locator('h3').textContent()).length > 10000, 'the whole title is text');
  assert.match(await cards.nth(0).locator('.meta').textContent(), /about 120 USD \(estimated\)/);
  assert.match(await cards.nth(1).locator('.meta').textContent(), /50 USD/);
  assert.match(await cards.nth(2).locator('.meta').textContent(), /cost unknown/);
  const box = await cards.nth(0).boundingBox();
  assert.ok(box.width <= 1280 && box.height < 600, 'the card keeps its size: ' + JSON.stringify(box));
  assert.equal(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no horizontal overflow');
  assert.equal(await p.locator('credpath-recommendations img').count(), 0);
  assert.equal(await p.evaluate(() => window.__pwned), undefined, 'no script ran');
  await shot(p, 'widget-hostile-10000');
});
