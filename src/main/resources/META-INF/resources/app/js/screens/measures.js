// The directory of the city's policy measures: who is responsible for each and where the portal puts it online.
// Test hooks: #measures-filter (text filter), #measures-count (role=status), #measures (list), li[data-number]
// [data-service] (hidden when filtered out), a.measure-service (link to the screen of the service).
import { api } from '../api.js';
import { addStrings, label, lang, localName, t } from '../i18n.js';
import { h, heading } from '../ui.js';

addStrings({
  zh: {
    'measures.title': '政策措施', 'measures.lead': '市政府关于做好农民工工作的各项措施，牵头和配合部门，以及本平台上对应的服务。',
    'measures.filter': '按标题或内容筛选', 'measures.filterHint': '输入关键词，例如“工资”“培训”',
    'measures.count': '显示 {shown} 项，共 {total} 项', 'measures.none': '没有符合条件的措施。',
    'measures.number': '第 {n} 项', 'measures.lead.label': '牵头部门', 'measures.cooperating': '配合部门', 'measures.noDepartments': '无',
    'measures.online': '在线办理：', 'measures.go': '前往“{service}”',
    'measures.service.JOBS': '找工作', 'measures.service.TRAINING': '技能培训', 'measures.service.WAGES': '欠薪投诉',
    'measures.service.LEGAL_AID': '法律援助', 'measures.service.RESIDENCE': '居住证', 'measures.service.STATISTICS': '公开统计',
    'measures.service.INFORMATION': '政策信息（无需在线办理）', 'measures.service.ADMIN': '由平台管理部门落实',
  },
  en: {
    'measures.title': 'Policy measures', 'measures.lead': 'The city\'s measures for migrant workers, the departments that lead and support each, and the portal service that puts it online.',
    'measures.filter': 'Filter by title or text', 'measures.filterHint': 'Type a word, e.g. "wages" or "training"',
    'measures.count': 'Showing {shown} of {total}', 'measures.none': 'No measure matches.',
    'measures.number': 'Measure {n}', 'measures.lead.label': 'Lead', 'measures.cooperating': 'Supporting', 'measures.noDepartments': 'None',
    'measures.online': 'Online: ', 'measures.go': 'Go to "{service}"',
    'measures.service.JOBS': 'Jobs', 'measures.service.TRAINING': 'Skills training', 'measures.service.WAGES': 'Unpaid wages complaint',
    'measures.service.LEGAL_AID': 'Legal aid', 'measures.service.RESIDENCE': 'Residence permit', 'measures.service.STATISTICS': 'Public statistics',
    'measures.service.INFORMATION': 'Information only (nothing to apply for)', 'measures.service.ADMIN': 'Carried out by the portal\'s administration',
  },
});

// portalService (V1__platform.sql check constraint) → the client's screen; INFORMATION and ADMIN have none.
const SCREENS = {
  JOBS: '#/jobs',
  TRAINING: '#/courses',
  WAGES: '#/complaints/new',
  LEGAL_AID: '#/legal-aid/new',
  RESIDENCE: '#/permits',
  STATISTICS: '#/stats',
};

function departments(list) {
  return list && list.length ? list.map((d) => localName(d)).join(lang() === 'en' ? '; ' : '、') : t('measures.noDepartments');
}

function item(measure) {
  const service = measure.portalService;
  const href = SCREENS[service];
  const titleId = `measure-${measure.number}-title`;
  return h('li', { class: 'card measure', 'data-number': measure.number, 'data-service': service },
    h('h2', { id: titleId },
      h('span', { class: 'measure-number' }, t('measures.number', { n: measure.number })), ' ', localName(measure, 'title')),
    h('p', { class: 'measure-summary' }, localName(measure, 'summary')),
    h('dl', { class: 'facts' },
      h('dt', {}, t('measures.lead.label')), h('dd', { class: 'measure-lead' }, departments(measure.leadDepartments)),
      h('dt', {}, t('measures.cooperating')), h('dd', { class: 'measure-cooperating' }, departments(measure.cooperatingDepartments))),
    href
      ? h('p', {}, t('measures.online'), h('a', { class: 'measure-service', href },
        t('measures.go', { service: label('measures.service', service) })))
      : h('p', { class: 'measure-service-none' }, label('measures.service', service)));
}

/** Folds width and case so that a filter typed in half- or full-width letters still matches. */
function normalise(value) {
  return (value || '').normalize('NFKC').toLowerCase();
}

export async function render() {
  const { data } = await api('/api/v1/policy-measures');
  const measures = [...(data || [])].sort((a, b) => a.number - b.number);
  const entries = measures.map((measure) => ({
    node: item(measure),
    // Both languages are searched: a worker may type either.
    haystack: normalise([measure.titleZh, measure.titleEn, measure.summaryZh, measure.summaryEn].join('\n')),
  }));

  const count = h('p', { id: 'measures-count', role: 'status', class: 'status' });
  const none = h('p', { class: 'empty', id: 'measures-none', hidden: true }, t('measures.none'));
  const input = h('input', { type: 'search', id: 'measures-filter', name: 'q', autocomplete: 'off', 'aria-describedby': 'measures-filter-hint', 'aria-controls': 'measures' });

  function apply() {
    const words = normalise(input.value).split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const entry of entries) {
      const match = words.every((word) => entry.haystack.includes(word));
      entry.node.hidden = !match;
      if (match) shown += 1;
    }
    none.hidden = shown > 0;
    count.textContent = t('measures.count', { shown, total: entries.length });
  }
  input.addEventListener('input', apply);
  apply();

  return h('section', { class: 'screen measures' },
    heading(t('measures.title')),
    h('p', { class: 'lead' }, t('measures.lead')),
    // A search landmark, not a submitted form: filtering happens as one types.
    h('form', { role: 'search', class: 'filters', onsubmit: (event) => event.preventDefault() },
      h('div', { class: 'field' },
        h('label', { for: 'measures-filter' }, t('measures.filter')),
        h('p', { class: 'hint', id: 'measures-filter-hint' }, t('measures.filterHint')),
        input)),
    count, none,
    h('ul', { id: 'measures', class: 'cards', 'aria-label': t('measures.title') }, entries.map((entry) => entry.node)));
}
