// The city's public statistics: a chart of the monthly figures (uPlot, loaded only when this screen is opened) and,
// always, the same numbers as a table, since a chart alone tells a screen-reader user nothing.
// Test hooks: #stats-which (statistic), #stats-district, #stats-from, #stats-to, #stats-form, #stats-status,
// #stats-meta (period, jurisdiction, computedAt, withheld note), #stats-chart (data-state: loading | drawn |
// unavailable | empty), #stats-table (rows tr[data-month], cells td[data-field][data-state=exact|partial|withheld]).
import { api, query } from '../api.js';
import { addStrings, lang, localName, t } from '../i18n.js';
import { allJurisdictions } from '../reference.js';
import { busy, clearProblem, dateTime, h, heading, showProblem } from '../ui.js';

addStrings({
  zh: {
    'stats.title': '公开统计', 'stats.lead': '全市农民工服务的按月统计，每隔几分钟更新一次。',
    'stats.form': '选择统计', 'stats.which': '统计项目', 'stats.district': '地区（办理机构）', 'stats.allDistricts': '全市（全部）',
    'stats.from': '起始月份', 'stats.to': '截止月份', 'stats.monthHint': '格式：年-月，例如 2026-01；不填则为最近 12 个月',
    'stats.show': '显示', 'stats.loading': '正在加载统计…', 'stats.showing': '正在显示：{name}，{from} 至 {to}，{place}。',
    'stats.which.wage-complaints': '欠薪投诉', 'stats.which.wage-reports': '欠薪举报', 'stats.which.legal-aid': '法律援助',
    'stats.which.residence-permits': '居住证申请', 'stats.which.jobs': '招聘岗位', 'stats.which.training': '技能培训',
    'stats.period': '统计期间', 'stats.periodValue': '{from} 至 {to}', 'stats.jurisdiction': '地区',
    'stats.wholeCity': '全市（各办理机构合计）', 'stats.computedAt': '计算时间',
    'stats.public': '为保护个人信息，1 至 {max} 之间的数字不公开；可以由其他数字推算出来的数字也不公开。0 照常显示。',
    'stats.full': '您有权查看本统计的全部数字（包括较小的数字）。',
    'stats.chart': '{name}按月变化图。同样的数字见下表。', 'stats.chartUnavailable': '图表暂时无法显示，数字见下表。',
    'stats.chartEmpty': '这段时间没有数据。',
    'stats.table': '{name}按月统计（{from} 至 {to}，{place}）', 'stats.month': '月份',
    'stats.withheld': '不公开', 'stats.atLeast': '至少 {n}',
    'stats.fnWithheld': '—：数字过小或可被推算，不公开。',
    'stats.fnPartial': '“至少”：部分办理机构的数字不公开，这里只是公开部分之和。',
    'stats.target': '{year} 年培训目标', 'stats.targetText': '全年目标 {target} 人次，已报名 {enrolments} 人次（{percent}%），已批准补贴 {subsidies} 笔。',
    'stats.targetRounded': '公开数字向下取整到十位。', 'stats.targetProgress': '完成目标的进度',
    'stats.s.wage-complaints.filed': '投诉件数', 'stats.s.wage-complaints.accepted': '受理', 'stats.s.wage-complaints.refused': '不予受理',
    'stats.s.wage-complaints.resolved': '已处理完毕',
    'stats.s.wage-reports.received': '收到举报', 'stats.s.wage-reports.caseOpened': '立案调查', 'stats.s.wage-reports.closed': '已办结',
    'stats.s.legal-aid.filed': '申请件数', 'stats.s.legal-aid.approved': '给予援助', 'stats.s.legal-aid.assigned': '已指派律师',
    'stats.s.legal-aid.resolved': '已办结',
    'stats.s.residence-permits.filed': '申请件数', 'stats.s.residence-permits.accepted': '受理', 'stats.s.residence-permits.issued': '已制证',
    'stats.s.residence-permits.collected': '已领取',
    'stats.s.jobs.published': '发布岗位', 'stats.s.jobs.headcount': '招聘人数', 'stats.s.jobs.applications': '求职申请',
    'stats.s.training.enrolments': '报名', 'stats.s.training.completions': '结业', 'stats.s.training.subsidiesApproved': '批准补贴',
  },
  en: {
    'stats.title': 'Public statistics', 'stats.lead': 'Monthly figures of the city\'s services for migrant workers, updated every few minutes.',
    'stats.form': 'Choose the statistic', 'stats.which': 'Statistic', 'stats.district': 'District (handling office)', 'stats.allDistricts': 'Whole city (all)',
    'stats.from': 'First month', 'stats.to': 'Last month', 'stats.monthHint': 'Year-month, e.g. 2026-01; leave empty for the last 12 months',
    'stats.show': 'Show', 'stats.loading': 'Loading the statistics…', 'stats.showing': 'Showing: {name}, {from} to {to}, {place}.',
    'stats.which.wage-complaints': 'Wage complaints', 'stats.which.wage-reports': 'Wage arrears reports', 'stats.which.legal-aid': 'Legal aid',
    'stats.which.residence-permits': 'Residence permit applications', 'stats.which.jobs': 'Vacancies', 'stats.which.training': 'Skills training',
    'stats.period': 'Period', 'stats.periodValue': '{from} to {to}', 'stats.jurisdiction': 'Area',
    'stats.wholeCity': 'Whole city (all offices together)', 'stats.computedAt': 'Computed at',
    'stats.public': 'To protect people\'s privacy, counts from 1 to {max} are not published, nor are counts that could be worked out from the others. Zero is shown.',
    'stats.full': 'You may see every figure of this statistic, small counts included.',
    'stats.chart': 'Chart of {name} by month. The same figures are in the table below.', 'stats.chartUnavailable': 'The chart cannot be shown just now; the figures are in the table below.',
    'stats.chartEmpty': 'No figures for this period.',
    'stats.table': '{name} by month ({from} to {to}, {place})', 'stats.month': 'Month',
    'stats.withheld': 'withheld', 'stats.atLeast': 'at least {n}',
    'stats.fnWithheld': '—: too small to publish, or could be worked out from the others.',
    'stats.fnPartial': '"At least": some offices\' counts are withheld; this is the sum of those published.',
    'stats.target': 'Training target {year}', 'stats.targetText': 'Target {target} enrolments for the year; {enrolments} so far ({percent}%); {subsidies} subsidies approved.',
    'stats.targetRounded': 'Published figures are rounded down to tens.', 'stats.targetProgress': 'Progress towards the target',
    'stats.s.wage-complaints.filed': 'Complaints filed', 'stats.s.wage-complaints.accepted': 'Accepted', 'stats.s.wage-complaints.refused': 'Refused',
    'stats.s.wage-complaints.resolved': 'Resolved',
    'stats.s.wage-reports.received': 'Reports received', 'stats.s.wage-reports.caseOpened': 'Case opened', 'stats.s.wage-reports.closed': 'Closed',
    'stats.s.legal-aid.filed': 'Requests made', 'stats.s.legal-aid.approved': 'Aid granted', 'stats.s.legal-aid.assigned': 'Lawyer assigned',
    'stats.s.legal-aid.resolved': 'Concluded',
    'stats.s.residence-permits.filed': 'Applications', 'stats.s.residence-permits.accepted': 'Accepted', 'stats.s.residence-permits.issued': 'Issued',
    'stats.s.residence-permits.collected': 'Collected',
    'stats.s.jobs.published': 'Vacancies published', 'stats.s.jobs.headcount': 'Places offered', 'stats.s.jobs.applications': 'Applications',
    'stats.s.training.enrolments': 'Enrolments', 'stats.s.training.completions': 'Completions', 'stats.s.training.subsidiesApproved': 'Subsidies approved',
  },
});

