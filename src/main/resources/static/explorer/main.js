// The explorer: search, a graph canvas, details with the source line, related inspections, paths and owners.
// Everything it shows comes from the public GraphQL API; the view's state lives in the URL (#...), so a link
// reproduces it and Back and Forward work.
import { ApiError, graphql, NODE, NEIGHBOURS, SEARCH, DETAILS, OWNER_SUGGESTIONS, OWNER_ACTIONS, PATH, DOCUMENT } from './api.js';
import { $, el } from '/common/dom.js';
import { createCanvas, KINDS, AGREEMENT_COLOURS, STATUS_COLOURS, OVERDUE_BORDER } from './canvas.js';

const NEIGHBOUR_LIMIT = 100;

// ---- state, in the URL ----------------------------------------------------------------------------------

/** What the view shows: the nodes put on the canvas, the expanded ones, the selection, owner, path, source. */
function readState() {
  const p = new URLSearchParams(location.hash.slice(1));
  return {
    add: p.getAll('add'), exp: p.getAll('exp'), sel: p.get('sel'), owner: p.get('owner'),
    from: p.get('from'), to: p.get('to'), src: p.get('src'), q: p.get('q'),
  };
}

function hashOf(state) {
  const p = new URLSearchParams();
  state.add.forEach((id) => p.append('add', id));
  state.exp.forEach((id) => p.append('exp', id));
  for (const key of ['sel', 'owner', 'from', 'to', 'src', 'q']) {
    if (state[key]) p.set(key, state[key]);
  }
  return '#' + p.toString();
}

function writeState(state, replace = false) {
  const hash = hashOf(state);
  if (hash !== location.hash) {
    if (replace) history.replaceState(null, '', hash);
    else history.pushState(null, '', hash);
  }
}

let state = readState();

function update(changes, replace = false) {
  state = { ...state, ...changes };
  writeState(state, replace);
  render();
}

// ---- messages -----------------------------------------------------------------------------------------

function say(text, kind = 'info') {
  const box = $('message');
  box.textContent = text;
  box.className = kind;
  box.hidden = !text;
}

async function attempt(work) {
  try {
    return await work();
  } catch (e) {
    say(e instanceof ApiError ? e.message : 'Something went wrong: ' + e.message, 'error');
    return undefined;
  }
}

// ---- data, cached per id --------------------------------------------------------------------------------

const nodes = new Map();
const neighbours = new Map();
const paths = new Map();

async function node(id) {
  if (!nodes.has(id)) {
    const data = await graphql(NODE, { id });
    nodes.set(id, data.node);
  }
  return nodes.get(id);
}

async function neighboursOf(id) {
  if (!neighbours.has(id)) {
    const data = await graphql(NEIGHBOURS, { id, first: NEIGHBOUR_LIMIT });
    if (data.node) {
      nodes.set(id, data.node);
      data.node.neighbours.forEach((n) => nodes.set(n.node.id, n.node));
      neighbours.set(id, { total: data.node.neighbourCount, list: data.node.neighbours });
    } else {
      neighbours.set(id, null);
    }
  }
  return neighbours.get(id);
}

async function pathBetween(from, to) {
  const key = from + '\n' + to;
  if (!paths.has(key)) {
    const data = await graphql(PATH, { from, to });
    paths.set(key, data.path);
  }
  return paths.get(key);
}

// ---- the canvas and its text list -----------------------------------------------------------------------

const canvas = createCanvas($('canvas'), (id) => toggle(id));

/** Selects a node and shows or folds its neighbours (a click on the canvas). */
function toggle(id) {
  const expanded = state.exp.includes(id);
  update({ sel: id, exp: expanded ? state.exp.filter((x) => x !== id) : [...state.exp, id] });
}

function select(id, { put = false, focus = false } = {}) {
  const onCanvas = canvasIds().has(id);
  update({ sel: id, add: put && !onCanvas && !state.add.includes(id) ? [...state.add, id] : state.add });
  if (focus) $('details').focus();
}

let shown = { nodes: [], edges: [], path: [] };

