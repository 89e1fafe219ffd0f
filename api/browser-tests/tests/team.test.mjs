// The console's Team panel: learners grouped as a team, the team's gaps per target role and the
// credentials that close the most of them, with cost in its state; keyboard, axe-core, hostile text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, api, issueKey, launch, shot, shotOf, axeSerious, HOSTILE } from './helpers.mjs';

let context;
let key;
const MEMBERS = [
  { id: 'team-m1', currentOccupation: 'data entry clerk', targetOccupation: 'data analyst', skills: ['SQL'] },
  { id: 'team-m2', currentOccupation: 'bookkeeper', targetOccupation: 'data analyst', skills: [] },
  { id: 'team-m3', currentOccupation: 'receptionist', targetOccupation: 'data analyst', skills: ['spreadsheet software'] }
];

before(async () => {
  key = await issueKey('tenant');
  for (const m of MEMBERS) await api('PUT', '/v1/learners/' + m.id, key, m);
  context = await launch();
  await context.route(url => url.hostname !== '127.0.0.1', r => r.abort()); // no internet needed
});
after(async () => context && context.close());

async function useKey(page) {
  await page.fill('#api-key', key);
  await page.press('#api-key', 'Enter');
  await page.waitForFunction(() => document.querySelectorAll('#t-members input[type=checkbox]').length >= 3);
}

const cells = row => row.locator('td').allTextContents();

test('a team of three learners: gaps per role, credentials that close most, cost states, keyboard, axe-core', async () => {
  const page = await context.newPage();
  await page.goto(BASE + '/');
  await useKey(page);
  await page.fill('#t-id', 'team-browser');
  await page.fill('#t-name', HOSTILE);
  await page.fill('#t-targets', 'data analyst');
  for (const m of MEMBERS) await page.check('#t-members input[value="' + m.id + '"]');
  await page.click('#t-plan');
  await page.waitForSelector('#team-creds tbody tr', { timeout: 180000 });

  const plan = await api('GET', '/v1/teams/team-browser/plan?maxCredentials=10', key);
  assert.deepEqual(plan.learnerIds, MEMBERS.map(m => m.id), 'the API holds the ticked members in order');
  assert.equal(plan.roles.length, 1);
  const role = plan.roles[0];
  assert.match(role.targetTitle, /data analyst/i);
  assert.ok(role.skills.length > 0 && plan.credentials.length > 0, 'gaps and credentials');
  const skillRows = page.locator('#team-plan table.role-gap').first().locator('tbody tr');
  assert.equal(await skillRows.count(), Math.min(25, role.skills.length));
  const firstSkill = await cells(skillRows.first());
  assert.equal(firstSkill[0], role.skills[0].label);
  assert.equal(firstSkill[1], role.skills[0].membersLacking + ' of 3');
  const lacking = role.skills.map(s => s.membersLacking);
  assert.deepEqual(lacking, [...lacking].sort((a, b) => b - a), 'most members lacking first');

  const credRows = page.locator('#team-creds tbody tr');
  assert.equal(await credRows.count(), plan.credentials.length);
  for (let i = 0; i < plan.credentials.length; i++) {
    const c = plan.credentials[i];
    const row = await cells(credRows.nth(i));
    assert.ok(row[1].startsWith(c.title), 'row ' + (i + 1) + ' is ' + c.title);
    assert.ok(row[2].startsWith(String(c.membersHelped)), 'members helped');
    if (c.cost.state === 'unknown') assert.equal(row[5], 'cost unknown', 'an unknown price is never shown as a number');
    else assert.match(row[5], new RegExp('\\((' + c.cost.state + ')\\)$'));
    if (c.teamCost.state === 'unknown') assert.equal(row[6], 'cost unknown');
  }
  assert.ok(plan.closedGaps <= plan.memberGaps && plan.closedGaps > 0);
  assert.match(await page.locator('#team-plan .totals').textContent(),
    new RegExp('^' + plan.memberGaps + ' member-gaps across 1 role\\(s\\); the ' + plan.credentials.length
      + ' credential\\(s\\) below close ' + plan.closedGaps + ' '));
  console.log('team plan: ' + plan.memberGaps + ' member-gaps, ' + plan.credentials.length + ' credentials close '
    + plan.closedGaps + '; first: ' + plan.credentials[0].title + ' (' + plan.credentials[0].memberGapsClosed + ' gaps, '
    + plan.credentials[0].membersHelped + ' members, ' + plan.credentials[0].cost.state + ' cost)');

  // hostile team name: text, no element, no script
  assert.equal(await page.locator('#team-plan h3').first().textContent(), 'Team: ' + HOSTILE.trim(), 'the name as text (stored stripped)');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran');
  assert.equal(await page.locator('#team-plan img, #team-plan script').count(), 0, 'no markup from data');

  assert.deepEqual(await axeSerious(page), [], 'axe-core: no serious or critical violation (team planned)');
  await shot(page, 'console-team');
  await shotOf(page.locator('section[aria-labelledby="team-h"]'), 'console-team-panel');

  // keyboard: from the team id, Tab reaches every member's checkbox and the buttons; Space ticks
  await page.focus('#t-id');
  const reached = [];
  for (let i = 0; i < 40 && !reached.includes('t-plan'); i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => document.activeElement.id || document.activeElement.value));
  }
  for (const want of ['t-name', 't-targets', ...MEMBERS.map(m => m.id), 't-reload', 't-open', 't-plan']) {
    assert.ok(reached.includes(want), 'Tab reaches ' + want + ' (reached: ' + reached.join(' | ') + ')');
  }
  await page.focus('#t-members input[value="team-m2"]');
  await page.keyboard.press('Space');
  assert.equal(await page.isChecked('#t-members input[value="team-m2"]'), false, 'Space unticks a member');

  // reopen the saved team in a fresh tab
  const again = await context.newPage();
  await again.goto(BASE + '/');
  await useKey(again);
  await again.fill('#t-id', 'team-browser');
  await again.click('#t-open');
  await again.waitForFunction(() => document.getElementById('team-status').textContent.startsWith('Opened team'));
  assert.equal(await again.inputValue('#t-name'), HOSTILE.trim());
  assert.equal(await again.locator('#t-members input:checked').count(), 3);
});

test('a team member of another tenant is refused, naming the field', async () => {
  const page = await context.newPage();
  await page.goto(BASE + '/');
  await useKey(page);
  await page.fill('#t-id', 'team-bad');
  await page.fill('#t-name', 'Bad');
  await page.check('#t-members input[value="team-m1"]');
  await page.evaluate(() => { // a box for an id this tenant does not store (as if another tenant's)
    const box = document.querySelector('#t-members input[value="team-m1"]').cloneNode();
    box.value = 'someone-elses';
    box.checked = true;
    document.querySelector('#t-members .members').append(box);
  });
  await page.click('#t-plan');
  await page.waitForFunction(() => /learner/.test(document.getElementById('team-status').textContent));
  assert.match(await page.locator('#team-status').textContent(), /someone-elses/);
});