// The monthly counts charted for each statistic (amounts, medians and breakdowns cannot be summed over offices).
const SERIES = {
  'wage-complaints': ['filed', 'accepted', 'refused', 'resolved'],
  'wage-reports': ['received', 'caseOpened', 'closed'],
  'legal-aid': ['filed', 'approved', 'assigned', 'resolved'],
  'residence-permits': ['filed', 'accepted', 'issued', 'collected'],
  jobs: ['published', 'headcount', 'applications'],
  training: ['enrolments', 'completions', 'subsidiesApproved'],
};
const WHICH = Object.keys(SERIES);
// Colour and dash differ, so the lines are told apart without colour too.
const COLOURS = ['#a4161a', '#1d4e89', '#2a7f3f', '#8a5a00'];
const DASHES = [[], [8, 4], [2, 3], [10, 3, 2, 3]];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

// ---- uPlot, loaded once as a classic script relative to /app/ ----

let uPlotReady = null;
function loadUPlot() {
  if (window.uPlot) return Promise.resolve(window.uPlot);
  uPlotReady ??= new Promise((resolve, reject) => {
    if (!document.querySelector('link[data-uplot]')) {
      document.head.append(h('link', { rel: 'stylesheet', href: 'vendor/uPlot.min.css', 'data-uplot': true }));
    }
    const script = h('script', { src: 'vendor/uPlot.iife.min.js', 'data-uplot': true });
    script.addEventListener('load', () => (window.uPlot ? resolve(window.uPlot) : reject(new Error('uPlot'))));
    script.addEventListener('error', () => {
      // Let a later visit try again (the file may come back once the connection does).
      uPlotReady = null;
      script.remove();
      reject(new Error('uPlot'));
    });
    document.head.append(script);
  });
  return uPlotReady;
}