function canvasIds() {
  return new Set(shown.nodes.map((n) => n.id));
}

async function drawCanvas() {
  const wanted = new Map();
  const edges = [];
  const problems = [];
  // everything the canvas needs, fetched at once
  await Promise.all([...state.add.map(node), ...state.exp.map(neighboursOf)]);
  for (const id of state.add) {
    const n = await node(id);
    if (n) wanted.set(id, n);
    else problems.push(id);
  }
  for (const id of state.exp) {
    const around = await neighboursOf(id);
    if (!around) {
      problems.push(id);
      continue;
    }
    wanted.set(id, nodes.get(id));
    for (const n of around.list) {
      if (!wanted.has(n.node.id)) wanted.set(n.node.id, { ...n.node, near: id });
      edges.push(n.outgoing ? { source: id, target: n.node.id, via: n.via } : { source: n.node.id, target: id, via: n.via });
    }
    if (around.total > around.list.length) {
      say(`${nodes.get(id).name}: showing ${around.list.length} of its ${around.total} neighbours.`);
    }
  }
  let path = [];
  if (state.from && state.to) {
    const steps = await pathBetween(state.from, state.to);
    if (steps) {
      path = steps.map((s) => s.id);
      for (const s of steps) {
        if (!wanted.has(s.id)) wanted.set(s.id, (await node(s.id)) || { id: s.id, kind: s.type, name: s.name });
      }
      steps.slice(0, -1).forEach((s, i) => edges.push({ source: s.id, target: steps[i + 1].id, via: s.via }));
    }
  }
  if (state.sel && !wanted.has(state.sel)) {
    const n = await node(state.sel);
    if (n) wanted.set(state.sel, n);
  }
  if (problems.length) {
    say(`Nothing has the id ${problems.map((p) => `'${p}'`).join(', ')}; the link may be out of date.`, 'error');
  }
  // one edge per relationship, whichever way a path step names it
  const seen = new Set();
  const unique = edges.filter((e) => {
    const key = [e.source, e.target].sort().join('\n') + '\n' + e.via;
    return !seen.has(key) && seen.add(key);
  });
  shown = { nodes: [...wanted.values()], edges: unique, path };
  canvas.show(shown.nodes, unique, { expanded: state.exp, selected: state.sel, path });
  drawNodeList();
  fillPathChoices();
}

function nodeLabel(n) {
  return `${(KINDS[n.kind] || KINDS.Entity).label}: ${n.name}`;
}

function byKindAndName(a, b) {
  return a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name);
}

function drawNodeList() {
  const list = $('node-list');
  list.replaceChildren(...[...shown.nodes].sort(byKindAndName).map((n) => {
    const expanded = state.exp.includes(n.id);
    return el('li', { 'data-id': n.id, class: n.id === state.sel ? 'selected' : null },
      el('button', { type: 'button', class: 'link', 'aria-current': n.id === state.sel ? 'true' : null,
        onclick: () => select(n.id, { focus: true }) }, nodeLabel(n)),
      n.overdue ? el('span', { class: 'tag overdue' }, 'overdue') : null,
      ' ',
      el('button', { type: 'button', class: 'small', 'aria-pressed': expanded ? 'true' : 'false',
        'aria-label': `${expanded ? 'Fold' : 'Show'} the neighbours of ${n.name}`,
        onclick: () => update({ exp: expanded ? state.exp.filter((x) => x !== n.id) : [...state.exp, n.id] }) },
      expanded ? 'Fold' : 'Neighbours'));
  }));
  if (!shown.nodes.length) list.append(el('li', { class: 'empty' }, 'Nothing yet: search, or look up an owner.'));
}

function fillPathChoices() {
  for (const [id, current] of [['path-from', state.from], ['path-to', state.to]]) {
    const select = $(id);
    const options = [...shown.nodes].sort(byKindAndName);
    const value = current || select.value;
    select.replaceChildren(el('option', { value: '' }, '(pick a node on the canvas)'),
      ...options.map((n) => el('option', { value: n.id }, nodeLabel(n))));
    if (options.some((n) => n.id === value)) select.value = value;
  }
}

