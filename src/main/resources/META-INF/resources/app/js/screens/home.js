import { signedIn, hasRole } from '../auth.js';
import { addStrings, t } from '../i18n.js';
import { h, heading } from '../ui.js';

addStrings({
  zh: { 'home.jobs': '附近的招聘岗位', 'home.courses': '免费或有补贴的技能培训', 'home.file': '被拖欠工资？在线投诉',
    'home.legal': '申请法律援助', 'home.permit': '居住证与签注', 'home.queue': '处理待办案件', 'home.stats': '全市公开统计' },
  en: { 'home.jobs': 'Vacancies near you', 'home.courses': 'Free or subsidised training', 'home.file': 'Owed wages? File a complaint',
    'home.legal': 'Apply for legal aid', 'home.permit': 'Residence permit and endorsement', 'home.queue': 'Work the case queue', 'home.stats': 'The city\'s public statistics' },
});

export async function render() {
  const tiles = [['#/jobs', 'home.jobs'], ['#/courses', 'home.courses']];
  if (!signedIn() || hasRole('worker')) tiles.push(['#/complaints/new', 'home.file'], ['#/legal-aid/new', 'home.legal'], ['#/permits', 'home.permit']);
  if (['labour-inspector', 'legal-aid-officer', 'residence-officer'].some(hasRole)) tiles.push(['#/queue', 'home.queue']);
  tiles.push(['#/stats', 'home.stats']);
  return h('section', {}, heading(t('app.title')), h('p', { class: 'lead' }, t('home.lead')),
    h('ul', { class: 'tiles' }, tiles.map(([href, key]) => h('li', {}, h('a', { href }, t(key))))),
    h('p', { class: 'hotline' }, t('home.hotline')));
}
