// Credpath adviser console (docs/console.md). Plain ES module, no framework, no build step.
// Every value from the API is rendered with textContent / value, never as markup.
const $ = id => document.getElementById(id);
const KEY = 'credpath.key';
const state = { recs: [], pathways: [], hoursPerWeek: null };

export function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k in e && typeof v !== 'string') e[k] = v;
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c != null && c !== false) e.append(c instanceof Node ? c : String(c));
  return e;
}

/** The cost shape {state, amount, currency, basis}; also reads the older plain costUsd. */
export function costOf(x) {
  if (x && x.cost && typeof x.cost === 'object' && typeof x.cost.state === 'string') return x.cost;
  if (x && typeof x.costUsd === 'number') return { state: 'known', amount: x.costUsd, currency: 'USD', basis: 'catalogue price' };
  return { state: 'unknown', amount: null, currency: 'USD', basis: 'not stated' };
}

function money(n) {
  return (n < 0 ? '-' : '') + '$' + Math.abs(Math.round(n)).toLocaleString('en-US');
}

export function costText(x) {
  const c = costOf(x);
  if (c.state === 'unknown' || typeof c.amount !== 'number') return 'cost unknown';
  return (c.state === 'estimated' ? 'about ' : '') + (c.amount === 0 ? 'free' : money(c.amount)) + ' (' + c.state + ')';
}

export function safeUrl(u) {
  try {
    const url = new URL(String(u));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch (e) {
    return null;
  }
}

function status(text) {
  $('status').textContent = text;
}

export async function api(method, path, body) {
  const headers = { 'X-API-Key': sessionStorage.getItem(KEY) || '' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) throw new Error((json && json.detail) || method + ' ' + path + ': HTTP ' + res.status);
  return json;
}

const list = s => s.split(',').map(x => x.trim()).filter(Boolean);
const num = s => (s.trim() === '' ? undefined : Number(s));

function readLearner() {
  const v = id => $(id).value;
  const l = {
    id: v('l-id').trim(), currentOccupation: v('l-current').trim() || undefined,
    targetOccupation: v('l-target').trim() || undefined, heldCredentials: list(v('l-held')), skills: list(v('l-skills')),
    budgetUsd: num(v('l-budget')), hoursPerWeek: num(v('l-hours')), deadlineWeeks: num(v('l-deadline')),
    languages: list(v('l-langs')).map(x => x.toLowerCase())
  };
  return JSON.parse(JSON.stringify(l));
}

function fillLearner(l) {
  const set = (id, x) => { $(id).value = x == null ? '' : Array.isArray(x) ? x.join(', ') : String(x); };
  set('l-id', l.id); set('l-current', l.currentOccupation); set('l-target', l.targetOccupation);
  set('l-held', l.heldCredentials); set('l-skills', l.skills); set('l-budget', l.budgetUsd);
  set('l-hours', l.hoursPerWeek); set('l-deadline', l.deadlineWeeks); set('l-langs', l.languages);
}

// --- occupation autocomplete: GET /v1/occupations?q= fills a datalist and shows the best reading
function autocomplete(inputId, listId, readingId) {
  let timer = 0;
  let seq = 0;
  $(inputId).addEventListener('input', () => {
    clearTimeout(timer);
    const q = $(inputId).value.trim();
    if (q.length < 2) { $(readingId).textContent = ''; return; }
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const r = await api('GET', '/v1/occupations?k=8&q=' + encodeURIComponent(q));
        if (mine !== seq) return;
        $(listId).replaceChildren(...r.items.map(m => el('option', { value: m.label })));
        $(readingId).textContent = r.items.length ? 'read as: ' + r.items[0].label + ' (' + r.items[0].id + ')' : 'no occupation matches';
      } catch (e) {
        $(readingId).textContent = e.message;
      }
    }, 250);
  });
}

function showReading(id, r) {
  if (r) $(id).textContent = 'read as: ' + r.title + ' (' + r.uri + ', by ' + r.method + ')';
}

// --- skill gap
function renderGap(gap) {
  const table = $('gap-table');
  if (!gap) {
    $('gap-summary').textContent = 'No gap: no target occupation was resolved.';
    table.hidden = true;
    return;
  }
  const pct = x => Math.round(100 * x) + ' %';
  $('gap-summary').textContent = 'Against ' + gap.basis + ': the learner has ' + pct(gap.essentialCoveredShare)
    + ' of the essential skills; ' + gap.missing.length + ' missing'
    + (gap.growthPercent != null ? '; projected growth ' + gap.growthPercent + ' %' : '')
    + (gap.annualOpenings != null ? ', ' + Math.round(gap.annualOpenings).toLocaleString('en-US') + ' openings a year' : '') + '.';
  table.tBodies[0].replaceChildren(...gap.missing.slice(0, 25).map(g => el('tr', {},
    el('td', {}, g.label), el('td', {}, g.essential ? 'yes' : 'no'), el('td', {}, g.weight.toFixed(2)),
    el('td', {}, (g.demand || []).join('; ')))));
  table.hidden = false;
}