// ---- details --------------------------------------------------------------------------------------------

function field(name, ...value) {
  return [el('dt', {}, name), el('dd', {}, ...value)];
}

function nodeButton(id, text) {
  return el('button', { type: 'button', class: 'link', onclick: () => select(id, { put: true }) }, text);
}

function sourcesOf(object) {
  if (!object.sources || !object.sources.length) return null;
  const first = object.sources[0];
  const last = object.sources[object.sources.length - 1];
  // a published file (DOCX, ODT, PDF) names its table row or page as well as the line of its text as read
  const where = (s) => s.location ? `${s.location} (line ${s.line})` : `line ${s.line}`;
  const text = first.line === last.line ? `${first.document}, ${where(first)}`
    : first.location ? `${first.document}, ${where(first)} – ${where(last)}` : `${first.document}, lines ${first.line}–${last.line}`;
  return el('p', { 'data-testid': 'details-source', class: 'source' }, 'Source: ',
    el('a', { href: linkWith({ src: `${first.document}:${first.line}` }),
      onclick: (e) => { e.preventDefault(); update({ src: `${first.document}:${first.line}` }); } }, text));
}

function linkWith(changes) {
  return hashOf({ ...state, ...changes });
}

function describe(n, o) {
  const d = [];
  switch (o.__typename) {
    case 'Inspection':
      d.push(...field('Title', o.title), ...field('Published', o.publishedOn || 'not known'),
        ...field('Agreement', `${o.agreementSummary.agreed} agreed, ${o.agreementSummary.partlyAgreed} partly agreed, `
          + `${o.agreementSummary.notAgreed} not agreed (of ${o.agreementSummary.total})`));
      break;
    case 'Recommendation':
      d.push(...field('Inspection', nodeButton(o.inspection.id, o.inspection.title)), ...field('Number', o.number),
        ...field('Text', o.text), ...field('Agreement', agreementText(o.agreement)));
      if (o.rationale) d.push(...field('Rationale', o.rationale));
      d.push(...field('Progress', o.progress.toLowerCase()));
      d.push(...field('Owners', [...new Set(o.actions.flatMap((a) => a.owners.map((w) => w.name)))].join('; ') || 'none named'));
      d.push(...field('Programmes', o.programmes.map((p) => p.name).join('; ') || 'none'));
      break;
    case 'Action':
      d.push(...field('Recommendation', nodeButton(o.recommendation.id,
        `${o.recommendation.inspection.title}, recommendation ${o.recommendation.number}`)),
      ...field('Text', o.text), ...field('Owners', ...o.owners.flatMap((w, i) => [i ? '; ' : '', nodeButton(w.id, w.name)])),
      ...field('Target', o.target.text || 'none printed', o.target.revised ? ' (revised)' : ''),
      ...field('Due', o.target.dueOn || 'no date', n.overdue ? el('span', { class: 'tag overdue' }, 'overdue') : ''),
      ...field('Status', o.target.status.toLowerCase()),
      ...field('Revision', `${o.revision.label}${o.revision.date ? ` (${o.revision.date})` : ''}`),
      ...field('Delivery', el('span', { 'data-testid': 'details-delivery' }, deliveryText(o.delivery))),
      ...field('Slippage', el('span', { 'data-testid': 'details-slippage' }, slippageText(o.slippage))),
      ...field('Programmes', o.recommendation.programmes.map((p) => p.name).join('; ') || 'none'));
      break;
    case 'Owner':
      d.push(...field('Role', o.name), ...field('Also printed as', o.aliases.join('; ') || '—'),
        ...field('Actions', String(o.actionCount),
          ' ', el('button', { type: 'button', class: 'small', onclick: () => showOwner(o.name) }, 'List them')),
        ...field('Programmes', o.programmes.map((p) => p.name).join('; ') || 'none'));
      break;
    case 'Programme':
      d.push(...field('Programme', o.name), ...field('Also called', o.aliases.join('; ') || '—'),
        ...field('Actions', String(o.actionCount)));
      break;
    case 'Entity':
      d.push(...field('Name', o.name), ...field('Kind', o.entityKind.toLowerCase()), ...field('Also called', o.aliases.join('; ') || '—'));
      break;
    case 'Finding':
      d.push(...field('Inspection', nodeButton(o.inspection.id, o.inspection.title)), ...field('Finding', o.text),
        ...field('Heading', o.category || '—'));
      break;
    case 'ActionPlan':
      d.push(...field('Plan', o.title), ...field('Submitted', o.submittedOn || 'not known'),
        ...field('Inspection', nodeButton(o.inspection.id, o.inspection.title)));
      break;
    case 'Revision':
      d.push(...field('Revision', o.label), ...field('Date', o.date || 'not known'));
      break;
    case 'Statistic':
      d.push(...field(o.label, `${o.value}${o.unit ? ' ' + o.unit : ''}`));
      break;
    default:
      d.push(...field('Title', o.title || n.name));
  }
  return d;
}