// One chart is on screen at a time; it follows the window's width and is dropped once its screen is gone.
let current = null;
let resizeQueued = false;
window.addEventListener('resize', () => {
  if (!current || resizeQueued) return;
  resizeQueued = true;
  requestAnimationFrame(() => {
    resizeQueued = false;
    if (!current) return;
    if (!current.box.isConnected) {
      current.plot.destroy();
      current = null;
      return;
    }
    current.plot.setSize(chartSize(current.box));
  });
});

function chartSize(box) {
  const width = Math.max(300, Math.floor(box.clientWidth || 0));
  return { width, height: Math.min(360, Math.max(220, Math.round(width * 0.55))) };
}

/** Resolves once the node is in the document (the router attaches the screen only after render() returns). */
function whenConnected(node) {
  return new Promise((resolve) => {
    const started = Date.now();
    (function check() {
      if (node.isConnected) resolve(true);
      else if (Date.now() - started > 10000) resolve(false);
      else requestAnimationFrame(check);
    })();
  });
}

// ---- figures ----

function monthStamp(month) {
  const [year, m] = month.split('-').map(Number);
  return new Date(year, m - 1, 1).getTime() / 1000;
}

function stampMonth(seconds) {
  const d = new Date(seconds * 1000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

function monthRange(from, to) {
  const months = [];
  if (!MONTH.test(from || '') || !MONTH.test(to || '')) return months;
  let [year, month] = from.split('-').map(Number);
  const [toYear, toMonth] = to.split('-').map(Number);
  while ((year < toYear || (year === toYear && month <= toMonth)) && months.length < 600) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/**
 * The cells summed by month. A month without cells had nothing to count (0). A sum over offices with a withheld
 * part is not known: all parts withheld → withheld; some → 'partial' with the sum of the published parts.
 */
function monthly(data, fields) {
  const months = new Set(monthRange(data.period?.from, data.period?.to));
  (data.cells || []).forEach((cell) => cell.month && months.add(cell.month));
  const rows = new Map([...months].sort().map((month) => [month,
    Object.fromEntries(fields.map((f) => [f, { sum: 0, withheld: 0, parts: 0 }]))]));
  for (const cell of data.cells || []) {
    const row = rows.get(cell.month);
    const hidden = new Set(cell.suppressed || []);
    for (const f of fields) {
      const agg = row[f];
      agg.parts += 1;
      if (hidden.has(f) || cell[f] == null) agg.withheld += 1;
      else agg.sum += Number(cell[f]);
    }
  }
  return [...rows].map(([month, figures]) => ({
    month,
    figures: Object.fromEntries(fields.map((f) => {
      const { sum, withheld, parts } = figures[f];
      if (withheld === 0) return [f, { state: 'exact', value: sum }];
      if (withheld === parts || sum === 0) return [f, { state: 'withheld', value: null }];
      return [f, { state: 'partial', value: sum }];
    })),
  }));
}

function number(n) {
  return Number(n).toLocaleString(lang() === 'en' ? 'en' : 'zh-CN');
}

/** Text read out instead of a sign (CSSOM styles: the page's CSP allows no style attributes). */
function srOnly(text) {
  const span = h('span', { class: 'visually-hidden' }, text);
  Object.assign(span.style, {
    position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: '0', border: '0',
    overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap',
  });
  return span;
}

// ---- rendering ----

function placeName(code, jurisdictions) {
  if (!code) return t('stats.wholeCity');
  const entry = jurisdictions.find((j) => j.code === code);
  return entry ? localName(entry) : code;
}

function metaBlock(data, name, place) {
  const max = (data.smallestPublicCell ?? 5) - 1;
  return h('div', { id: 'stats-meta', 'data-audience': data.audience },
    h('dl', { class: 'facts' },
      h('dt', {}, t('stats.which')), h('dd', {}, name),
      h('dt', {}, t('stats.period')), h('dd', { 'data-from': data.period?.from, 'data-to': data.period?.to },
        t('stats.periodValue', { from: data.period?.from, to: data.period?.to })),
      h('dt', {}, t('stats.jurisdiction')), h('dd', { 'data-jurisdiction': data.jurisdiction || '' }, place),
      h('dt', {}, t('stats.computedAt')), h('dd', {}, h('time', { datetime: data.computedAt }, dateTime(data.computedAt)))),
    h('p', { class: 'note', id: 'stats-withheld-note' },
      data.audience === 'FULL' ? t('stats.full') : t('stats.public', { max })));
}

function targetBlock(target) {
  if (!target) return null;
  const percent = Number(target.percentOfTarget ?? 0);
  return h('section', { id: 'stats-target', 'aria-labelledby': 'stats-target-h' },
    h('h2', { id: 'stats-target-h' }, t('stats.target', { year: target.year })),
    h('p', {}, t('stats.targetText', {
      target: number(target.target), enrolments: number(target.enrolments),
      percent: percent.toLocaleString(lang() === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 1 }),
      subsidies: number(target.subsidiesApproved),
    })),
    h('label', { for: 'stats-target-progress' }, t('stats.targetProgress')), ' ',
    h('progress', { id: 'stats-target-progress', max: '100', value: String(Math.min(100, percent)) }, `${percent}%`),
    h('p', { class: 'hint' }, t('stats.targetRounded')));
}

function table(which, rows, caption) {
  const fields = SERIES[which];
  let withheld = false;
  let partial = false;
  const body = rows.map(({ month, figures }) => h('tr', { 'data-month': month },
    h('th', { scope: 'row' }, month),
    fields.map((f) => {
      const { state, value } = figures[f];
      if (state === 'withheld') {
        withheld = true;
        return h('td', { 'data-field': f, 'data-state': state, class: 'withheld' },
          h('span', { 'aria-hidden': 'true' }, '—'), srOnly(t('stats.withheld')));
      }
      if (state === 'partial') {
        partial = true;
        return h('td', { 'data-field': f, 'data-state': state, 'data-value': value, class: 'partial' },
          t('stats.atLeast', { n: number(value) }));
      }
      return h('td', { 'data-field': f, 'data-state': state, 'data-value': value }, number(value));
    })));
  const tableNode = h('table', { id: 'stats-table', class: 'data' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('stats.month')),
      fields.map((f) => h('th', { scope: 'col', 'data-field': f }, t(`stats.s.${which}.${f}`))))),
    h('tbody', {}, body));
  // A wide table scrolls by itself on a phone instead of widening the page; focusable so keys can scroll it.
  const wrap = h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': caption }, tableNode);
  wrap.style.overflowX = 'auto';
  return h('div', {}, wrap,
    (withheld || partial) && h('ul', { class: 'footnotes', id: 'stats-footnotes' },
      withheld && h('li', {}, t('stats.fnWithheld')),
      partial && h('li', {}, t('stats.fnPartial'))));
}

