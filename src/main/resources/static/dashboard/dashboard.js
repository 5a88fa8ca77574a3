// The dashboard: five panels of counts, each a chart with its table and its exports, under three filters
// (inspection, programme, owner) kept in the URL's fragment. Everything comes from the public GraphQL API in one
// GET request, revalidated every minute with If-None-Match: a 304 redraws nothing.
import { $, el } from '/common/dom.js';
import { ApiError, graphql, OWNER_SUGGESTIONS } from '/explorer/api.js';

const REFRESH_MS = 60_000;
const TOP = 15;
const ALL = 500;

// Okabe and Ito's palette, told apart with the common colour-vision deficiencies; every series also has a
// pattern, a legend entry and a column in the panel's table, so colour never carries meaning alone.
const COLOURS = {
  AGREED: '#009E73', PARTLY_AGREED: '#E69F00', NOT_AGREED: '#D55E00',
  COMPLETED: '#009E73', ONGOING: '#56B4E9', SCHEDULED: '#0072B2', UNSPECIFIED: '#999999',
  ON_TIME: '#009E73', LATE: '#E69F00', OPEN: '#56B4E9', OVERDUE: '#D55E00', UNDATED: '#999999',
  DEFERRED: '#CC79A7',
};
const LABELS = {
  AGREED: 'Agreed', PARTLY_AGREED: 'Partly agreed', NOT_AGREED: 'Not agreed',
  COMPLETED: 'Completed', ONGOING: 'Ongoing', SCHEDULED: 'Scheduled', UNSPECIFIED: 'Unspecified',
  ON_TIME: 'Completed on time', LATE: 'Completed late', OPEN: 'Open', OVERDUE: 'Overdue', UNDATED: 'Undated',
};
const AGREEMENTS = ['AGREED', 'PARTLY_AGREED', 'NOT_AGREED'];
const STATUSES = ['COMPLETED', 'ONGOING', 'SCHEDULED', 'UNSPECIFIED'];
const DELIVERIES = ['ON_TIME', 'LATE', 'OPEN', 'OVERDUE', 'UNDATED'];

const QUERY = `query Dashboard($actions: ActionWhere, $overdue: ActionWhere, $deferred: ActionWhere,
    $recommendations: RecommendationWhere, $today: Date!, $owners: Int) {
  stats { lastChanged }
  agreement: recommendationCounts(where: $recommendations, by: [INSPECTION, AGREEMENT], orderBy: KEY, first: 500) {
    total groupCount groups { inspection { id title } agreement count } }
  due: actionCounts(where: $actions, by: [DUE_MONTH, STATUS], orderBy: KEY, first: 500) {
    total groupCount groups { dueMonth status count } }
  overdue: actionCounts(where: $overdue, by: [OWNER], first: $owners) {
    total groupCount groups { owner { id name } count } }
  delivery: actionCounts(where: $actions, by: [INSPECTION, DELIVERY], asOf: $today, orderBy: KEY, first: 500) {
    total groupCount groups { inspection { id title } delivery count } }
  deferred: actionCounts(where: $deferred, by: [OWNER], first: $owners) {
    total groupCount groups { owner { id name } count commitments daysDeferred longestDeferral } }
}`;

const CHOICES = `{ inspections { id title publishedOn } programmes { name } }`;
const OWNER = `query Owner($name: String!) { owner(name: $name) { name } }`;

/** Today in Europe/London, as the service reads dates: YYYY-MM-DD. */
function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

const longDate = (iso) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  .format(new Date(iso + 'T00:00:00Z'));
const monthName = (ym) => new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' })
  .format(new Date(ym + '-01T00:00:00Z'));
const number = (n) => new Intl.NumberFormat('en-GB').format(n);

// ---- state, in the URL ----------------------------------------------------------------------------------

function readState() {
  const p = new URLSearchParams(location.hash.slice(1));
  return {
    inspection: p.get('inspection') || '', programme: p.get('programme') || '', owner: p.get('owner') || '',
    all: p.get('all') === '1', tables: (p.get('tables') || '').split(',').filter(Boolean),
  };
}

