// A worker's own cases of every type, newest first, each with its clock.
import { api, query } from '../api.js';
import { KINDS, statusLabel } from '../cases-common.js';
import { addStrings, t } from '../i18n.js';
import { clockBadge, dateTime, h, heading, pagedList } from '../ui.js';

addStrings({
  zh: { 'cases.title': '我的办件', 'cases.fileNew': '新的欠薪投诉', 'cases.aidNew': '申请法律援助' },
  en: { 'cases.title': 'My cases', 'cases.fileNew': 'New wage complaint', 'cases.aidNew': 'Apply for legal aid' },
});

export function caseCard(kind, c) {
  return h('li', { class: 'card case', 'data-tracking-number': c.trackingNumber, 'data-status': c.status },
    h('h3', {}, h('a', { href: `#/cases/${kind}/${c.trackingNumber}` }, c.trackingNumber)),
    h('p', {}, h('strong', {}, statusLabel(kind, c.status)), ' · ', KINDS[kind].summary(c).filter(Boolean).join(' · ')),
    clockBadge(c.deadline),
    h('p', { class: 'meta' }, dateTime(c.createdAt || c.receivedAt)));
}

export async function render() {
  const sections = [];
  for (const kind of ['wage-complaints', 'legal-aid-requests', 'residence-permit-applications']) {
    const list = pagedList(async (cursor) => (await api(`/api/v1/${kind}${query({ page: cursor.page })}`)).data, (c) => caseCard(kind, c));
    list.id = `cases-${kind}`;
    sections.push(h('h2', {}, t(KINDS[kind].title)), list);
    await list.ready;
  }
  return h('section', {}, heading(t('cases.title')),
    h('p', { class: 'row' }, h('a', { href: '#/complaints/new' }, t('cases.fileNew')), h('a', { href: '#/legal-aid/new' }, t('cases.aidNew'))),
    sections);
}