// --- recommendations
function renderRecs(answer) {
  state.recs = answer.items || [];
  $('recs').replaceChildren(...state.recs.map(item => {
    const href = safeUrl(item.url);
    const title = href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, item.title) : item.title;
    const facts = [item.provider, item.credentialType, costText(item),
      typeof item.hours === 'number' ? Math.round(item.hours) + ' h' : 'hours unknown', item.language].filter(Boolean);
    return el('li', {}, el('h3', {}, title), el('p', { class: 'meta' }, facts.join(' · ')),
      el('ul', { class: 'why' }, (item.explanation || []).map(w => el('li', {}, w))));
  }));
}

// --- pathways
function scale() {
  let lo = 0;
  let hi = 1;
  for (const p of state.pathways) {
    lo = Math.min(lo, -(pricedTotal(p) || 0), p.expectedReturn ? p.expectedReturn.p10Usd : 0);
    hi = Math.max(hi, p.expectedReturn ? Math.max(p.expectedReturn.p90Usd, p.expectedReturn.meanUsd) : 0);
  }
  return { lo, hi };
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text != null) e.textContent = String(text);
  return e;
}

function chart(p, { lo, hi }) {
  const W = 320;
  const x = v => 10 + (W - 20) * (v - lo) / (hi - lo);
  const er = p.expectedReturn;
  const cost = pricedTotal(p);
  const summary = 'Cost ' + totalCostText(p) + (er ? '; expected return median ' + money(er.medianUsd) + ', 80 % interval '
    + money(er.p10Usd) + ' to ' + money(er.p90Usd) + ', mean ' + money(er.meanUsd) : '; expected return not priced');
  const s = svg('svg', { viewBox: '0 0 ' + W + ' 70', class: 'chart', role: 'img', 'aria-label': summary });
  s.append(svg('title', {}, summary));
  s.append(svg('text', { x: 10, y: 11, 'font-size': 10, fill: '#1a1a1a' }, 'cost ' + totalCostText(p)));
  if (cost != null) s.append(svg('rect', { x: x(-cost), y: 15, width: Math.max(1, x(0) - x(-cost)), height: 12, fill: '#a31515' }));
  if (er) {
    s.append(svg('text', { x: 10, y: 42, 'font-size': 10, fill: '#1a1a1a' }, 'return ' + money(er.p10Usd) + ' … '
      + money(er.medianUsd) + ' … ' + money(er.p90Usd) + ', ' + er.horizonYears + ' y'));
    s.append(svg('rect', { x: x(er.p10Usd), y: 47, width: Math.max(1, x(er.p90Usd) - x(er.p10Usd)), height: 12, fill: '#9cc3ee' }));
    s.append(svg('rect', { x: x(er.medianUsd) - 1.5, y: 44, width: 3, height: 18, fill: '#0b4fa8' }));
    s.append(svg('line', { x1: x(er.meanUsd), x2: x(er.meanUsd), y1: 44, y2: 62, stroke: '#1a1a1a', 'stroke-dasharray': '2 2' }));
    s.append(svg('text', { x: Math.min(W - 30, x(er.meanUsd) + 2), y: 69, 'font-size': 8, fill: '#1a1a1a' }, 'mean'));
  }
  s.append(svg('line', { x1: x(0), x2: x(0), y1: 13, y2: 66, stroke: '#555' }));
  s.append(svg('text', { x: x(0) + 2, y: 69, 'font-size': 8, fill: '#3d3d3d' }, '0'));
  return s;
}

function returnText(er) {
  if (!er) return 'Expected return: not priced (no wages known for the current or target occupation).';
  const pct = v => Math.round(100 * v) + ' %';
  return 'Expected return over ' + er.horizonYears + ' years: median ' + money(er.medianUsd) + ' (80 %: '
    + money(er.p10Usd) + ' to ' + money(er.p90Usd) + '), mean ' + money(er.meanUsd) + (er.moveProbability != null ? '; chance of the move '
    + pct(er.moveProbability) + ' (' + pct(er.moveProbabilityWithout) + ' without)' : '') + '.';
}

function shareLink(p) {
  const l = readLearner();
  return location.origin + location.pathname + '#learner=' + encodeURIComponent(l.id) + '&pathway=' + encodeURIComponent(p.id);
}

