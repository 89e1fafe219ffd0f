/*
 * Credpath recommendation widget (docs/console.md). One classic script tag and one element:
 *
 *   <script src="https://credpath.example/widget.js" defer></script>
 *   <credpath-recommendations api-key="pk_..." target-occupation="data analyst"
 *       current-occupation="data entry clerk" skills="SQL, spreadsheets" count="3"></credpath-recommendations>
 *
 * Uses a public key (its origin allowlist applies), renders every value as text (textContent only,
 * links only http/https), and reports impression and click events to /v1/events.
 */
(() => {
  'use strict';
  const SCRIPT = document.currentScript;
  const DEFAULT_API = SCRIPT && SCRIPT.src ? new URL(SCRIPT.src).origin : location.origin;

  const CSS = `
:host{display:block;font:14px/1.4 system-ui,sans-serif;color:#1a1a1a}
ol{list-style:none;margin:0;padding:0;display:grid;gap:.75rem;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr))}
li{border:1px solid #c8c8c8;border-radius:6px;padding:.75rem;background:#fff;min-width:0}
h3,.meta,.why{overflow:hidden;overflow-wrap:anywhere;unicode-bidi:isolate}
h3{margin:0 0 .35rem;font-size:1rem;max-height:4.2em}
a{color:#0b4fa8}
a:focus-visible{outline:2px solid #0b4fa8;outline-offset:2px}
.meta{color:#3d3d3d;font-size:.85rem;margin:.2rem 0;max-height:4.2em}
.why{font-size:.85rem;margin:.35rem 0 0;max-height:5.6em}
.state{color:#3d3d3d;font-size:.85rem}`;

  /** The cost shape {state, amount, currency, basis}; also reads the older plain costUsd. */
  function costOf(item) {
    const c = item && item.cost;
    if (c && typeof c === 'object' && typeof c.state === 'string') return c;
    if (typeof item.costUsd === 'number') return { state: 'known', amount: item.costUsd, currency: 'USD', basis: 'catalogue price' };
    return { state: 'unknown', amount: null, currency: 'USD', basis: 'not stated' };
  }

  function costText(item) {
    const c = costOf(item);
    if (c.state === 'unknown' || typeof c.amount !== 'number') return 'cost unknown';
    const money = c.amount === 0 ? 'free' : Math.round(c.amount) + ' ' + (c.currency || 'USD');
    return c.state === 'estimated' ? 'about ' + money + ' (estimated)' : money;
  }

  function safeUrl(u) {
    try {
      const url = new URL(String(u));
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function list(text) {
    return (text || '').split(',').map(s => s.trim()).filter(Boolean);
  }

  function anonymousId() {
    const k = 'credpath.anon';
    try {
      let id = localStorage.getItem(k);
      if (!id) {
        id = 'anon-' + Math.random().toString(36).slice(2, 12);
        localStorage.setItem(k, id);
      }
      return id;
    } catch (e) {
      return 'anon-session';
    }
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = String(text);
    return e;
  }

  class CredpathRecommendations extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = CSS;
      this.status = el('p', 'state', 'Loading recommendations…');
      this.status.setAttribute('role', 'status');
      this.list = el('ol');
      this.list.setAttribute('aria-label', this.getAttribute('label') || 'Recommended credentials');
      root.append(style, this.status, this.list);
      this.load();
    }

    get api() {
      return (this.getAttribute('api-base') || DEFAULT_API).replace(/\/+$/, '');
    }

    learner() {
      const l = { skills: list(this.getAttribute('skills')), languages: list(this.getAttribute('languages')) };
      for (const [attr, field] of [['current-occupation', 'currentOccupation'], ['target-occupation', 'targetOccupation']]) {
        const v = this.getAttribute(attr);
        if (v) l[field] = v;
      }
      const budget = parseFloat(this.getAttribute('budget'));
      if (budget >= 0) l.budgetUsd = budget;
      return l;
    }

    async call(path, body) {
      const res = await fetch(this.api + path, {
        method: 'POST', mode: 'cors', keepalive: path === '/v1/events',
        headers: { 'Content-Type': 'application/json', 'X-API-Key': this.getAttribute('api-key') || '' },
        body: JSON.stringify(body)
      });
      if (!res.ok) {
        let detail = res.status + '';
        try { detail = (await res.json()).detail || detail; } catch (e) { /* not JSON */ }
        throw new Error(detail);
      }
      return res.json();
    }

    async load() {
      const k = Math.min(20, Math.max(1, parseInt(this.getAttribute('count'), 10) || 3));
      try {
        const answer = await this.call('/v1/recommendations', { learner: this.learner(), k });
        this.render(answer);
      } catch (e) {
        this.status.textContent = 'Recommendations are unavailable: ' + e.message;
      }
    }

    render(answer) {
      const items = answer.items || [];
      this.list.replaceChildren(...items.map((item, i) => this.card(answer.requestId, item, i + 1)));
      this.status.textContent = items.length ? '' : 'No recommendations for this profile.';
      this.status.hidden = items.length > 0;
      if (items.length) {
        this.send(items.map((item, i) => this.event(answer.requestId, item, i + 1, 'impression')));
      }
      this.dispatchEvent(new CustomEvent('credpath-rendered', { detail: { requestId: answer.requestId, count: items.length } }));
    }

    card(requestId, item, position) {
      const li = el('li');
      const h = el('h3');
      const href = safeUrl(item.url);
      const title = href ? el('a', null, item.title) : el('span', null, item.title);
      if (href) {
        title.href = href;
        title.target = '_blank';
        title.rel = 'noopener noreferrer';
        title.addEventListener('click', () => this.send([this.event(requestId, item, position, 'click')]));
      }
      h.append(title);
      li.append(h);
      const facts = [item.provider, item.credentialType, costText(item),
        typeof item.hours === 'number' ? Math.round(item.hours) + ' h' : 'hours unknown', item.language].filter(Boolean);
      li.append(el('p', 'meta', facts.join(' · ')));
      if (item.explanation && item.explanation.length) li.append(el('p', 'why', item.explanation[0]));
      return li;
    }

    event(requestId, item, position, type) {
      return {
        id: requestId + ':' + position + ':' + type, learnerId: this.getAttribute('learner-id') || anonymousId(),
        credentialId: item.credentialId, type, timestamp: new Date().toISOString(), position, requestId
      };
    }

    send(events) {
      this.call('/v1/events', events).catch(() => { /* best effort: the page must not break */ });
    }
  }

  if (!customElements.get('credpath-recommendations')) {
    customElements.define('credpath-recommendations', CredpathRecommendations);
  }
})();