function dropChart() {
  if (current) current.plot.destroy();
  current = null;
}

/** Draws the rows into box unless a newer drawing started meanwhile (isLatest). */
async function drawChart(box, which, rows, name, isLatest) {
  dropChart();
  box.removeAttribute('role');
  box.removeAttribute('aria-label');
  box.dataset.state = 'loading';
  const fields = SERIES[which];
  if (rows.length === 0) {
    box.dataset.state = 'empty';
    box.replaceChildren(h('p', { class: 'empty' }, t('stats.chartEmpty')));
    return;
  }
  let UPlot;
  try {
    UPlot = await loadUPlot();
  } catch (error) {
    if (!isLatest()) return;
    box.dataset.state = 'unavailable';
    box.replaceChildren(h('p', { class: 'note' }, t('stats.chartUnavailable')));
    return;
  }
  if (!(await whenConnected(box)) || !isLatest()) return;
  dropChart();
  const xs = rows.map((row) => monthStamp(row.month));
  // Only exact figures are drawn; a withheld or partly withheld month is a gap (null), not a misleading value.
  const data = [xs, ...fields.map((f) => rows.map((row) => (row.figures[f].state === 'exact' ? row.figures[f].value : null)))];
  const pad = 16 * 86400;
  const opts = {
    ...chartSize(box),
    // Series names only: the table below gives every value (a live legend shows dashes until touched).
    legend: { live: false },
    scales: {
      x: { time: true, range: (u, min, max) => [(min ?? xs[0]) - pad, (max ?? xs.at(-1)) + pad] },
      y: { range: (u, min, max) => [0, Math.max(5, Math.ceil((max ?? 0) * 1.1))] },
    },
    series: [
      { label: t('stats.month'), value: (u, v) => (v == null ? '' : stampMonth(v)) },
      ...fields.map((f, i) => ({
        label: t(`stats.s.${which}.${f}`), stroke: COLOURS[i], width: 2, dash: DASHES[i], spanGaps: false,
        points: { show: true, size: 7, stroke: COLOURS[i], fill: COLOURS[i] },
        value: (u, v) => (v == null ? '—' : number(v)),
      })),
    ],
    axes: [
      {
        splits: () => xs,
        // As many month labels as fit: every k-th one on a narrow screen.
        values: (u, splits) => {
          const step = Math.max(1, Math.ceil((splits.length * 64) / (u.width || 300)));
          return splits.map((v, i) => (i % step === 0 ? stampMonth(v) : ''));
        },
      },
      { incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000, 500000] },
    ],
  };
  box.replaceChildren();
  const plot = new UPlot(opts, data, box);
  current = { box, plot };
  box.dataset.state = 'drawn';
  // The canvas says nothing to assistive technology: one image with a name pointing to the table.
  box.setAttribute('role', 'img');
  box.setAttribute('aria-label', t('stats.chart', { name }));
}