function stepTools(p, i, j) {
  const s = p.steps[j];
  const ids = p.steps.map(x => x.credentialId);
  const move = (d) => { const n = ids.slice(); [n[j], n[j + d]] = [n[j + d], n[j]]; edit(i, n); };
  const swapSelect = el('select', { 'aria-label': 'Replacement for ' + s.title },
    el('option', { value: '' }, 'swap for…'),
    state.recs.filter(r => !ids.includes(r.credentialId)).map(r => el('option', { value: r.credentialId }, r.title)));
  return el('div', { class: 'steptools' },
    el('button', { type: 'button', disabled: j === 0, 'aria-label': 'Move ' + s.title + ' up', onclick: () => move(-1) }, '↑ up'),
    el('button', { type: 'button', disabled: j === ids.length - 1, 'aria-label': 'Move ' + s.title + ' down', onclick: () => move(1) }, '↓ down'),
    el('button', { type: 'button', disabled: ids.length === 1, 'aria-label': 'Remove ' + s.title,
      onclick: () => edit(i, ids.filter((_, k) => k !== j)) }, 'remove'),
    swapSelect,
    el('button', { type: 'button', 'aria-label': 'Swap ' + s.title, onclick: () => {
      if (swapSelect.value) edit(i, ids.map((x, k) => (k === j ? swapSelect.value : x)));
    } }, 'swap'));
}

const unknownCosts = p => p.steps.filter(s => costOf(s).state === 'unknown').length;

/** A pathway's total as an amount, or null when any step's cost is unknown (never read as 0). */
export function pricedTotal(p) {
  if (unknownCosts(p) > 0) return null;
  if (p.cost && typeof p.cost.amount === 'number') return p.cost.amount;
  return typeof p.totalCostUsd === 'number' ? p.totalCostUsd : null;
}

/** "$245", "about $245 (estimated)", or "cost unknown (2 of 3 steps unpriced; the priced steps come to $98)". */
export function totalCostText(p) {
  const unknown = unknownCosts(p);
  if (unknown > 0 || pricedTotal(p) == null) {
    const priced = p.steps.map(costOf).filter(c => typeof c.amount === 'number');
    const sum = priced.reduce((a, c) => a + c.amount, 0);
    return 'cost unknown (' + Math.max(unknown, 1) + ' of ' + p.steps.length + ' steps unpriced'
      + (priced.length ? '; the priced steps come to ' + money(sum) : '') + ')';
  }
  const estimated = p.steps.some(s => costOf(s).state === 'estimated') || (p.cost && p.cost.state === 'estimated');
  return (estimated ? 'about ' : '') + money(pricedTotal(p)) + (estimated ? ' (estimated)' : '');
}

function renderPathways() {
  const sc = scale();
  $('pathways').replaceChildren(...state.pathways.map((p, i) => {
    const weeks = p.weeks != null ? Math.ceil(p.weeks) + ' weeks' : 'weeks unknown';
    const steps = el('ol', {}, p.steps.map((s, j) => el('li', { class: 'step' },
      el('strong', {}, s.title),
      el('div', { class: 'meta' }, [Math.round(s.hours || 0) + ' h', costText(s),
        s.skillsGained.length ? 'teaches ' + s.skillsGained.slice(0, 4).join(', ') : null].filter(Boolean).join(' · ')),
      s.why ? el('div', { class: 'meta' }, s.why) : null,
      stepTools(p, i, j))));
    const link = p.id ? el('input', { class: 'share', readOnly: true, value: shareLink(p), 'aria-label': 'Share link' }) : null;
    return el('article', { class: 'pathway', 'aria-labelledby': 'pw-h-' + i },
      el('h3', { id: 'pw-h-' + i }, 'Pathway ' + (i + 1)),
      el('p', { class: 'meta' }, p.explanation[0] || ''),
      el('p', { class: 'totals' }, weeks + ' · ' + Math.round(p.totalHours || 0) + ' h · ' + totalCostText(p)
        + (p.coverage != null ? ' · covers ' + Math.round(100 * p.coverage) + ' % of the gap' : '')),
      chart(p, sc),
      el('p', {}, returnText(p.expectedReturn)),
      steps,
      (p.warnings || []).map(w => el('p', { class: 'warn' }, w)),
      el('p', { class: p.edited ? 'edited' : 'saved', role: 'status' },
        p.edited ? 'Edited, not saved' : p.id ? 'Saved as ' + p.id : 'Not saved'),
      el('div', { class: 'actions no-print' },
        el('button', { type: 'button', disabled: !p.edited, onclick: () => save(i) }, 'Save pathway ' + (i + 1)),
        ' ', el('button', { type: 'button', onclick: () => window.print() }, 'Print'),
        link ? [' ', el('button', { type: 'button', onclick: () => copy(link) }, 'Copy share link'), link] : null));
  }));
}

async function copy(input) {
  input.select();
  try { await navigator.clipboard.writeText(input.value); status('Link copied.'); } catch (e) { status('Select the link and copy it.'); }
}