function writeState(next) {
  const p = new URLSearchParams();
  for (const key of ['inspection', 'programme', 'owner']) {
    if (next[key]) p.set(key, next[key]);
  }
  if (next.all) p.set('all', '1');
  if (next.tables.length) p.set('tables', next.tables.join(','));
  const hash = '#' + p.toString();
  if (hash !== location.hash) history.pushState(null, '', hash);
}

let state = readState();

function update(changes) {
  state = { ...state, ...changes };
  writeState(state);
  render();
}

/** The filters as GraphQL variables and as export parameters (the same names). */
function filters() {
  const where = {};
  for (const key of ['inspection', 'programme', 'owner']) {
    if (state[key]) where[key] = state[key];
  }
  const day = today();
  return {
    day,
    variables: {
      actions: where, overdue: { ...where, overdueOn: day }, deferred: { ...where, deferred: true },
      recommendations: where, today: day, owners: state.all ? ALL : TOP,
    },
  };
}

// ---- messages -------------------------------------------------------------------------------------------

function say(text, kind = 'info', ...extra) {
  const box = $('message');
  box.replaceChildren(text, ...extra);
  box.className = kind;
  box.hidden = !text;
}

// ---- loading: one GET, revalidated ----------------------------------------------------------------------

let last = { url: null, etag: null, data: null, changed: null };

/** Reads the panels' data; with the same URL as the last answer, only if it changed (304: nothing to redraw). */
async function load() {
  const { day, variables } = filters();
  const url = '/graphql?' + new URLSearchParams({ query: QUERY, operationName: 'Dashboard', variables: JSON.stringify(variables) });
  const headers = { Accept: 'application/graphql-response+json, application/json' };
  if (url === last.url && last.etag) headers['If-None-Match'] = last.etag;
  let response;
  try {
    response = await fetch(url, { headers, cache: 'no-store' });
  } catch (e) {
    throw new ApiError('The service is not answering. The panels show the last data read; it will be tried again.');
  }
  if (response.status === 304) {
    return { changed: false, day };
  }
  const body = await response.json().catch(() => null);
  if (!body || !body.data) {
    const error = body && body.errors && body.errors[0];
    throw new ApiError(error ? error.message : `The service answered ${response.status} without data.`);
  }
  last = { url, etag: response.headers.get('ETag'), data: body.data, changed: body.data.stats.lastChanged };
  return { changed: true, day };
}

function showChecked(changed) {
  const at = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date());
  const when = last.changed
    ? new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(last.changed))
    : 'never (nothing imported)';
  const box = $('last-changed');
  box.textContent = `Data last changed ${when}. Checked at ${at}: ${changed ? 'read' : 'no change'}.`;
  box.dataset.changed = last.changed || '';
  box.dataset.checks = String(Number(box.dataset.checks || 0) + 1);
  box.dataset.unchanged = String(Number(box.dataset.unchanged || 0) + (changed ? 0 : 1));
}

// ---- panels ---------------------------------------------------------------------------------------------

const charts = new Map();

/** A panel's parts, made once: title, subtitle, chart, table toggle, table, notes, exports. */
function card(name) {
  const section = document.querySelector(`[data-panel='${name}']`);
  if (!section.querySelector('.chart')) {
    const chart = el('div', { class: 'chart', role: 'img', tabindex: '0' });
    const table = el('table', { id: `${name}-table`, hidden: true });
    const toggle = el('button', {
      type: 'button', class: 'small', 'data-testid': 'panel-table-toggle', 'aria-controls': `${name}-table`,
      'aria-expanded': 'false', onclick: () => update({
        tables: state.tables.includes(name) ? state.tables.filter((t) => t !== name) : [...state.tables, name],
      }),
    }, 'Show the numbers as a table');
    section.append(el('p', { class: 'sub' }), chart, el('div', { class: 'tools' }, toggle, el('span', { class: 'more' }),
      el('span', { class: 'exports' })), table, el('p', { class: 'note' }));
    const instance = echarts.init(chart, null, { renderer: 'svg' });
    // a view box, so that the printed page scales the drawing into its smaller box (dashboard.css)
    instance.on('finished', () => {
      const svg = chart.querySelector('svg');
      if (svg) svg.setAttribute('viewBox', `0 0 ${parseFloat(svg.getAttribute('width'))} ${parseFloat(svg.getAttribute('height'))}`);
    });
    charts.set(name, instance);
  }
  return section;
}

