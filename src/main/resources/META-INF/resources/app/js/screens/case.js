// One case for its owner or an officer: status, statutory clock, history as a timeline, and the steps the caller
// may take now (the API lists them), each sent with If-Match so that two officers never overwrite each other.
import { api, ApiProblem } from '../api.js';
import { hasRole } from '../auth.js';
import { actionFields, actionLabel, isGrave, KINDS, statusLabel } from '../cases-common.js';
import { evidenceField, uploadAll } from '../evidence.js';
import { addStrings, label, localName, t } from '../i18n.js';
import { districtOptions } from '../reference.js';
import { busy, clockBadge, dateTime, field, fill, formValue, h, heading, money, showProblem } from '../ui.js';

addStrings({
  zh: {
    'case.status': '状态', 'case.office': '承办机关', 'case.filed': '提交时间', 'case.history': '办理记录', 'case.actions': '可以办理的操作',
    'case.evidence': '证据材料', 'case.addEvidence': '补充证据', 'case.upload': '上传', 'case.employer': '用人单位', 'case.amount': '金额',
    'case.facts': '事情经过', 'case.by': '{who}（{role}）', 'case.applyAid': '就这件事申请法律援助', 'case.reload': '重新读取',
    'case.warning': '同一用人单位或项目的关联案件 {cases} 件、{workers} 人、{amount}：{threshold}',
    'threshold.COMPLAINTS': '投诉件数达到预警线', 'threshold.WORKERS': '涉及人数达到预警线', 'threshold.AMOUNT': '欠薪金额达到预警线',
    'case.done': '已办理：{action}', 'case.stale': '案件已被他人更新，请重新读取后再操作。', 'case.missing': '需要补正：{items}',
    'case.opposing': '对方当事人', 'case.description': '举报内容', 'case.reason': '理由：{reason}', 'case.outcome': '处理结果：{outcome}',
    'role.anonymous': '匿名举报人', 'role.worker': '申请人', 'role.labour-inspector': '劳动保障监察员', 'role.legal-aid-officer': '法律援助工作人员', 'role.residence-officer': '公安民警', 'role.system': '系统',
  },
  en: {
    'case.status': 'Status', 'case.office': 'Handled by', 'case.filed': 'Filed', 'case.history': 'History', 'case.actions': 'What you can do now',
    'case.evidence': 'Evidence', 'case.addEvidence': 'Add evidence', 'case.upload': 'Upload', 'case.employer': 'Employer', 'case.amount': 'Amount',
    'case.facts': 'What happened', 'case.by': '{who} ({role})', 'case.applyAid': 'Apply for legal aid about this', 'case.reload': 'Read again',
    'case.warning': 'Linked cases of the same employer or project: {cases}, {workers} workers, {amount}: {threshold}',
    'threshold.COMPLAINTS': 'number of cases reached the warning line', 'threshold.WORKERS': 'workers affected reached the warning line', 'threshold.AMOUNT': 'amount owed reached the warning line',
    'case.done': 'Done: {action}', 'case.stale': 'Someone else changed the case; read it again before acting.', 'case.missing': 'Documents needed: {items}',
    'case.opposing': 'Opposing party', 'case.description': 'What was reported', 'case.reason': 'Reason: {reason}', 'case.outcome': 'Outcome: {outcome}',
    'role.anonymous': 'Anonymous reporter', 'role.worker': 'Applicant', 'role.labour-inspector': 'Labour inspector', 'role.legal-aid-officer': 'Legal-aid officer', 'role.residence-officer': 'Police officer', 'role.system': 'System',
  },
});

export async function render([kind, trackingNumber]) {
  if (!KINDS[kind]) throw new ApiProblem({ status: 404, title: t('app.notFound') });
  const section = h('section', { class: 'case-view' });
  await show(section, kind, trackingNumber);
  return section;
}

async function show(section, kind, trackingNumber, done) {
  const base = `/api/v1/${kind}/${trackingNumber}`;
  const [{ data: c, etag }, { data: history }] = await Promise.all([api(base), api(`${base}/history`)]);
  const isOfficer = hasRole(KINDS[kind].officer);
  section.dataset.status = c.status;
  fill(section,
    h('p', {}, h('a', { href: isOfficer ? `#/queue?kind=${kind}` : '#/cases', class: 'back' }, t('app.back'))),
    heading(`${t(KINDS[kind].title)} ${c.trackingNumber}`),
    // tabindex: the step's button is gone once the case is drawn again, so focus lands on the confirmation.
    done && h('p', { class: 'success', role: 'status', id: 'action-done', tabindex: '-1' }, t('case.done', { action: actionLabel(kind, done) })),
    h('p', { class: 'case-status' }, h('strong', { id: 'case-status', 'data-status': c.status }, statusLabel(kind, c.status))),
    clockBadge(c.deadline),
    // What the office asked for, where the owner sees it first (the clock waits for it).
    c.missingItems?.length > 0 && /SUPPLEMENT/.test(c.status) && h('div', { class: 'problem', id: 'missing-items', role: 'note' },
      h('p', { class: 'problem-title' }, t('case.missing', { items: c.missingItems.map((item) => label('missing', item)).join('、') }))),
    facts(c),
    h('h2', {}, t('case.history')),
    h('ol', { class: 'timeline', id: 'timeline' }, history.map((entry) => h('li', { 'data-action': entry.action },
      h('strong', {}, actionLabel(kind, entry.action.toLowerCase().replace(/_/g, '-'))), entry.toStatus && ` → ${statusLabel(kind, entry.toStatus)}`,
      h('p', { class: 'meta' }, dateTime(entry.at), ' · ', t('case.by', { who: entry.actorName || '', role: label('role', entry.actorRole) })),
      // The note is a field of the entry itself (CaseHistoryEntry.note), the step's own data are in details.
      entry.details?.reasonCode && h('p', {}, t('case.reason', { reason: label('reason', entry.details.reasonCode) })),
      entry.details?.outcome && h('p', {}, t('case.outcome', { outcome: label('outcome', entry.details.outcome) })),
      entry.details?.threshold && h('p', {}, t('case.warning', { threshold: label('threshold', entry.details.threshold),
        cases: entry.details.cases, workers: entry.details.workers, amount: money(entry.details.amountOwed) })),
      entry.note && h('p', {}, entry.note),
      entry.details?.missingItems && h('p', {}, t('case.missing', { items: [].concat(entry.details.missingItems).map((item) => label('missing', item)).join('、') }))))),
    await actions(section, kind, c, etag),
    kind === 'wage-complaints' && !isOfficer && h('p', {}, h('a', {
      href: `#/legal-aid/new?complaint=${c.trackingNumber}&employer=${encodeURIComponent(c.employer?.name || '')}&amount=${c.amountOwed || ''}`,
    }, t('case.applyAid'))),
    !isOfficer && evidenceForm(section, kind, c));
}