async function edit(i, steps) {
  status('Re-pricing pathway ' + (i + 1) + '…');
  try {
    const r = await api('POST', '/v1/pathways/evaluate', { learner: readLearner(), steps });
    state.pathways[i] = Object.assign(r.pathways[0], { edited: true, warnings: r.warnings });
    renderPathways();
    status('Pathway ' + (i + 1) + ' re-priced by the engine.');
  } catch (e) {
    status(e.message);
  }
}

async function save(i) {
  const p = state.pathways[i];
  try {
    const learner = readLearner();
    await api('PUT', '/v1/learners/' + encodeURIComponent(learner.id), learner);
    const r = await api('POST', '/v1/pathways/evaluate', { learner, steps: p.steps.map(s => s.credentialId), save: true });
    state.pathways[i] = Object.assign(r.pathways[0], { edited: false, warnings: p.warnings });
    history.replaceState(null, '', shareLink(state.pathways[i]));
    renderPathways();
    status('Saved pathway ' + (i + 1) + ' as ' + state.pathways[i].id + '.');
  } catch (e) {
    status(e.message);
  }
}

async function plan() {
  if (!$('learner-form').reportValidity()) return;
  const learner = readLearner();
  status('Planning…');
  try {
    await api('PUT', '/v1/learners/' + encodeURIComponent(learner.id), learner);
    const [planned, recs] = await Promise.all([
      api('POST', '/v1/pathways', { learnerId: learner.id, maxPathways: 3 }),
      api('POST', '/v1/recommendations', { learnerId: learner.id, k: 8 })]);
    showReading('read-current', planned.currentOccupation);
    showReading('read-target', planned.targetOccupation);
    renderGap(planned.gap);
    renderRecs(recs);
    state.pathways = planned.pathways.map(p => Object.assign(p, { edited: false }));
    renderPathways();
    status(planned.pathways.length + ' pathway(s) planned and saved; ' + recs.items.length + ' recommendations.'
      + (planned.warnings.length ? ' Warnings: ' + planned.warnings.join('; ') : ''));
  } catch (e) {
    status(e.message);
  }
}

async function openLearner(id) {
  const l = await api('GET', '/v1/learners/' + encodeURIComponent(id));
  fillLearner(l);
  return l;
}

/** A shared link: #learner=ID&pathway=PID opens the learner and that saved pathway. */
async function openFromHash() {
  const h = new URLSearchParams(location.hash.slice(1));
  if (!h.get('learner') || !sessionStorage.getItem(KEY)) return;
  try {
    const l = await openLearner(h.get('learner'));
    if (h.get('pathway')) {
      const p = await api('GET', '/v1/pathways/' + encodeURIComponent(h.get('pathway')));
      const fresh = await api('POST', '/v1/pathways/evaluate', { learner: l, steps: p.steps.map(s => s.credentialId) });
      renderGap(fresh.gap);
      showReading('read-current', fresh.currentOccupation);
      showReading('read-target', fresh.targetOccupation);
      renderRecs(await api('POST', '/v1/recommendations', { learnerId: l.id, k: 8 }));
      state.pathways = [Object.assign(p, { edited: false })];
      renderPathways();
      status('Opened pathway ' + p.id + ' of learner ' + l.id + '.');
    } else {
      status('Opened learner ' + l.id + '.');
    }
  } catch (e) {
    status(e.message);
  }
}

async function loadLearnerIds() {
  try {
    const page = await api('GET', '/v1/learners?limit=100');
    $('learner-ids').replaceChildren(...page.items.map(l => el('option', { value: l.id })));
  } catch (e) { /* shown when the adviser acts */ }
}

function init() {
  const have = sessionStorage.getItem(KEY);
  $('key-state').textContent = have ? 'key set for this tab' : 'paste a tenant key';
  $('key-form').addEventListener('submit', e => {
    e.preventDefault();
    sessionStorage.setItem(KEY, $('api-key').value.trim());
    $('api-key').value = '';
    $('key-state').textContent = 'key set for this tab';
    loadLearnerIds();
    openFromHash();
  });
  $('find-form').addEventListener('submit', async e => {
    e.preventDefault();
    try { const l = await openLearner($('find-id').value.trim()); status('Opened learner ' + l.id + '; plan to see pathways.'); }
    catch (err) { status(err.message); }
  });
  $('learner-form').addEventListener('submit', async e => {
    e.preventDefault();
    const l = readLearner();
    try { await api('PUT', '/v1/learners/' + encodeURIComponent(l.id), l); status('Saved learner ' + l.id + '.'); }
    catch (err) { status(err.message); }
  });
  $('plan').addEventListener('click', plan);
  autocomplete('l-current', 'occ-current', 'read-current');
  autocomplete('l-target', 'occ-target', 'read-target');
  window.addEventListener('hashchange', openFromHash);
  if (have) { loadLearnerIds(); openFromHash(); }
}

init();