const DELIVERY = { ON_TIME: 'on time', LATE: 'late', OPEN: 'open', OVERDUE: 'overdue', UNDATED: 'never dated' };

const BASIS = { STATED: 'as the update states', REVISION_DATE: 'reported by the revision of', IMPORT_DATE: 'imported on' };

/** An action's delivery against its first promised date, in words. */
function deliveryText(d) {
  const against = d.measuredAgainst ? ` against ${d.measuredAgainst}, the first date promised` : '';
  const done = d.completedOn ? `: completed ${d.completedOn} (${BASIS[d.basis]}${d.basis === 'STATED' ? '' : ' that date'})` : '';
  return `${DELIVERY[d.status]}${against}${done}`;
}

/** How the due date of an action's commitment moved, in words. */
function slippageText(s) {
  if (!s.deferrals) return s.firstDueOn ? `never deferred (first date ${s.firstDueOn})` : 'no date given';
  const why = s.reasons.length ? ` Reason given: ${s.reasons.join(' ')}` : ' No reason given.';
  return `deferred ${s.deferrals} time${s.deferrals > 1 ? 's' : ''}, ${s.firstDueOn} → ${s.latestDueOn} (${s.daysDeferred} days).${why}`;
}

const TIMELINE_KINDS = { ORIGINAL: 'original plan', REVISION: 'revision', REIMPORT: 'later import' };

/** Every commitment and update made for a recommendation, in the order made. */
function timelineOf(entries) {
  const section = el('section', { 'data-testid': 'details-timeline' }, el('h3', {}, 'Timeline'));
  if (!entries.length) {
    section.append(el('p', {}, 'No actions: the plan answers it with no commitment.'));
    return section;
  }
  section.append(el('ol', { class: 'timeline' }, ...entries.map((e) => el('li', { class: e.current ? '' : 'replaced' },
    el('strong', {}, `${e.madeOn || 'undated'} · ${TIMELINE_KINDS[e.kind]}${e.label ? ` (${e.label})` : ''}`),
    ` — target ${e.target.text || 'none printed'}${e.current ? '' : ' (replaced by a later import)'}: `,
    e.text.length > 240 ? `${e.text.slice(0, 240)}…` : e.text))));
  return section;
}

/** Recommendations of other inspections that ask for the same thing, one click away. */
function similarOf(similar) {
  return [el('h3', {}, 'Similar recommendations'), similar.length
    ? el('ol', { 'data-testid': 'similar-recommendations' }, ...similar.map((s) => el('li', {},
      nodeButton(s.recommendation.id, `${s.recommendation.inspection.title}, recommendation ${s.recommendation.number}`),
      ` — ${Math.round(s.score * 100)}% of distinctive terms shared: ${s.sharedTerms.join(', ')}`)))
    : el('p', { 'data-testid': 'similar-recommendations' }, 'No recommendation of another inspection asks for the same thing.')];
}

