// Credpath adviser console, Team panel (docs/console.md): a team of the tenant's learners, its gaps
// per target role and the credentials that close the most of them. Values rendered as text only.
import { api, costText, el, safeUrl } from './console.js';

const $ = id => document.getElementById(id);
const list = s => s.split(',').map(x => x.trim()).filter(Boolean);
const pct = (a, b) => (b === 0 ? '0 %' : Math.round(100 * a / b) + ' %');

function say(text) {
  $('team-status').textContent = text;
}

/** Checkboxes for the tenant's learners (first 1000), keeping those already ticked. */
async function loadMembers(checked = selected()) {
  const page = await api('GET', '/v1/learners?limit=1000');
  const box = el('div', { class: 'members' }, page.items.map(l => el('label', {},
    el('input', { type: 'checkbox', value: l.id, checked: checked.includes(l.id) }),
    el('span', {}, l.id + (l.targetOccupation ? ' - ' + l.targetOccupation : '')))));
  $('t-members').replaceChildren(el('legend', {}, 'Members (' + page.items.length + ' learners)'),
    page.items.length ? box : el('p', {}, el('small', {}, 'No learner is stored yet: save one above.')));
  const teams = await api('GET', '/v1/teams?limit=1000');
  $('team-ids').replaceChildren(...teams.items.map(t => el('option', { value: t.id }, t.name)));
}

function selected() {
  return [...document.querySelectorAll('#t-members input[type=checkbox]:checked')].map(c => c.value);
}

async function openTeam() {
  const id = $('t-id').value.trim();
  if (!id) { say('Type or pick a team id.'); return; }
  try {
    const t = await api('GET', '/v1/teams/' + encodeURIComponent(id));
    $('t-name').value = t.name;
    $('t-targets').value = t.targetOccupations.join(', ');
    await loadMembers(t.learnerIds);
    say('Opened team ' + t.id + ' (' + t.learnerIds.length + ' members).');
  } catch (e) {
    say(e.message);
  }
}

async function saveAndPlan(e) {
  e.preventDefault();
  const id = $('t-id').value.trim();
  const body = { name: $('t-name').value.trim(), learnerIds: selected(), targetOccupations: list($('t-targets').value) };
  if (!body.learnerIds.length) { say('Tick at least one member.'); return; }
  try {
    say('Saving the team and planning...');
    await api('PUT', '/v1/teams/' + encodeURIComponent(id), body);
    const plan = await api('GET', '/v1/teams/' + encodeURIComponent(id) + '/plan?maxCredentials=10');
    renderPlan(plan);
    say('Planned team ' + plan.teamId + ': ' + plan.credentials.length + ' credential(s) close ' + plan.closedGaps
      + ' of ' + plan.memberGaps + ' member-gaps.');
  } catch (err) {
    say(err.message);
  }
}

function cell(text, cls) {
  return el('td', cls ? { class: cls } : {}, text);
}

function roleTable(role) {
  const n = role.memberIds.length;
  const heading = 'Role: ' + role.targetTitle + ' (' + n + ' member' + (n === 1 ? '' : 's') + ', ' + role.memberGaps
    + ' member-gaps'
    + (role.annualOpenings != null ? ', ' + Math.round(role.annualOpenings).toLocaleString('en-US') + ' openings a year' : '')
    + ')';
  const rows = role.skills.slice(0, 25).map(s => el('tr', {}, cell(s.label), cell(s.membersLacking + ' of ' + n, 'n'),
    cell(s.essential ? 'yes' : 'no'), cell((s.demand || []).join('; '))));
  const head = el('tr', {}, ['Skill', 'Members lacking', 'Essential', 'Demand'].map(h => el('th', { scope: 'col' }, h)));
  return [el('h3', {}, heading), el('table', { class: 'role-gap' },
    el('caption', {}, 'Skills the role needs that members lack, most members first (top 25 of ' + role.skills.length + ')'),
    el('thead', {}, head), el('tbody', {}, rows))];
}

function credentialRow(c, total) {
  const href = safeUrl(c.url);
  const title = href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, c.title) : c.title;
  return el('tr', {}, cell(String(c.rank), 'n'), el('td', {}, title, c.provider ? el('br') : null, c.provider || ''),
    cell(c.membersHelped + ' (' + c.memberIds.join(', ') + ')'),
    cell(c.memberGapsClosed + ' (' + pct(c.cumulativeClosed, total) + ' so far)', 'n'), cell(c.skillsClosed.join('; ')),
    cell(costText(c)), cell(costText({ cost: c.teamCost })),
    cell(typeof c.hours === 'number' ? Math.round(c.hours) + ' h' : 'unknown', 'n'));
}

function renderPlan(plan) {
  const heads = ['#', 'Credential', 'Members helped', 'Gaps closed', 'Skills closed', 'Cost per member', 'Team cost',
    'Hours per member'];
  $('team-plan').replaceChildren(el('h3', {}, 'Team: ' + plan.name),
    el('p', { class: 'totals' }, plan.memberGaps + ' member-gaps across ' + plan.roles.length + ' role(s); the '
      + plan.credentials.length + ' credential(s) below close ' + plan.closedGaps + ' (' + pct(plan.closedGaps, plan.memberGaps)
      + '). Team cost: ' + costText({ cost: plan.totalCost })
      + (plan.totalCost.state === 'unknown' ? ' (' + plan.totalCost.basis + ')' : '') + '.'),
    el('h3', {}, 'Credentials that close the most gaps'),
    el('table', { id: 'team-creds' }, el('caption', {}, 'Ranked greedily: each closes the most member-gaps still open'),
      el('thead', {}, el('tr', {}, heads.map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, plan.credentials.map(c => credentialRow(c, plan.memberGaps)))),
    plan.warnings.length ? el('ul', { class: 'warn' }, plan.warnings.map(w => el('li', {}, w))) : '',
    ...plan.roles.flatMap(roleTable));
}

$('team-form').addEventListener('submit', saveAndPlan);
$('t-open').addEventListener('click', openTeam);
$('t-reload').addEventListener('click', () => loadMembers().then(() => say('Learners reloaded.'), e => say(e.message)));
$('key-form').addEventListener('submit', () => setTimeout(() => loadMembers().catch(e => say(e.message)), 0));
if (sessionStorage.getItem('credpath.key')) loadMembers().catch(e => say(e.message));