function facts(c) {
  const rows = [
    [t('case.office'), localName(c.handlingOffice)],
    // An anonymous report has receivedAt and a description instead of createdAt and facts.
    [t('case.filed'), dateTime(c.createdAt || c.receivedAt)],
    c.employer && [t('case.employer'), c.employer.name],
    c.opposingParty && [t('case.opposing'), c.opposingParty.name],
    (c.amountOwed || c.amountClaimed) && [t('case.amount'), money(c.amountOwed || c.amountClaimed)],
    c.facts && [t('case.facts'), c.facts],
    c.description && [t('case.description'), c.description],
  ].filter(Boolean);
  return h('dl', { class: 'facts' }, rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

async function actions(section, kind, c, etag) {
  const allowed = c.allowedActions || [];
  if (allowed.length === 0) return null;
  const box = h('div', { id: 'actions' }, h('h2', {}, t('case.actions')));
  for (const action of allowed) {
    const submit = h('button', { type: 'submit', class: isGrave(action) ? 'secondary' : 'primary' }, actionLabel(kind, action));
    const inputs = [];
    for (const spec of actionFields(kind, action)) {
      const options = spec.type === 'district' ? await districtOptions()
        : spec.options?.map((o) => [o, label(spec.group, o)]);
      inputs.push(field({ name: spec.name, label: t(`field.${spec.name}`), hint: spec.hint && t(spec.hint), required: spec.required, kind: spec.kind,
        type: spec.type === 'district' ? 'select' : spec.type, options,
        attrs: spec.type === 'codes' ? {} : spec.decimal ? { inputmode: 'decimal', maxlength: 15 } : { maxlength: spec.type === 'textarea' ? 2000 : 200 } }));
    }
    const form = h('form', { class: 'action', 'data-action': action, novalidate: true },
      h('details', {}, h('summary', {}, actionLabel(kind, action)), inputs, submit));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      busy(submit, async () => {
        try {
          await api(`/api/v1/${kind}/${c.trackingNumber}/actions/${action}`, { method: 'POST', body: formValue(form), ifMatch: etag });
          await show(section, kind, c.trackingNumber, action);
          section.querySelector('#action-done')?.focus?.();
        } catch (error) {
          if (error instanceof ApiProblem && error.status === 412) error.problem.detail = t('case.stale');
          const summary = showProblem(form, error);
          form.querySelector('details').open = true;
          if (error.status === 412 || error.status === 409) {
            summary.append(h('button', { type: 'button', class: 'secondary', onclick: () => reload(section, kind, c.trackingNumber, summary) }, t('case.reload')));
          }
        }
      });
    });
    box.append(form);
  }
  return box;
}

/** Reads the case again after a conflict; focus goes to its heading, or the failure is added to the summary. */
async function reload(section, kind, trackingNumber, summary) {
  try {
    await show(section, kind, trackingNumber);
    section.querySelector('h1')?.focus();
  } catch (error) {
    summary.append(h('p', {}, error.problem?.title || String(error.message || error)));
    summary.focus();
  }
}

function evidenceForm(section, kind, c) {
  if (['CLOSED', 'REFUSED', 'WITHDRAWN', 'REFUSAL_UPHELD', 'COLLECTED'].includes(c.status)) return null;
  const submit = h('button', { type: 'submit', class: 'secondary' }, t('case.upload'));
  const form = h('form', { id: 'evidence-form' },
    h('h2', {}, t('case.addEvidence')),
    evidenceField(),
    submit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = form.elements.namedItem('evidence');
    const files = [...input.files];
    if (files.length) {
      busy(submit, async () => {
        // The previous round's result line goes; the input is emptied after the upload, so pressing "upload" again
        // does not send the same files a second time.
        form.querySelector('.uploaded')?.remove();
        await uploadAll(c.trackingNumber, files, form, kind);
        input.value = '';
      });
    }
  });
  return form;
}
