// Applying for legal aid, usually about a wage complaint already filed (?complaint=WC-…): the officer sees both.
import { keyedSubmission } from '../api.js';
import { user } from '../auth.js';
import { addStrings, label, t } from '../i18n.js';
import { districtOptions } from '../reference.js';
import { busy, field, formValue, h, heading, showProblem } from '../ui.js';

const MATTERS = ['LABOUR_REMUNERATION', 'LABOUR_RELATIONSHIP', 'WORK_INJURY', 'OTHER_PERSONAL_INJURY', 'SOCIAL_INSURANCE', 'OTHER'];

addStrings({
  zh: {
    'aid.title': '申请法律援助', 'aid.lead': '农民工追讨劳动报酬或工伤赔偿的，免予经济困难审查（法律援助法第四十二条）。',
    'aid.name': '姓名', 'aid.idNumber': '身份证号', 'aid.phone': '手机号',
    'aid.amountHint': '追讨劳动报酬、工伤赔偿或社会保险的必填，如 36000 或 36000.50。',
    'aid.applicant': '申请人', 'aid.matter': '案件', 'aid.district': '受理地区', 'aid.matterType': '事项类型', 'aid.opposing': '对方（单位或个人）名称',
    'aid.deadline': '紧急情况', 'aid.deadlineHint': '开庭日期或诉讼时效即将届满的，请填写：7 天内到期的申请优先办理。',
    'aid.deadlineDate': '日期', 'aid.deadlineKind': '是什么日期',
    'deadlineKind.HEARING': '开庭', 'deadlineKind.LIMITATION': '时效届满', 'deadlineKind.OTHER': '其他期限',
    'aid.hardship': '经济困难情况', 'aid.hardshipHint': '追讨劳动报酬、工伤赔偿的不需要填写；其他事项请如实填写家庭经济状况。',
    'aid.householdSize': '家庭人口', 'aid.income': '家庭月收入（元）', 'aid.hardshipStatement': '补充说明',
    'aid.opposingCode': '对方统一社会信用代码', 'aid.amount': '请求金额（元）', 'aid.facts': '事实和理由', 'aid.request': '申请事项',
    'aid.complaint': '相关欠薪投诉编号', 'aid.complaintHint': '如 WC-2026-XXXX-XXXX；填写后法律援助机构可以直接调阅。', 'aid.submit': '提交申请',
    'aid.filed': '申请已提交，编号 {number}。', 'aid.follow': '查看办理进度',
    'matter.LABOUR_REMUNERATION': '追讨劳动报酬', 'matter.LABOUR_RELATIONSHIP': '劳动关系争议', 'matter.WORK_INJURY': '工伤赔偿',
    'matter.OTHER_PERSONAL_INJURY': '其他人身损害', 'matter.SOCIAL_INSURANCE': '社会保险', 'matter.OTHER': '其他',
  },
  en: {
    'aid.title': 'Apply for legal aid', 'aid.lead': 'Migrant workers claiming wages or work-injury compensation are exempt from the means test (Legal Aid Law art. 42).',
    'aid.name': 'Name', 'aid.idNumber': 'ID card number', 'aid.phone': 'Mobile phone',
    'aid.amountHint': 'Needed for wages, work-injury and social-insurance claims, e.g. 36000 or 36000.50.',
    'aid.applicant': 'Applicant', 'aid.matter': 'The matter', 'aid.district': 'District', 'aid.matterType': 'Type of matter', 'aid.opposing': 'Opposing party (employer or person)',
    'aid.deadline': 'Urgency', 'aid.deadlineHint': 'A hearing or a limitation date coming: requests due within 7 days go first.',
    'aid.deadlineDate': 'Date', 'aid.deadlineKind': 'What date',
    'deadlineKind.HEARING': 'Hearing', 'deadlineKind.LIMITATION': 'Limitation period ends', 'deadlineKind.OTHER': 'Other deadline',
    'aid.hardship': 'Household means', 'aid.hardshipHint': 'Not needed for unpaid wages or work injuries; for other matters, state your household\'s means.',
    'aid.householdSize': 'People in the household', 'aid.income': 'Household income a month (yuan)', 'aid.hardshipStatement': 'Anything to add',
    'aid.opposingCode': 'Opposing party\'s credit code', 'aid.amount': 'Amount claimed (yuan)', 'aid.facts': 'Facts and reasons', 'aid.request': 'What you ask for',
    'aid.complaint': 'Related wage complaint number', 'aid.complaintHint': 'e.g. WC-2026-XXXX-XXXX; the legal-aid centre can then read it.', 'aid.submit': 'Apply',
    'aid.filed': 'Application filed: number {number}.', 'aid.follow': 'Follow the case',
    'matter.LABOUR_REMUNERATION': 'Unpaid wages', 'matter.LABOUR_RELATIONSHIP': 'Employment dispute', 'matter.WORK_INJURY': 'Work injury',
    'matter.OTHER_PERSONAL_INJURY': 'Other personal injury', 'matter.SOCIAL_INSURANCE': 'Social insurance', 'matter.OTHER': 'Other',
  },
});