/** What changed between imports of the inspection's documents, newest first. */
function changesOf(documents) {
  const sets = documents.flatMap((d) => d.changes);
  const section = el('section', { 'data-testid': 'details-changes' }, el('h3', {}, 'Changes between imports'));
  if (!sets.length) {
    section.append(el('p', {}, 'No changes recorded: each document was imported once, or re-imported unchanged.'));
    return section;
  }
  const kinds = { ACTION_ADDED: 'Action added', ACTION_REMOVED: 'Action removed', ACTION_CHANGED: 'Action changed',
    AGREEMENT_CHANGED: 'Agreement changed' };
  for (const set of sets) {
    section.append(el('h4', {}, `${set.at.slice(0, 16).replace('T', ' ')}`),
      el('ul', {}, ...set.changes.map((c) => el('li', {}, `${kinds[c.kind]} (recommendation ${c.recommendation})`,
        c.field ? `: ${c.field} "${c.old ?? ''}" → "${c.new ?? ''}"` : `: ${c.action}`))));
  }
  return section;
}

function agreementText(agreement) {
  return { AGREED: 'agreed', PARTLY_AGREED: 'partly agreed', NOT_AGREED: 'not agreed' }[agreement] || agreement;
}

/** What the panels show now, so that a render redraws only what changed (and keyboard focus stays put). */
const drawn = {};

function changed(key, value) {
  if (drawn[key] === value) return false;
  drawn[key] = value;
  return true;
}

async function drawDetails() {
  if (!changed('sel', state.sel)) return;
  const body = $('details-body');
  const related = $('related');
  const empty = document.querySelector('#details .empty');
  if (!state.sel) {
    body.replaceChildren();
    related.replaceChildren();
    empty.hidden = false;
    return;
  }
  const data = await graphql(DETAILS, { id: state.sel });
  const n = data.node;
  empty.hidden = true;
  if (!n) {
    body.replaceChildren(el('p', { class: 'error' }, `Nothing has the id '${state.sel}'; the link may be out of date.`));
    related.replaceChildren();
    return;
  }
  const o = n.object;
  body.replaceChildren(el('h3', {}, nodeLabel(n)), el('dl', {}, ...describe(n, o)), sourcesOf(o) || '');
  if (o.__typename === 'Inspection') {
    body.append(changesOf(o.documents));
    related.replaceChildren(el('h3', {}, 'Related inspections'), o.related.length
      ? el('ol', {}, ...o.related.map((r) => el('li', {}, nodeButton(r.inspection.id, r.inspection.title),
        ` — score ${r.score}: `, r.reasons.map((x) => `${x.kind.toLowerCase()} ${x.name}`).join('; '))))
      : el('p', {}, 'No other inspection shares a programme, owner, policy or reference with this one.'));
  } else if (o.__typename === 'Recommendation') {
    body.append(timelineOf(o.timeline));
    related.replaceChildren(...similarOf(o.similar));
  } else {
    related.replaceChildren();
  }
}

async function drawSource() {
  if (!changed('src', state.src)) return;
  const view = $('source-view');
  if (!state.src) {
    view.hidden = true;
    return;
  }
  const at = state.src.lastIndexOf(':');
  const name = state.src.slice(0, at);
  const line = Number(state.src.slice(at + 1));
  const data = await graphql(DOCUMENT, { name });
  $('source-title').textContent = `${name}, line ${line}`;
  const list = $('source-lines');
  const from = Math.max(1, line - 8);
  const to = Math.min(data.document.lines.length, line + 8);
  const items = [];
  for (let i = from; i <= to; i++) {
    items.push(el('li', { value: String(i), class: i === line ? 'hit' : null, 'aria-current': i === line ? 'true' : null },
      data.document.lines[i - 1] || ' '));
  }
  list.replaceChildren(...items);
  list.setAttribute('start', String(from));
  view.hidden = false;
  list.querySelector('.hit')?.scrollIntoView({ block: 'nearest' });
}

// ---- search, owner, path ----------------------------------------------------------------------------------

