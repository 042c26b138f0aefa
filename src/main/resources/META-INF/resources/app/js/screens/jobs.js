// Job search (anonymous) and a vacancy with its application form (signed-in workers).
import { api, keyedSubmission, query } from '../api.js';
import { hasRole, signedIn, signIn } from '../auth.js';
import { addStrings, label, t } from '../i18n.js';
import { districtName, districtOptions } from '../reference.js';
import { busy, clearProblem, field, formValue, h, heading, money, pagedList, showProblem } from '../ui.js';

addStrings({
  zh: {
    'jobs.title': '找工作', 'jobs.q': '关键词', 'jobs.qHint': '如：焊工、保洁、叉车', 'jobs.district': '区县', 'jobs.minPay': '最低月薪（元）',
    'jobs.search': '搜索', 'jobs.pay': '{min}–{max} 元/{unit}', 'jobs.headcount': '招 {n} 人', 'jobs.until': '截止 {date}',
    'jobs.duties': '工作内容', 'jobs.requirements': '任职要求', 'jobs.address': '工作地点', 'jobs.benefits': '待遇',
    'jobs.apply': '申请这个岗位', 'jobs.phone': '联系电话', 'jobs.message': '留言', 'jobs.messageHint': '如：有焊工证，可以马上上岗',
    'jobs.applied': '已提交申请，招聘单位会通过电话联系您。', 'jobs.signInToApply': '登录后申请',
    'jobs.benefit.socialInsurance': '缴纳社保', 'jobs.benefit.housing': '提供住宿', 'jobs.benefit.meals': '提供餐食',
    'unit.MONTH': '月', 'unit.DAY': '天', 'unit.HOUR': '小时',
    'employmentType.FULL_TIME': '全职', 'employmentType.PART_TIME': '非全日制', 'employmentType.TEMPORARY': '临时工', 'employmentType.SEASONAL': '季节工', 'employmentType.INTERN': '实习',
  },
  en: {
    'jobs.title': 'Find a job', 'jobs.q': 'Keywords', 'jobs.qHint': 'e.g. welder, cleaner, forklift', 'jobs.district': 'District', 'jobs.minPay': 'Minimum monthly pay (yuan)',
    'jobs.search': 'Search', 'jobs.pay': '{min}–{max} yuan per {unit}', 'jobs.headcount': '{n} wanted', 'jobs.until': 'until {date}',
    'jobs.duties': 'Duties', 'jobs.requirements': 'Requirements', 'jobs.address': 'Workplace', 'jobs.benefits': 'Benefits',
    'jobs.apply': 'Apply for this job', 'jobs.phone': 'Phone', 'jobs.message': 'Message', 'jobs.messageHint': 'e.g. I have a welding certificate and can start now',
    'jobs.applied': 'Application sent; the employer will call you.', 'jobs.signInToApply': 'Sign in to apply',
    'jobs.benefit.socialInsurance': 'Social insurance', 'jobs.benefit.housing': 'Housing', 'jobs.benefit.meals': 'Meals',
    'unit.MONTH': 'month', 'unit.DAY': 'day', 'unit.HOUR': 'hour',
    'employmentType.FULL_TIME': 'Full time', 'employmentType.PART_TIME': 'Part time', 'employmentType.TEMPORARY': 'Temporary', 'employmentType.SEASONAL': 'Seasonal', 'employmentType.INTERN': 'Internship',
  },
});

function pay(p) {
  return t('jobs.pay', { min: money(p.min).slice(1), max: money(p.max).slice(1), unit: label('unit', p.unit) });
}

export async function render([id], params) {
  return id ? vacancy(id) : search(params);
}

