// Filing a wage-arrears complaint with evidence. The filing and each upload carry their own Idempotency-Key and
// are sent again with it when the connection drops (api.js), so a retry never files a second complaint.
import { keyedSubmission } from '../api.js';
import { user } from '../auth.js';
import { addStrings, t } from '../i18n.js';
import { evidenceField, uploadAll } from '../evidence.js';
import { districtOptions } from '../reference.js';
import { busy, clearProblem, field, formValue, h, heading, showProblem } from '../ui.js';

addStrings({
  zh: {
    'file.title': '欠薪投诉', 'file.lead': '请如实填写，标明“必填”的内容劳动保障监察受理时需要。提交后 5 个工作日内决定是否受理。',
    'file.you': '投诉人', 'file.employer': '用人单位', 'file.workplace': '工作地点', 'file.wages': '欠薪情况', 'file.evidence': '证据材料',
    'file.name': '姓名', 'file.idNumber': '身份证号', 'file.phone': '手机号', 'file.address': '现住址', 'file.bankCard': '工资卡号',
    'file.bankCardHint': '用于追回工资后直接发放，加密保存。', 'file.employerName': '单位名称', 'file.creditCode': '统一社会信用代码',
    'file.creditCodeHint': '营业执照上的 18 位代码，不知道可以不填。', 'file.employerAddress': '单位地址', 'file.legalRep': '法定代表人',
    'file.district': '所在区县', 'file.workAddress': '详细地址', 'file.construction': '这是建设工程项目（工地）', 'file.govLed': '政府投资或市政府主导的项目',
    'file.project': '项目名称', 'file.forConstruction': '建设工程项目必须填写。', 'file.contractor': '总承包单位', 'file.periodStart': '欠薪开始日期', 'file.periodEnd': '欠薪结束日期',
    'file.amount': '被拖欠金额（元）', 'file.amountHint': '如 36000 或 36000.50', 'file.workers': '被拖欠的人数', 'file.facts': '事情经过',
    'file.factsHint': '在哪里做什么工作、干了多久、约定的工资、拖欠了多少。', 'file.request': '您的要求', 'file.submit': '提交投诉', 'file.filed': '投诉已提交，编号 {number}。', 'file.follow': '查看办理进度',
  },
  en: {
    'file.title': 'Unpaid wages: file a complaint', 'file.lead': 'Fill in what you know; the labour inspectorate needs the required fields and decides within 5 working days whether to accept the case.',
    'file.you': 'You', 'file.employer': 'Employer', 'file.workplace': 'Workplace', 'file.wages': 'Wages owed', 'file.evidence': 'Evidence',
    'file.name': 'Name', 'file.idNumber': 'ID card number', 'file.phone': 'Mobile phone', 'file.address': 'Address', 'file.bankCard': 'Wage card number',
    'file.bankCardHint': 'Recovered wages are paid to it; stored encrypted.', 'file.employerName': 'Employer name', 'file.creditCode': 'Unified social credit code',
    'file.creditCodeHint': 'The 18-character code on the business licence; leave empty if unknown.', 'file.employerAddress': 'Employer address', 'file.legalRep': 'Legal representative',
    'file.district': 'District', 'file.workAddress': 'Address', 'file.construction': 'This is a construction project (a building site)', 'file.govLed': 'Government-funded or city-led project',
    'file.project': 'Project name', 'file.forConstruction': 'Required for a construction project.', 'file.contractor': 'General contractor', 'file.periodStart': 'Unpaid since', 'file.periodEnd': 'Unpaid until',
    'file.amount': 'Amount owed (yuan)', 'file.amountHint': 'e.g. 36000 or 36000.50', 'file.workers': 'Workers owed wages', 'file.facts': 'What happened',
    'file.factsHint': 'Where you worked and as what, for how long, the agreed pay and how much is owed.', 'file.request': 'What you ask for', 'file.submit': 'File the complaint', 'file.filed': 'Complaint filed: number {number}.', 'file.follow': 'Follow the case',
  },
});

