// The adviser console at /: build, edit, save, reopen, print; keyboard; axe-core; hostile learner text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, api, issueKey, launch, shot, shotOf, axeSerious, HOSTILE } from './helpers.mjs';

let context;
let key;

before(async () => {
  key = await issueKey('tenant');
  context = await launch();
  await context.route(url => url.hostname !== '127.0.0.1', r => r.abort()); // no internet needed
});
after(async () => context && context.close());

async function useKey(page) {
  await page.fill('#api-key', key);
  await page.press('#api-key', 'Enter');
  await page.waitForFunction(() => document.getElementById('key-state').textContent.includes('key set'));
}

const titles = card => card.locator('li.step > strong').allTextContents();
const hoursOf = text => Number(/([\d,]+) h/.exec(text)[1].replace(/,/g, ''));

async function repriced(page, card, change) {
  const before = await card.locator('.totals').textContent();
  const stepsBefore = await titles(card);
  await change();
  await page.waitForFunction(() => document.getElementById('status').textContent.includes('re-priced by the engine'));
  await page.evaluate(() => { document.getElementById('status').textContent = ''; });
  return { before, stepsBefore, after: await card.locator('.totals').textContent(), stepsAfter: await titles(card) };
}

test('an adviser builds, edits, saves and reopens a pathway; print, keyboard and axe-core', async () => {
  const page = await context.newPage();
  await page.goto(BASE + '/');
  await useKey(page);
  await page.fill('#l-id', 'l-browser-1');
  await page.locator('#l-current').pressSequentially('data entry clerk', { delay: 15 });
  await page.waitForFunction(() => document.getElementById('read-current').textContent.startsWith('read as'), null, { timeout: 60000 });
  await page.fill('#l-target', 'data analyst');
  await page.fill('#l-skills', 'SQL, spreadsheet software, ' + HOSTILE);
  await page.fill('#l-budget', '2000');
  await page.fill('#l-hours', '8');
  await page.fill('#l-deadline', '52');
  await page.fill('#l-langs', 'en');
  await page.click('#plan');
  await page.waitForSelector('article.pathway', { timeout: 180000 });

  assert.ok(await page.locator('#gap-table tbody tr').count() > 0, 'the gap is listed');
  assert.match(await page.locator('#read-target').textContent(), /^read as: .*data analyst/i);
  assert.ok(await page.locator('#recs > li').count() > 0, 'recommendations are shown');
  assert.ok(await page.locator('#recs .why li').count() > 0, 'recommendations are explained');
  const pathways = await page.locator('article.pathway').count();
  assert.ok(pathways >= 1 && pathways <= 3, 'one to three pathways, got ' + pathways);
  assert.equal(await page.locator('article.pathway svg.chart').count(), pathways, 'each pathway has its chart');
  await shot(page, 'console-planned');
  await shotOf(page.locator('header'), 'console-header');
  await shotOf(page.locator('#pathways'), 'console-pathways-planned');
  assert.deepEqual(await axeSerious(page), [], 'axe-core: no serious or critical violation (planned console)');

  const card = page.locator('article.pathway').first();
  const planned = await titles(card);
  if (planned.length >= 2) {
    const moved = await repriced(page, card, () => card.locator('li.step').nth(0).getByRole('button', { name: /down$/ }).click());
    assert.deepEqual(moved.stepsAfter.slice(0, 2), [planned[1], planned[0]], 'reordered');
    assert.equal(await card.locator('.edited').textContent(), 'Edited, not saved');
  }
  const swapSelect = card.locator('li.step').nth(0).locator('select');
  assert.ok(await swapSelect.locator('option').count() > 1, 'recommended credentials are offered for a swap');
  const swapped = await repriced(page, card, async () => {
    await swapSelect.selectOption({ index: 1 });
    await card.locator('li.step').nth(0).getByRole('button', { name: /^Swap/ }).click();
  });
  assert.notEqual(swapped.stepsAfter[0], swapped.stepsBefore[0], 'the first step was swapped');
  if (swapped.stepsAfter.length >= 2) {
    const removed = await repriced(page, card, () => card.locator('li.step').last().getByRole('button', { name: /^Remove/ }).click());
    assert.equal(removed.stepsAfter.length, removed.stepsBefore.length - 1, 'a step was removed');
    assert.ok(hoursOf(removed.after) < hoursOf(removed.before), 'hours recomputed: ' + removed.before + ' -> ' + removed.after);
  }
  const edited = await titles(card);

  await card.getByRole('button', { name: 'Save pathway 1' }).click();
  await page.waitForFunction(() => /Saved pathway 1 as p-/.test(document.getElementById('status').textContent));
  const id = /as (p-[0-9a-f]+)/.exec(await page.locator('#status').textContent())[1];
  const stored = await api('GET', '/v1/pathways/' + id, key);
  assert.deepEqual(stored.steps.map(s => s.title), edited, 'the API holds the edited steps in order');
  assert.ok(page.url().includes('#learner=l-browser-1&pathway=' + id), 'the address is the share link: ' + page.url());
  await shot(page, 'console-edited-saved');
  await shotOf(page.locator('article.pathway').first(), 'console-pathway-edited-saved');

  const link = page.url();
  const reopened = await context.newPage(); // a new tab: sessionStorage is per tab, the key is pasted again
  await reopened.goto(link);
  await useKey(reopened);
  await reopened.waitForSelector('article.pathway', { timeout: 120000 });
  assert.deepEqual(await titles(reopened.locator('article.pathway').first()), edited, 'reopened with the same steps');
  assert.equal(await reopened.locator('.saved').first().textContent(), 'Saved as ' + id);
  assert.ok((await reopened.inputValue('#l-skills')).includes(HOSTILE.trim()), 'a hostile skill is kept as text');
  assert.equal(await reopened.evaluate(() => window.__pwned), undefined, 'no script ran');
  assert.equal(await reopened.locator('main img').count(), 0, 'no markup from data');
  await shot(reopened, 'console-reopened');

  // keyboard: Tab reaches the form, Plan, the step tools, Save, Print and the share link
  await reopened.focus('#api-key');
  const reached = new Set();
  for (let i = 0; i < 120; i++) {
    await reopened.keyboard.press('Tab');
    reached.add(await reopened.evaluate(() => {
      const e = document.activeElement;
      return e.id || e.getAttribute('aria-label') || e.textContent.trim();
    }));
  }
  for (const want of ['l-id', 'l-current', 'l-target', 'l-budget', 'plan', 'Print', 'Copy share link', 'Share link']) {
    assert.ok(reached.has(want), 'Tab reaches ' + want + ' (reached: ' + [...reached].join(' | ') + ')');
  }
  assert.ok([...reached].some(x => /^Swap /.test(x)), 'Tab reaches the step tools');

  await reopened.emulateMedia({ media: 'print' });
  assert.equal(await reopened.locator('.steptools').first().isVisible(), false, 'print hides the edit tools');
  assert.equal(await reopened.locator('#key-form').isVisible(), false, 'print hides the key form');
  await shot(reopened, 'console-print');
  await shotOf(reopened.locator('article.pathway').first(), 'console-pathway-print');
});

test('a pathway total with an unknown step reads "cost unknown", never $0', async () => {
  const page = await context.newPage();
  await page.goto(BASE + '/');
  const out = await page.evaluate(async () => {
    const m = await import(new URL('console.js', location.href).href);
    const unknown = { state: 'unknown', amount: null, currency: 'USD', basis: 'not stated' };
    const est = { state: 'estimated', amount: 98, currency: 'USD', basis: 'subscription' };
    const allUnknown = { steps: [{ cost: unknown }, { cost: unknown }], cost: unknown, totalCostUsd: null };
    const oneUnknown = { steps: [{ cost: est }, { cost: unknown }], cost: unknown, totalCostUsd: null };
    const priced = { steps: [{ cost: est }], cost: est, totalCostUsd: 98 };
    return [allUnknown, oneUnknown, priced].map(p => [m.totalCostText(p), m.pricedTotal(p)]);
  });
  assert.deepEqual(out[0], ['cost unknown (2 of 2 steps unpriced)', null]);
  assert.deepEqual(out[1], ['cost unknown (1 of 2 steps unpriced; the priced steps come to $98)', null]);
  assert.deepEqual(out[2], ['about $98 (estimated)', 98]);
  await page.close();
});