async function runSearch(text) {
  const out = $('search-results');
  if (!text || !text.trim()) {
    out.replaceChildren();
    say('Type some words to search for.');
    return;
  }
  const data = await graphql(SEARCH, { text });
  const groups = new Map([['Recommendation', []], ['Action', []], ['Finding', []]]);
  data.search.forEach((hit) => groups.get(hit.node.__typename).push(hit.node));
  if (!data.search.length) {
    out.replaceChildren(el('p', {}, `Nothing matches '${text}'.`));
    return;
  }
  out.replaceChildren(...[...groups].filter(([, list]) => list.length).map(([kind, list]) => el('section', {},
    el('h3', {}, `${KINDS[kind].label}s (${list.length})`),
    el('ul', {}, ...list.map((h) => el('li', {}, el('button', { type: 'button', class: 'link', 'data-id': h.id,
      onclick: () => select(h.id, { put: true, focus: true }) }, searchLabel(kind, h))))))));
}

function searchLabel(kind, h) {
  const [title, text] = kind === 'Recommendation' ? [`Recommendation ${h.number}`, h.text]
    : kind === 'Action' ? [`Action on recommendation ${h.recommendation.number}`, h.text] : [h.category || 'Finding', h.text];
  const inspection = (h.inspection || h.recommendation.inspection).title;
  return [el('span', { class: 'clamp' }, `${title}: ${text}`), el('span', { class: 'ctx' }, inspection)];
}

function showOwner(name) {
  $('owner-input').value = name;
  update({ owner: name });
}

async function drawOwner() {
  if (!changed('owner', state.owner)) return;
  const out = $('owner-actions');
  if (!state.owner) {
    out.replaceChildren();
    return;
  }
  let data;
  try {
    data = await graphql(OWNER_ACTIONS, { name: state.owner });
  } catch (e) {
    if (!(e instanceof ApiError) || /unavailable|not answering/i.test(e.message)) throw e;
    const guesses = (await graphql(OWNER_SUGGESTIONS, { search: state.owner })).owners;
    out.replaceChildren(el('p', { class: 'error' }, `No owner role is called '${state.owner}'.`),
      guesses.length ? el('p', {}, 'Did you mean: ', ...guesses.flatMap((g, i) => [i ? ', ' : '',
        el('button', { type: 'button', class: 'link', onclick: () => showOwner(g.name) }, g.name)])) : '');
    return;
  }
  const owner = data.owner;
  const byInspection = new Map();
  for (const a of owner.actions) {
    const key = a.recommendation.inspection.title;
    if (!byInspection.has(key)) byInspection.set(key, []);
    byInspection.get(key).push(a);
  }
  const order = (a, b) => (b.overdue - a.overdue) || (a.target.dueOn || '9999').localeCompare(b.target.dueOn || '9999');
  const groups = [...byInspection].map(([title, actions]) => [title, actions.sort(order)])
    .sort((a, b) => (b[1].some((x) => x.overdue) - a[1].some((x) => x.overdue)) || a[0].localeCompare(b[0]));
  const overdue = owner.actions.filter((a) => a.overdue).length;
  const exportOf = (format) => `/export/actions.${format}?owner=${encodeURIComponent(owner.name)}`;
  out.replaceChildren(el('h3', {}, `${owner.name}: ${owner.actions.length} actions, ${overdue} overdue`),
    el('p', { class: 'exports' }, 'Export these actions: ',
      el('a', { href: exportOf('csv'), 'data-testid': 'owner-export-csv' }, 'CSV'), ' · ',
      el('a', { href: exportOf('xlsx'), 'data-testid': 'owner-export-xlsx' }, 'Excel (XLSX)'), ' · ',
      el('a', { href: `/calendar/owner/${encodeURIComponent(owner.name)}.ics`, 'data-testid': 'owner-calendar' },
        'Calendar feed (subscribe to its address)')),
    ...groups.map(([title, actions]) => el('section', {}, el('h4', {}, title),
      el('ul', {}, ...actions.map((a) => el('li', { class: a.overdue ? 'overdue' : null },
        el('button', { type: 'button', class: 'link', 'data-id': a.id, onclick: () => select(a.id, { put: true }) },
          `${a.recommendation.number}: ${a.text}`),
        el('span', { class: 'due' }, ` — due ${a.target.dueOn || 'no date'} (${a.target.status.toLowerCase()})`),
        a.overdue ? el('span', { class: 'tag overdue' }, 'overdue') : ''))))));
}