async function search(params) {
  const filters = { q: params.get('q'), district: params.get('district'), minPay: params.get('minPay') };
  const firstPage = api(`/api/v1/jobs${query({ ...filters, page: 0 })}`);
  firstPage.catch(() => {});
  const form = h('form', { role: 'search', id: 'job-search' },
    h('div', { class: 'row' },
      field({ name: 'q', label: t('jobs.q'), hint: t('jobs.qHint'), value: params.get('q'), attrs: { type: 'search', maxlength: 50 } }),
      field({ name: 'district', label: t('jobs.district'), type: 'select', options: await districtOptions(), value: params.get('district') }),
      field({ name: 'minPay', label: t('jobs.minPay'), type: 'number', value: params.get('minPay'), attrs: { min: 0, step: 100, inputmode: 'numeric' } })),
    h('button', { type: 'submit', class: 'primary' }, t('jobs.search')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const target = `#/jobs${query(formValue(form))}`;
    // The same search again (new vacancies may have come): the address does not change, so draw it anew.
    if (location.hash === target) window.dispatchEvent(new HashChangeEvent('hashchange'));
    else location.hash = target;
  });
  const results = pagedList(async (cursor) => {
    // The first page was asked for together with the districts, in parallel.
    const { data } = cursor.after ? await api(`/api/v1/jobs${query({ ...filters, after: cursor.after })}`) : await firstPage;
    return data;
  }, (job) => h('li', { class: 'card job', 'data-id': job.id },
    h('h2', {}, h('a', { href: `#/jobs/${job.id}` }, job.title)),
    h('p', { class: 'meta' }, job.employerName),
    h('p', {}, pay(job.pay), ' · ', label('employmentType', job.employmentType), ' · ', t('jobs.headcount', { n: job.headcount })),
    h('p', { class: 'meta' }, t('jobs.until', { date: job.validThrough }))), { listClass: 'cards', });
  results.id = 'job-results';
  await results.ready;
  return h('section', {}, heading(t('jobs.title')), form, results);
}

async function vacancy(id) {
  const { data: job } = await api(`/api/v1/jobs/${id}`);
  const benefits = Object.entries(job.benefits || {}).filter(([, v]) => v).map(([k]) => t(`jobs.benefit.${k}`));
  return h('section', { class: 'vacancy' },
    h('p', {}, h('a', { href: '#/jobs', class: 'back' }, t('app.back'))),
    heading(job.title),
    h('p', { class: 'meta' }, job.employer?.name),
    h('p', {}, pay(job.pay), ' · ', label('employmentType', job.employmentType), ' · ', t('jobs.headcount', { n: job.headcount })),
    h('dl', { class: 'facts' },
      h('dt', {}, t('jobs.address')), h('dd', {}, await districtName(job.district), ' ', job.address),
      h('dt', {}, t('jobs.duties')), h('dd', {}, job.duties),
      job.requirements && [h('dt', {}, t('jobs.requirements')), h('dd', {}, job.requirements)],
      benefits.length > 0 && [h('dt', {}, t('jobs.benefits')), h('dd', {}, benefits.join('、'))]),
    h('p', { class: 'meta' }, t('jobs.until', { date: job.validThrough })),
    applySection(job));
}

function applySection(job) {
  if (!signedIn()) return h('button', { type: 'button', class: 'primary', onclick: () => signIn() }, t('jobs.signInToApply'));
  if (!hasRole('worker')) return null;
  const send = keyedSubmission();
  const submit = h('button', { type: 'submit', class: 'primary' }, t('jobs.apply'));
  const form = h('form', { id: 'apply-form', novalidate: true },
    h('h2', {}, t('jobs.apply')),
    field({ name: 'phone', label: t('jobs.phone'), type: 'tel', required: true, attrs: { autocomplete: 'tel', inputmode: 'tel', maxlength: 11 } }),
    field({ name: 'message', label: t('jobs.message'), type: 'textarea', hint: t('jobs.messageHint'), attrs: { maxlength: 500 } }),
    submit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(submit, async () => {
      try {
        await send(`/api/v1/jobs/${job.id}/applications`, { method: 'POST', body: formValue(form) });
        clearProblem(form);
        const applied = h('p', { class: 'success', role: 'status', id: 'applied', tabindex: '-1' }, t('jobs.applied'));
        form.replaceWith(applied);
        // The focused button went with the form.
        applied.focus();
      } catch (error) {
        showProblem(form, error);
      }
    });
  });
  return form;
}