/** Fills a panel: its title, subtitle, chart option, table (head and rows of cells), exports and note. */
function fill(name, { title, subtitle, option, label, height, head, rows, keys, total, exports, note, more, onClick }) {
  const section = card(name);
  section.dataset.total = String(total);
  section.querySelector('h2').textContent = title;
  section.querySelector('.sub').textContent = subtitle;
  const chartBox = section.querySelector('.chart');
  chartBox.setAttribute('aria-label', label);
  chartBox.style.height = `${height}px`;
  const chart = charts.get(name);
  chart.resize();
  chart.setOption({
    aria: { enabled: true, decal: { show: true } }, animation: false, textStyle: { fontFamily: 'system-ui, sans-serif' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }, ...option,
  }, true);
  chart.off('click');
  if (onClick) chart.on('click', onClick);
  const table = section.querySelector('table');
  const shown = state.tables.includes(name);
  table.hidden = !shown;
  const toggle = section.querySelector('[data-testid=panel-table-toggle]');
  toggle.setAttribute('aria-expanded', String(shown));
  toggle.textContent = shown ? 'Hide the table' : 'Show the numbers as a table';
  table.replaceChildren(el('caption', {}, title),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((cells, r) => el('tr', { 'data-key': keys[r] }, ...cells.map((c, i) => (i === 0 ? el('th', { scope: 'row' }, c) : el('td', {}, c)))))));
  section.querySelector('.exports').replaceChildren('Export these rows: ',
    el('a', { href: exports.csv, class: 'export-csv', download: '' }, 'CSV'), ' · ',
    el('a', { href: exports.xlsx, class: 'export-xlsx', download: '' }, 'XLSX'));
  section.querySelector('.more').replaceChildren(...(more ? [more] : []));
  section.querySelector('.note').textContent = note || '';
}