export async function render(pathParams, searchParams) {
  const initial = {
    which: WHICH.includes(searchParams?.get('which')) ? searchParams.get('which') : 'wage-complaints',
    district: /^\d{6}$/.test(searchParams?.get('district') || '') ? searchParams.get('district') : '',
    from: MONTH.test(searchParams?.get('from') || '') ? searchParams.get('from') : '',
    to: MONTH.test(searchParams?.get('to') || '') ? searchParams.get('to') : '',
  };

  let jurisdictions = [];
  try {
    // The shared, cached list (reference.js), not a second request of its own.
    jurisdictions = (await allJurisdictions()) || [];
  } catch (error) {
    // The figures still work without the district names; only the choice of district is lost.
  }

  const whichSelect = h('select', { id: 'stats-which', name: 'which' },
    WHICH.map((code) => h('option', { value: code, selected: code === initial.which }, t(`stats.which.${code}`))));
  const districtSelect = h('select', { id: 'stats-district', name: 'district', disabled: jurisdictions.length === 0 },
    h('option', { value: '' }, t('stats.allDistricts')),
    [...jurisdictions].sort((a, b) => a.code.localeCompare(b.code)).map((j) => h('option', { value: j.code, selected: j.code === initial.district }, localName(j))));
  const monthField = (name, labelKey) => {
    const id = `stats-${name}`;
    return h('div', { class: 'field' },
      h('label', { for: id }, t(labelKey), ' ', h('span', { class: 'req' }, `(${t('form.optional')})`)),
      h('p', { class: 'hint', id: `${id}-hint` }, t('stats.monthHint')),
      h('input', { type: 'month', id, name, value: initial[name], placeholder: '2026-01', 'aria-describedby': `${id}-hint` }));
  };
  const submit = h('button', { type: 'submit', class: 'primary' }, t('stats.show'));
  const form = h('form', { id: 'stats-form', class: 'filters', 'aria-label': t('stats.form'), novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'stats-which' }, t('stats.which')), whichSelect),
    h('div', { class: 'field' }, h('label', { for: 'stats-district' }, t('stats.district'), ' ',
      h('span', { class: 'req' }, `(${t('form.optional')})`)), districtSelect),
    monthField('from', 'stats.from'), monthField('to', 'stats.to'),
    submit);

  const status = h('p', { id: 'stats-status', role: 'status', class: 'status' });
  const meta = h('div');
  const chartBox = h('div', { id: 'stats-chart', class: 'chart', 'data-state': 'loading' });
  const tableBox = h('div');
  const target = h('div');
  const results = h('div', { id: 'stats-results' }, meta, target, chartBox, tableBox);

  let loads = 0;
  async function load() {
    const mine = ++loads;
    const isLatest = () => mine === loads;
    const choice = {
      which: whichSelect.value,
      district: districtSelect.value,
      from: form.elements.from.value.trim(),
      to: form.elements.to.value.trim(),
    };
    clearProblem(form);
    status.textContent = t('stats.loading');
    results.setAttribute('aria-busy', 'true');
    try {
      const { data } = await api(`/api/v1/statistics/${choice.which}${query({ district: choice.district, from: choice.from, to: choice.to })}`);
      if (!isLatest()) return;
      // The choice in the address, so it can be shared or reloaded (replaceState: no hashchange, no re-render);
      // not once the user has gone on to another screen while the figures loaded.
      if (location.hash.startsWith('#/stats')) {
        history.replaceState(null, '', `#/stats${query(choice.which === 'wage-complaints' ? { ...choice, which: '' } : choice)}`);
      }
      const name = t(`stats.which.${choice.which}`);
      const place = placeName(data.jurisdiction, jurisdictions);
      const rows = monthly(data, SERIES[choice.which]);
      meta.replaceChildren(metaBlock(data, name, place));
      target.replaceChildren(choice.which === 'training' ? targetBlock(data.target) || '' : '');
      tableBox.replaceChildren(table(choice.which, rows,
        t('stats.table', { name, from: data.period?.from, to: data.period?.to, place })));
      status.textContent = t('stats.showing', { name, from: data.period?.from, to: data.period?.to, place });
      chartBox.hidden = false;
      drawChart(chartBox, choice.which, rows, name, isLatest);
    } catch (error) {
      if (!isLatest()) return;
      status.textContent = '';
      meta.replaceChildren();
      target.replaceChildren();
      tableBox.replaceChildren();
      dropChart();
      chartBox.replaceChildren();
      chartBox.hidden = true;
      showProblem(form, error);
    } finally {
      if (isLatest()) results.removeAttribute('aria-busy');
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(submit, load);
  });
  whichSelect.addEventListener('change', () => busy(submit, load));
  districtSelect.addEventListener('change', () => busy(submit, load));

  await load();
  return h('section', { class: 'screen stats' },
    heading(t('stats.title')),
    h('p', { class: 'lead' }, t('stats.lead')),
    form, status, results);
}