let suggestTimer = null;

function suggestOwners(text) {
  clearTimeout(suggestTimer);
  if (!text.trim()) return;
  suggestTimer = setTimeout(() => attempt(async () => {
    const data = await graphql(OWNER_SUGGESTIONS, { search: text });
    $('owner-suggestions').replaceChildren(...data.owners.map((o) => el('option', { value: o.name })));
  }), 200);
}

function drawPathSteps(steps) {
  const out = $('path-steps');
  if (!state.from || !state.to) {
    out.replaceChildren();
    return;
  }
  if (!steps) {
    out.replaceChildren(el('li', { class: 'error' }, 'These two are not connected.'));
    return;
  }
  out.replaceChildren(...steps.map((s) => el('li', { 'data-id': s.id }, nodeButton(s.id, `${KINDS[s.type]?.label || s.type}: ${s.name}`),
    s.via ? el('span', { class: 'via' }, ` — ${s.via} →`) : '')));
}

// ---- wiring ---------------------------------------------------------------------------------------------

let rendering = Promise.resolve();

function render() {
  rendering = rendering.then(() => attempt(async () => {
    const started = performance.now();
    say('');
    $('search-input').value = state.q || $('search-input').value;
    await drawCanvas();
    await drawDetails();
    await drawSource();
    await drawOwner();
    drawPathSteps(state.from && state.to ? paths.get(state.from + '\n' + state.to) : null);
    // for tools that drive the page (and the explorer benchmark): how long the last render took, and its size
    document.body.dataset.renderMs = String(Math.round(performance.now() - started));
    document.body.dataset.nodes = String(canvas.size());
    document.body.dataset.ready = 'true';
  }));
  return rendering;
}

function drawLegend() {
  const legend = document.querySelector('.legend');
  const swatch = (colour, shape) => el('span', { class: `swatch ${shape}`, style: `background:${colour}` });
  legend.replaceChildren(
    ...Object.values(KINDS).map((k) => el('li', {}, swatch(k.colour, k.shape), k.label)),
    ...Object.entries(AGREEMENT_COLOURS).map(([a, c]) => el('li', {}, swatch(c, 'ellipse'), `Recommendation ${agreementText(a)}`)),
    ...Object.entries(STATUS_COLOURS).map(([s, c]) => el('li', {}, swatch(c, 'diamond'), `Action ${s.toLowerCase()}`)),
    el('li', {}, el('span', { class: 'swatch ring', style: `border-color:${OVERDUE_BORDER}` }), 'Overdue action'));
}

$('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const text = $('search-input').value;
  state = { ...state, q: text.trim() || null };
  writeState(state, true);
  attempt(() => runSearch(text));
});
$('owner-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const name = $('owner-input').value.trim();
  if (!name) {
    say('Type an owner role or alias, e.g. Regional Probation Director Wales.');
    return;
  }
  update({ owner: name });
});
$('relayout').addEventListener('click', () => canvas.layoutAll());
$('owner-input').addEventListener('input', (e) => suggestOwners(e.target.value));
$('path-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const from = $('path-from').value;
  const to = $('path-to').value;
  if (!from || !to || from === to) {
    say('Pick two different nodes of the canvas.');
    return;
  }
  update({ from, to });
});
function restore() {
  if (hashOf(state) === location.hash) return;
  state = readState();
  $('owner-input').value = state.owner || '';
  render();
}
window.addEventListener('popstate', restore);
window.addEventListener('hashchange', restore);

drawLegend();
$('owner-input').value = state.owner || '';
render().then(() => (state.q ? attempt(() => runSearch(state.q)) : null));