/** The export address of a panel's rows: the filters plus the panel's own, as query parameters. */
function exportOf(what, extra = {}) {
  const params = new URLSearchParams();
  for (const key of ['inspection', 'programme', 'owner']) {
    if (state[key]) params.set(key, state[key]);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString() ? '?' + params : '';
  return { csv: `/export/${what}.csv${query}`, xlsx: `/export/${what}.xlsx${query}` };
}

const ownerLink = (name) => el('a', { href: '/#owner=' + encodeURIComponent(name) }, name);
const inspectionLink = (i) => el('a', { href: `/#add=${encodeURIComponent(i.id)}&sel=${encodeURIComponent(i.id)}` }, i.title);
const openOwner = (name) => { location.href = '/#owner=' + encodeURIComponent(name); };
const openInspection = (id) => { location.href = `/#add=${encodeURIComponent(id)}&sel=${encodeURIComponent(id)}`; };

function short(text, n = 48) {
  return text.length > n ? text.slice(0, n - 1) + '…' : text;
}

/** An inspection's title without the words every title starts with ("A thematic inspection of ..."). */
function shortTitle(title) {
  const rest = title.replace(/^an?\s+thematic\s+(inspection|review)\s+(of|on|into)\s+(the\s+)?/i, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** The "all" toggle of a panel that shows the first few of more. */
function moreButton(shown, total, what) {
  if (!state.all && total <= shown) return null;
  return el('button', { type: 'button', class: 'small', 'data-more': 'true', onclick: () => update({ all: !state.all }) },
    state.all ? `Show the top ${TOP}` : `Show all ${number(total)} ${what}`);
}

/** Horizontal stacked bars: one bar per row label, a series per key. */
function stackedBars(labels, keys, valueOf, extra = {}) {
  return {
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: labels.map((l) => short(l)), axisLabel: { width: 260, overflow: 'truncate' } },
    series: keys.map((k) => ({
      name: LABELS[k] || k, type: 'bar', stack: 'all', itemStyle: { color: COLOURS[k] }, emphasis: { focus: 'series' },
      data: labels.map((_, i) => valueOf(i, k)),
    })),
    ...extra,
  };
}

/** Rows of an inspection by key, from groups of {inspection, <key>, count}, inspections in the groups' order. */
function byInspection(groups, key) {
  const rows = new Map();
  for (const g of groups) {
    if (!rows.has(g.inspection.id)) rows.set(g.inspection.id, { inspection: g.inspection, counts: {} });
    rows.get(g.inspection.id).counts[g[key]] = g.count;
  }
  return [...rows.values()];
}

function drawAgreement(data, asOf) {
  const all = byInspection(data.groups, 'agreement');
  const rows = state.all ? all : all.slice(0, TOP);
  fill('agreement', {
    title: 'Recommendations by agreement, per inspection',
    subtitle: `${number(data.total)} recommendations (with sub-recommendations) as the plans print them; data as of ${asOf}.`,
    label: `Stacked bars: for each inspection, its recommendations agreed, partly agreed and not agreed. The table beside it has the numbers.`,
    height: 90 + rows.length * 30,
    option: stackedBars(rows.map((r) => shortTitle(r.inspection.title)), AGREEMENTS, (i, k) => rows[i].counts[k] || 0),
    head: ['Inspection', ...AGREEMENTS.map((k) => LABELS[k]), 'Total'],
    keys: rows.map((r) => r.inspection.id),
    total: data.total,
    rows: rows.map((r) => [inspectionLink(r.inspection), ...AGREEMENTS.map((k) => r.counts[k] || 0),
      AGREEMENTS.reduce((s, k) => s + (r.counts[k] || 0), 0)]),
    exports: exportOf('recommendations'),
    more: moreButton(rows.length, all.length, 'inspections'),
    note: data.groupCount > data.groups.length ? `The newest inspections' counts only: ${number(data.groups.length)} of ${number(data.groupCount)} groups read.` : '',
    onClick: (p) => openInspection(rows[p.dataIndex].inspection.id),
  });
}

function drawDue(data, day) {
  const counts = new Map();
  for (const g of data.groups) {
    const month = g.dueMonth || 'undated';
    if (!counts.has(month)) counts.set(month, {});
    counts.get(month)[g.status] = g.count;
  }
  const thisMonth = day.slice(0, 7);
  const dated = [...counts.keys()].filter((m) => m !== 'undated');
  if (dated.length && !counts.has(thisMonth)) dated.push(thisMonth);
  dated.sort();
  const months = counts.has('undated') ? [...dated, 'undated'] : dated;
  const label = (m) => (m === 'undated' ? 'No date' : monthName(m));
  const value = (m, s) => (counts.get(m) || {})[s] || 0;
  const option = {
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months.map(label) },
    yAxis: { type: 'value', minInterval: 1 },
    series: STATUSES.map((s, i) => ({
      name: LABELS[s], type: 'bar', stack: 'all', itemStyle: { color: COLOURS[s] }, emphasis: { focus: 'series' },
      data: months.map((m) => value(m, s)),
      ...(i === 0 && dated.includes(thisMonth) ? {
        markLine: {
          symbol: 'none', silent: true, lineStyle: { color: '#0b0c0c', type: 'dashed', width: 2 },
          label: { formatter: 'today', position: 'end' }, data: [{ xAxis: label(thisMonth) }],
        },
      } : {}),
    })),
  };
  fill('due', {
    title: 'Actions due per month, by status',
    subtitle: `${number(data.total)} actions by the month of their due date; the dashed line is today, ${longDate(day)}.`,
    label: 'Stacked columns: for each month, the actions due in it by status (completed, ongoing, scheduled, unspecified); undated actions last; a dashed line marks this month.',
    height: 320,
    option,
    head: ['Month', ...STATUSES.map((s) => LABELS[s]), 'Total'],
    keys: months,
    total: data.total,
    rows: months.map((m) => [label(m), ...STATUSES.map((s) => value(m, s)), STATUSES.reduce((t, s) => t + value(m, s), 0)]),
    exports: exportOf('actions'),
  });
}

function drawOwners(name, data, { title, subtitle, label, exports, series, head, row, note }) {
  const groups = data.groups.filter((g) => g.owner);
  const unowned = data.groups.find((g) => !g.owner);
  fill(name, {
    title, subtitle, label, exports,
    note: unowned ? `${number(unowned.count)} of these actions name no owner.` : note,
    height: 90 + groups.length * 26,
    option: {
      grid: { left: 8, right: 120, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: groups.map((g) => short(g.owner.name)), axisLabel: { width: 260, overflow: 'truncate' } },
      series: series(groups),
    },
    head,
    rows: groups.map((g) => row(g)),
    keys: groups.map((g) => g.owner.name),
    total: data.total,
    more: moreButton(groups.length, data.groupCount, 'owners'),
    onClick: (p) => openOwner(groups[p.dataIndex].owner.name),
  });
}

function drawOverdue(data, day) {
  drawOwners('overdue', data, {
    title: state.all ? 'Overdue actions by owner' : `Overdue actions by owner: the top ${TOP}`,
    subtitle: `${number(data.total)} actions due before ${longDate(day)} and still scheduled, as actions(where: {overdueOn}) counts them; an action of two owners counts for each.`,
    label: 'Bars: for each owner, their overdue actions, most first. Select an owner in the table to open their actions.',
    exports: exportOf('actions', { overdueOn: day }),
    series: (groups) => [{
      name: 'Overdue actions', type: 'bar', itemStyle: { color: COLOURS.OVERDUE }, label: { show: true, position: 'right' },
      data: groups.map((g) => g.count),
    }],
    head: ['Owner', 'Overdue actions'],
    row: (g) => [ownerLink(g.owner.name), g.count],
  });
}

function drawDelivery(data, day) {
  const all = byInspection(data.groups, 'delivery');
  const rows = state.all ? all : all.slice(0, TOP);
  fill('delivery', {
    title: 'Delivery per inspection, against the first promised date',
    subtitle: `${number(data.total)} actions on ${longDate(day)}: completed on time or late, still open, or overdue against the date first promised (a later revised date does not reset it).`,
    label: 'Stacked bars: for each inspection, its actions completed on time, completed late, open, overdue and undated. The table beside it has the numbers.',
    height: 90 + rows.length * 30,
    option: stackedBars(rows.map((r) => shortTitle(r.inspection.title)), DELIVERIES, (i, k) => rows[i].counts[k] || 0),
    head: ['Inspection', ...DELIVERIES.map((k) => LABELS[k]), 'Total'],
    keys: rows.map((r) => r.inspection.id),
    total: data.total,
    rows: rows.map((r) => [inspectionLink(r.inspection), ...DELIVERIES.map((k) => r.counts[k] || 0),
      DELIVERIES.reduce((s, k) => s + (r.counts[k] || 0), 0)]),
    exports: exportOf('actions'),
    more: moreButton(rows.length, all.length, 'inspections'),
    onClick: (p) => openInspection(rows[p.dataIndex].inspection.id),
  });
}

function drawDeferred(data, asOf) {
  drawOwners('deferred', data, {
    title: 'Deferred targets by owner, with the days deferred',
    subtitle: `${number(data.total)} actions whose target was moved later than first promised (slippage.deferrals), as actions(where: {deferred: true}) counts them; labels give the days deferred, each commitment once; data as of ${asOf}.`,
    label: 'Bars: for each owner, their actions whose target moved later, most first, labelled with the days deferred in all.',
    exports: exportOf('actions', { deferred: 'true' }),
    series: (groups) => [{
      name: 'Deferred targets', type: 'bar', itemStyle: { color: COLOURS.DEFERRED },
      label: { show: true, position: 'right', formatter: (p) => `${p.value} (${number(groups[p.dataIndex].daysDeferred)} days)` },
      data: groups.map((g) => g.count),
    }],
    head: ['Owner', 'Deferred targets (actions)', 'Commitments', 'Days deferred in all', 'Longest deferral (days)'],
    row: (g) => [ownerLink(g.owner.name), g.count, g.commitments, g.daysDeferred, g.longestDeferral],
  });
}

function draw(day) {
  const data = last.data;
  const asOf = last.changed ? longDate(last.changed.slice(0, 10)) : longDate(day);
  drawAgreement(data.agreement, asOf);
  drawDue(data.due, day);
  drawOverdue(data.overdue, day);
  drawDelivery(data.delivery, day);
  drawDeferred(data.deferred, asOf);
}

// ---- filters --------------------------------------------------------------------------------------------

async function fillChoices() {
  const data = await graphql(CHOICES);
  $('filter-inspection').append(...data.inspections.map((i) => el('option', { value: i.id }, i.title)));
  $('filter-programme').append(...data.programmes.map((p) => el('option', { value: p.name }, p.name)));
}

function syncInputs() {
  $('filter-inspection').value = state.inspection;
  $('filter-programme').value = state.programme;
  $('filter-owner').value = state.owner;
}

let checkedOwner = null;

/** An owner filter names a known role (then its calendar feed is linked), or the page says which it could mean. */
async function checkOwner() {
  if (state.owner === checkedOwner) return;
  checkedOwner = state.owner;
  $('owner-calendar').replaceChildren();
  if (!state.owner) return;
  try {
    const { owner } = await graphql(OWNER, { name: state.owner });
    $('owner-calendar').replaceChildren(el('a', { href: `/calendar/owner/${encodeURIComponent(owner.name)}.ics`, 'data-testid': 'owner-calendar' },
      `Subscribe to ${owner.name}'s calendar`));
  } catch (e) {
    const guesses = (await graphql(OWNER_SUGGESTIONS, { search: state.owner })).owners;
    say(`No owner role is called '${state.owner}', so every panel is empty.`, 'error',
      ...(guesses.length ? [' Did you mean ', ...guesses.slice(0, 3).flatMap((o, i) => [i ? ', ' : '',
        el('button', { type: 'button', class: 'link', onclick: () => update({ owner: o.name }) }, o.name)]), '?'] : []));
  }
}

let suggestTimer = null;

function suggestOwners(text) {
  clearTimeout(suggestTimer);
  if (!text.trim()) return;
  suggestTimer = setTimeout(async () => {
    try {
      const data = await graphql(OWNER_SUGGESTIONS, { search: text });
      $('owner-suggestions').replaceChildren(...data.owners.map((o) => el('option', { value: o.name })));
    } catch (e) {
      // suggestions are a help, never a failure
    }
  }, 200);
}

// ---- wiring ---------------------------------------------------------------------------------------------

let rendering = Promise.resolve();

/** What was drawn: the data read and the view's own choices (tables shown), so a change of either redraws. */
let drawn = null;

/** Reads and draws what the state asks; one at a time, in order. */
function render() {
  document.body.dataset.ready = 'false';
  rendering = rendering.then(async () => {
    syncInputs();
    try {
      const { changed, day } = await load();
      say('');
      const view = JSON.stringify([last.url, state.tables, day]);
      if (changed || view !== drawn) draw(day);
      // the page's own measure of its first draw, from the start of navigation (bench/dashboard-bench.sh)
      document.body.dataset.firstDrawMs ||= String(Math.round(performance.now()));
      drawn = view;
      showChecked(changed);
      await checkOwner();
    } catch (e) {
      say(e instanceof ApiError ? e.message : 'Something went wrong: ' + e.message, 'error');
    }
    await choicesRead;
    document.body.dataset.ready = 'true';
  });
  return rendering;
}

$('filter-inspection').addEventListener('change', (e) => update({ inspection: e.target.value }));
$('filter-programme').addEventListener('change', (e) => update({ programme: e.target.value }));
$('filter-owner').addEventListener('input', (e) => suggestOwners(e.target.value));
$('filters').addEventListener('submit', (e) => {
  e.preventDefault();
  update({ owner: $('filter-owner').value.trim() });
});
$('clear-filters').addEventListener('click', () => update({ inspection: '', programme: '', owner: '' }));
$('refresh').addEventListener('click', () => render());
window.addEventListener('popstate', () => {
  state = readState();
  render();
});
window.addEventListener('resize', () => charts.forEach((c) => c.resize()));
// printed, the charts fit the page's smaller boxes (dashboard.css), and the screen's again after
window.matchMedia('print').addEventListener('change', () => charts.forEach((c) => c.resize()));
setInterval(() => render(), REFRESH_MS);

// the panels and the filters' lists are read side by side; the lists' choices are shown once they are there
const choicesRead = fillChoices()
  .then(syncInputs)
  .catch(() => say('The lists of inspections and programmes could not be read; type an owner to filter.', 'error'));
render();
