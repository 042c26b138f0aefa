// An officer's queue: the office's open cases, soonest deadline first, overdue ones flagged.
import { api, query } from '../api.js';
import { hasRole } from '../auth.js';
import { KINDS } from '../cases-common.js';
import { addStrings, t } from '../i18n.js';
import { field, formValue, h, heading, pagedList } from '../ui.js';
import { caseCard } from './cases.js';

addStrings({
  // dueWithinDays counts calendar days (openapi: "Due within this many calendar days"), not working days.
  zh: { 'queue.title': '待办案件', 'queue.kind': '案件类型', 'queue.overdue': '只看已超期', 'queue.dueWithin': '多少天内到期（自然日）', 'queue.show': '筛选' },
  en: { 'queue.title': 'Case queue', 'queue.kind': 'Case type', 'queue.overdue': 'Overdue only', 'queue.dueWithin': 'Due within (calendar days)', 'queue.show': 'Filter' },
});

export async function render(_, params) {
  const kinds = Object.keys(KINDS).filter((k) => hasRole(KINDS[k].officer));
  const kind = kinds.includes(params.get('kind')) ? params.get('kind') : kinds[0];
  if (!kind) return h('section', {}, heading(t('queue.title')), h('p', {}, t('list.empty')));
  const form = h('form', { id: 'queue-filter', class: 'row' },
    field({ name: 'kind', label: t('queue.kind'), type: 'select', required: true, value: kind, options: kinds.map((k) => [k, t(KINDS[k].title)]) }),
    field({ name: 'overdue', label: t('queue.overdue'), type: 'checkbox', value: params.get('overdue') === 'true' }),
    field({ name: 'dueWithinDays', label: t('queue.dueWithin'), type: 'number', value: params.get('dueWithinDays'), attrs: { min: 0, max: 365, inputmode: 'numeric' } }),
    h('button', { type: 'submit', class: 'secondary' }, t('queue.show')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = formValue(form);
    location.hash = `#/queue${query({ kind: value.kind, overdue: value.overdue ? 'true' : undefined, dueWithinDays: value.dueWithinDays })}`;
  });
  const filters = { overdue: params.get('overdue') === 'true' ? 'true' : undefined, dueWithinDays: params.get('dueWithinDays') };
  const list = pagedList(async (cursor) => (await api(`/api/v1/${kind}${query({ ...filters, page: cursor.page })}`)).data, (c) => caseCard(kind, c));
  list.id = 'queue';
  await list.ready;
  // The cards are h3: the list gets its h2 (the case type shown), so no heading level is skipped.
  return h('section', {}, heading(t('queue.title')), form, h('h2', {}, t(KINDS[kind].title)), list);
}