export async function render(_, params) {
  const submit = h('button', { type: 'submit', class: 'primary' }, t('aid.submit'));
  const form = h('form', { id: 'legal-aid-form', novalidate: true },
    h('fieldset', {}, h('legend', {}, t('aid.applicant')),
      // aid.* not file.*: complaint-form.js (which has the file.* texts) is not loaded when this screen opens first.
      field({ name: 'applicant.name', label: t('aid.name'), required: true, value: user()?.name, attrs: { maxlength: 50, autocomplete: 'name' } }),
      field({ name: 'applicant.idNumber', label: t('aid.idNumber'), required: true, attrs: { maxlength: 18 } }),
      field({ name: 'applicant.phone', label: t('aid.phone'), type: 'tel', required: true, attrs: { maxlength: 11, inputmode: 'tel' } })),
    h('fieldset', {}, h('legend', {}, t('aid.matter')),
      field({ name: 'wageComplaint', label: t('aid.complaint'), hint: t('aid.complaintHint'), value: params.get('complaint'), attrs: { maxlength: 17 } }),
      field({ name: 'district', label: t('aid.district'), type: 'select', required: true, options: await districtOptions() }),
      field({ name: 'matterType', label: t('aid.matterType'), type: 'select', required: true, value: params.get('complaint') ? 'LABOUR_REMUNERATION' : '',
        options: MATTERS.map((m) => [m, label('matter', m)]) }),
      field({ name: 'opposingParty.name', label: t('aid.opposing'), required: true, value: params.get('employer'), attrs: { maxlength: 200 } }),
      field({ name: 'opposingParty.creditCode', label: t('aid.opposingCode'), attrs: { maxlength: 18 } }),
      field({ name: 'amountClaimed', label: t('aid.amount'), hint: t('aid.amountHint'), value: params.get('amount'), attrs: { inputmode: 'decimal', maxlength: 15 } }),
      field({ name: 'facts', label: t('aid.facts'), type: 'textarea', required: true, attrs: { maxlength: 4000 } }),
      field({ name: 'request', label: t('aid.request'), type: 'textarea', required: true, attrs: { maxlength: 1000, rows: 2 } })),
    h('fieldset', {}, h('legend', {}, t('aid.deadline')),
      h('p', { class: 'hint' }, t('aid.deadlineHint')),
      h('div', { class: 'row' },
        field({ name: 'nextDeadline.date', label: t('aid.deadlineDate'), type: 'date' }),
        field({ name: 'nextDeadline.kind', label: t('aid.deadlineKind'), type: 'select', options: ['HEARING', 'LIMITATION', 'OTHER'].map((k) => [k, label('deadlineKind', k)]) }))),
    // Unpaid wages and work injuries go by the green channel (no means test); other matters declare the household's means.
    h('fieldset', {}, h('legend', {}, t('aid.hardship')),
      h('p', { class: 'hint' }, t('aid.hardshipHint')),
      h('div', { class: 'row' },
        field({ name: 'hardship.householdSize', label: t('aid.householdSize'), type: 'number', kind: 'int', attrs: { min: 1, max: 30, inputmode: 'numeric' } }),
        field({ name: 'hardship.monthlyHouseholdIncome', label: t('aid.income'), attrs: { inputmode: 'decimal', maxlength: 13 } })),
      field({ name: 'hardship.statement', label: t('aid.hardshipStatement'), type: 'textarea', attrs: { maxlength: 2000, rows: 2 } })),
    submit);
  const apply = keyedSubmission();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(submit, async () => {
      try {
        const { data } = await apply('/api/v1/legal-aid-requests', { method: 'POST', body: formValue(form) });
        const done = h('section', { class: 'success', role: 'status', tabindex: '-1', 'data-tracking-number': data.trackingNumber },
          h('p', {}, t('aid.filed', { number: data.trackingNumber })),
          h('p', {}, h('a', { href: `#/cases/legal-aid-requests/${data.trackingNumber}` }, t('aid.follow'))));
        form.replaceWith(done);
        // The focused submit button went with the form: the confirmation takes its place.
        done.focus();
      } catch (error) {
        showProblem(form, error);
      }
    });
  });
  return h('section', {}, heading(t('aid.title')), h('p', { class: 'lead' }, t('aid.lead')), form);
}