export async function render() {
  const districts = await districtOptions();
  const submit = h('button', { type: 'submit', class: 'primary', id: 'file-submit' }, t('file.submit'));
  const form = h('form', { id: 'complaint-form', novalidate: true },
    h('fieldset', {}, h('legend', {}, t('file.you')),
      field({ name: 'complainant.name', label: t('file.name'), required: true, value: user()?.name, attrs: { autocomplete: 'name', maxlength: 50 } }),
      field({ name: 'complainant.idNumber', label: t('file.idNumber'), required: true, attrs: { maxlength: 18, autocomplete: 'off' } }),
      field({ name: 'complainant.phone', label: t('file.phone'), type: 'tel', required: true, attrs: { maxlength: 11, inputmode: 'tel', autocomplete: 'tel' } }),
      field({ name: 'complainant.address', label: t('file.address'), attrs: { maxlength: 200 } }),
      field({ name: 'complainant.bankCard', label: t('file.bankCard'), hint: t('file.bankCardHint'), attrs: { maxlength: 19, inputmode: 'numeric', autocomplete: 'off' } })),
    h('fieldset', {}, h('legend', {}, t('file.employer')),
      field({ name: 'employer.name', label: t('file.employerName'), required: true, attrs: { maxlength: 200 } }),
      field({ name: 'employer.creditCode', label: t('file.creditCode'), hint: t('file.creditCodeHint'), attrs: { maxlength: 18 } }),
      field({ name: 'employer.address', label: t('file.employerAddress'), required: true, attrs: { maxlength: 200 } }),
      field({ name: 'employer.legalRepresentative', label: t('file.legalRep'), attrs: { maxlength: 50 } })),
    h('fieldset', {}, h('legend', {}, t('file.workplace')),
      field({ name: 'workplace.district', label: t('file.district'), type: 'select', required: true, options: districts }),
      field({ name: 'workplace.address', label: t('file.workAddress'), required: true, attrs: { maxlength: 200 } }),
      field({ name: 'workplace.construction', label: t('file.construction'), type: 'checkbox' }),
      field({ name: 'workplace.cityGovernmentLed', label: t('file.govLed'), type: 'checkbox' }),
      field({ name: 'workplace.projectName', label: t('file.project'), hint: t('file.forConstruction'), attrs: { maxlength: 200 } }),
      field({ name: 'workplace.generalContractor', label: t('file.contractor'), hint: t('file.forConstruction'), attrs: { maxlength: 200 } })),
    h('fieldset', {}, h('legend', {}, t('file.wages')),
      h('div', { class: 'row' },
        field({ name: 'periodStart', label: t('file.periodStart'), type: 'date', required: true }),
        field({ name: 'periodEnd', label: t('file.periodEnd'), type: 'date', required: true })),
      h('div', { class: 'row' },
        field({ name: 'amountOwed', label: t('file.amount'), hint: t('file.amountHint'), required: true, attrs: { inputmode: 'decimal', maxlength: 15 } }),
        field({ name: 'workersAffected', label: t('file.workers'), type: 'number', kind: 'int', required: true, value: '1', attrs: { min: 1, inputmode: 'numeric' } })),
      field({ name: 'facts', label: t('file.facts'), type: 'textarea', hint: t('file.factsHint'), required: true, attrs: { maxlength: 4000 } }),
      field({ name: 'request', label: t('file.request'), type: 'textarea', required: true, attrs: { maxlength: 1000, rows: 2 } })),
    h('fieldset', {}, h('legend', {}, t('file.evidence')),
      evidenceField()),
    submit);

  const file = keyedSubmission();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(submit, async () => {
      let created;
      try {
        created = (await file('/api/v1/wage-complaints', { method: 'POST', body: formValue(form) })).data;
      } catch (error) {
        showProblem(form, error);
        return;
      }
      clearProblem(form);
      const files = [...form.elements.namedItem('evidence').files];
      const done = h('section', { class: 'success filed', role: 'status', tabindex: '-1', 'data-tracking-number': created.trackingNumber },
        h('p', {}, t('file.filed', { number: created.trackingNumber })));
      form.replaceWith(done);
      // The focused submit button went with the form: the confirmation takes its place.
      done.focus();
      await uploadAll(created.trackingNumber, files, done);
      done.append(h('p', {}, h('a', { href: `#/cases/wage-complaints/${created.trackingNumber}`, id: 'follow' }, t('file.follow'))));
    });
  });
  return h('section', {}, heading(t('file.title')), h('p', { class: 'lead' }, t('file.lead')), form);
}
