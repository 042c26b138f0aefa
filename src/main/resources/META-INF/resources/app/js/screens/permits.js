// The worker's residence permits with the yearly endorsement (居住证暂行条例 Art 10: asked for in the month before
// each anniversary of issue, or late while suspended), and their permit applications.
// Test hooks: #permits (list), li[data-number][data-state], p.endorsement[data-endorsement=pending|open|late|
// upcoming|none], button.endorse-toggle, form.endorse-form (input[name=residenceAddress]), p.endorse-done
// (role=status), ul.endorsements li[data-status]; #permit-applications (list), a.application-link.
import { api, keyedSubmission, query } from '../api.js';
// The application statuses are the case statuses of cases-common.js ('status.*'), as on the case screen.
import { statusLabel } from '../cases-common.js';
import { addStrings, label, localName, t } from '../i18n.js';
import { busy, clockBadge, dateTime, field, formValue, h, heading, pagedList, showProblem } from '../ui.js';

addStrings({
  zh: {
    'permits.title': '居住证', 'permits.lead': '居住证每年签注一次：请在每个有效年度到期前一个月内申请签注，逾期未签注的居住证将暂停使用。',
    'permits.mine': '我的居住证', 'permits.none': '您还没有居住证。',
    'permits.number': '居住证 {number}', 'permits.state': '状态', 'permits.holder': '持证人', 'permits.office': '发证机关',
    'permits.issuedOn': '签发日期', 'permits.validThrough': '本年度有效期至', 'permits.suspendedSince': '暂停使用日期',
    'permits.cancelledOn': '注销日期', 'permits.cancelReason': '注销原因',
    'permits.state.VALID': '有效', 'permits.state.SUSPENDED': '暂停使用（未按期签注）', 'permits.state.EXPIRED': '已注销',
    'permits.cancel.LEFT_CITY': '已离开本市', 'permits.cancel.HUKOU_MOVED_IN': '户口已迁入本市', 'permits.cancel.DECEASED': '持证人死亡',
    'permits.cancel.FRAUD': '以欺骗等不正当手段取得', 'permits.cancel.OTHER': '其他原因',
    'permits.pending': '已申请签注，等待发证机关审核。',
    'permits.windowOpen': '现在可以申请签注：请在 {from} 至 {to} 期间办理。',
    'permits.windowUpcoming': '下次签注请在 {from} 至 {to} 期间办理。',
    'permits.late': '已超过签注期限，居住证暂停使用；现在申请签注，经审核通过后即恢复使用。',
    'permits.noEndorsement': '已注销的居住证不能签注。',
    'permits.endorse': '申请年度签注', 'permits.endorseForm': '申请签注：居住证 {number}',
    'permits.address': '现居住地址', 'permits.addressHint': '请填写您现在居住的详细地址，例如：锦州市古塔区士英街 8 号 3 单元 201。',
    'permits.send': '提交签注申请', 'permits.cancelForm': '取消',
    'permits.endorsed': '签注申请已提交，请等待发证机关审核。',
    'permits.endorsements': '签注记录', 'permits.endorsement': '{requestedOn} 申请，本年度到期日 {dueBy}：{status}',
    'permits.endorsementStatus.PENDING': '待审核', 'permits.endorsementStatus.APPROVED': '已签注', 'permits.endorsementStatus.REFUSED': '未予签注',
    'permits.decided': '（{date} 决定）',
    'permits.applications': '我的居住证申请', 'permits.applicationsNone': '您还没有提交过居住证申请。',
    'permits.appliedAt': '提交时间：{date}', 'permits.open': '查看申请 {trackingNumber}',
  },
  en: {
    'permits.title': 'Residence permit', 'permits.lead': 'A residence permit is endorsed once a year: ask for it in the month before each year of validity ends. A permit not endorsed in time is suspended.',
    'permits.mine': 'My residence permits', 'permits.none': 'You have no residence permit yet.',
    'permits.number': 'Permit {number}', 'permits.state': 'State', 'permits.holder': 'Holder', 'permits.office': 'Issued by',
    'permits.issuedOn': 'Issued on', 'permits.validThrough': 'Valid this year through', 'permits.suspendedSince': 'Suspended since',
    'permits.cancelledOn': 'Cancelled on', 'permits.cancelReason': 'Reason',
    'permits.state.VALID': 'Valid', 'permits.state.SUSPENDED': 'Suspended (not endorsed in time)', 'permits.state.EXPIRED': 'Cancelled',
    'permits.cancel.LEFT_CITY': 'Left the city', 'permits.cancel.HUKOU_MOVED_IN': 'Household registration moved to the city', 'permits.cancel.DECEASED': 'Holder deceased',
    'permits.cancel.FRAUD': 'Obtained by deception', 'permits.cancel.OTHER': 'Other reason',
    'permits.pending': 'Endorsement asked for; waiting for the issuing office\'s decision.',
    'permits.windowOpen': 'You can ask for the endorsement now: between {from} and {to}.',
    'permits.windowUpcoming': 'Next endorsement: between {from} and {to}.',
    'permits.late': 'The endorsement is overdue and the permit is suspended; ask for it now and the permit is restored once approved.',
    'permits.noEndorsement': 'A cancelled permit cannot be endorsed.',
    'permits.endorse': 'Ask for this year\'s endorsement', 'permits.endorseForm': 'Endorsement of permit {number}',
    'permits.address': 'Where you live now', 'permits.addressHint': 'Your full address, e.g. Unit 201, Entrance 3, 8 Shiying Street, Guta District, Jinzhou.',
    'permits.send': 'Send the request', 'permits.cancelForm': 'Cancel',
    'permits.endorsed': 'Endorsement asked for; the issuing office will decide.',
    'permits.endorsements': 'Endorsements', 'permits.endorsement': 'Asked {requestedOn}, year ending {dueBy}: {status}',
    'permits.endorsementStatus.PENDING': 'waiting', 'permits.endorsementStatus.APPROVED': 'endorsed', 'permits.endorsementStatus.REFUSED': 'refused',
    'permits.decided': ' (decided {date})',
    'permits.applications': 'My permit applications', 'permits.applicationsNone': 'You have not applied for a residence permit.',
    'permits.appliedAt': 'Sent {date}', 'permits.open': 'Open application {trackingNumber}',
  },
});

/** Where the yearly endorsement stands, from the permit's view (allowedActions says whether it may be asked now). */
function endorsementLine(permit) {
  const next = permit.nextEndorsementWindow;
  const range = { from: next?.opensOn, to: next?.closesOn };
  let kind;
  let text;
  if (permit.state === 'EXPIRED') [kind, text] = ['none', t('permits.noEndorsement')];
  else if (permit.endorsementPending) [kind, text] = ['pending', t('permits.pending')];
  else if ((permit.allowedActions || []).includes('endorse')) {
    [kind, text] = permit.state === 'SUSPENDED' ? ['late', t('permits.late')] : ['open', t('permits.windowOpen', range)];
  } else if (next) [kind, text] = ['upcoming', t('permits.windowUpcoming', range)];
  else [kind, text] = ['none', ''];
  return text ? h('p', { class: `endorsement endorsement-${kind}`, 'data-endorsement': kind }, text) : null;
}

function endorsements(permit) {
  if (!permit.endorsements?.length) return null;
  return h('details', { class: 'endorsement-history' },
    h('summary', {}, t('permits.endorsements')),
    h('ul', { class: 'endorsements' }, permit.endorsements.map((e) => h('li', { 'data-status': e.status },
      t('permits.endorsement', { requestedOn: e.requestedOn, dueBy: e.dueBy, status: label('permits.endorsementStatus', e.status) }),
      e.decidedAt ? t('permits.decided', { date: dateTime(e.decidedAt) }) : '',
      e.note ? h('span', { class: 'note' }, ` ${e.note}`) : ''))));
}

/**
 * The endorsement request: one Idempotency-Key until the server answers (keyedSubmission), so a retry after a lost
 * connection never asks twice, and a corrected request after a refusal is a new one rather than a replay.
 */
function endorseForm(permit, onDone) {
  const formId = `endorse-${permit.number}`;
  const send = keyedSubmission();
  const toggle = h('button', { type: 'button', class: 'primary endorse-toggle', 'aria-expanded': 'false', 'aria-controls': formId }, t('permits.endorse'));
  const submit = h('button', { type: 'submit', class: 'primary' }, t('permits.send'));
  const cancel = h('button', { type: 'button', class: 'secondary' }, t('permits.cancelForm'));
  const form = h('form', { id: formId, class: 'endorse-form', hidden: true, novalidate: true, 'aria-label': t('permits.endorseForm', { number: permit.number }) },
    field({ name: 'residenceAddress', label: t('permits.address'), required: true, hint: t('permits.addressHint'), attrs: { maxlength: '200', autocomplete: 'street-address' } }),
    h('p', { class: 'actions' }, submit, ' ', cancel));

  function open(show) {
    form.hidden = !show;
    toggle.setAttribute('aria-expanded', String(show));
    if (show) form.elements.residenceAddress.focus();
    else toggle.focus();
  }
  toggle.addEventListener('click', () => open(form.hidden));
  cancel.addEventListener('click', () => open(false));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(submit, async () => {
      try {
        await send(`/api/v1/residence-permits/${encodeURIComponent(permit.number)}/endorsements`,
          { method: 'POST', body: formValue(form) });
        await onDone();
      } catch (error) {
        showProblem(form, error);
      }
    });
  });
  return h('div', { class: 'endorse' }, toggle, form);
}

function permitCard(permit) {
  const li = h('li', { class: 'card permit', 'data-number': permit.number, 'data-state': permit.state });
  // After a request the card is drawn again from the permit as it is now, with the confirmation to read out.
  async function refresh() {
    let fresh = permit;
    try {
      fresh = (await api(`/api/v1/residence-permits/${encodeURIComponent(permit.number)}`)).data;
    } catch (error) {
      fresh = { ...permit, endorsementPending: true, allowedActions: (permit.allowedActions || []).filter((a) => a !== 'endorse') };
    }
    const next = permitCard(fresh);
    const done = h('p', { class: 'endorse-done', role: 'status', tabindex: '-1' }, t('permits.endorsed'));
    const line = next.querySelector('.endorsement');
    if (line) line.after(done);
    else next.append(done);
    li.replaceWith(next);
    done.focus();
  }
  const facts = [
    ['permits.state', h('strong', { class: `state state-${permit.state}` }, label('permits.state', permit.state))],
    ['permits.holder', permit.holderName],
    ['permits.office', localName(permit.issuingOffice)],
    ['permits.issuedOn', permit.issuedOn],
    // A suspended permit's year has lapsed: its suspension date says more than the old end date.
    ['permits.validThrough', permit.state === 'VALID' && permit.validThrough],
    ['permits.suspendedSince', permit.suspendedSince],
    ['permits.cancelledOn', permit.cancelledOn],
    ['permits.cancelReason', permit.cancelReason && label('permits.cancel', permit.cancelReason)],
  ].filter(([, value]) => value);
  li.append(
    h('h3', {}, t('permits.number', { number: permit.number })),
    h('dl', { class: 'facts' }, facts.map(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value)])),
    endorsementLine(permit) || '',
    (permit.allowedActions || []).includes('endorse') ? endorseForm(permit, refresh) : '',
    endorsements(permit) || '');
  return li;
}

function applicationItem(application) {
  const tn = application.trackingNumber;
  return h('li', { class: 'card application', 'data-tracking-number': tn, 'data-status': application.status },
    h('p', {}, h('a', { class: 'application-link', href: `#/cases/residence-permit-applications/${encodeURIComponent(tn)}` },
      t('permits.open', { trackingNumber: tn }))),
    h('p', { class: 'status' }, statusLabel('residence-permit-applications', application.status)),
    application.createdAt ? h('p', { class: 'meta' }, t('permits.appliedAt', { date: dateTime(application.createdAt) })) : '',
    clockBadge(application.deadline) || '');
}

function listSection(id, titleKey, emptyKey, path, renderItem) {
  const list = pagedList(async (cursor) => (await api(`${path}${query({ page: cursor.page, size: 20 })}`)).data,
    renderItem, { empty: t(emptyKey) });
  const ul = list.querySelector('ul');
  ul.id = id;
  ul.setAttribute('aria-labelledby', `${id}-h`);
  const section = h('section', { 'aria-labelledby': `${id}-h` }, h('h2', { id: `${id}-h` }, t(titleKey)), list);
  section.ready = list.ready;
  return section;
}

export async function render() {
  const permits = listSection('permits', 'permits.mine', 'permits.none', '/api/v1/residence-permits', permitCard);
  const applications = listSection('permit-applications', 'permits.applications', 'permits.applicationsNone',
    '/api/v1/residence-permit-applications', applicationItem);
  await Promise.all([permits.ready, applications.ready]);
  return h('section', { class: 'screen permits' },
    heading(t('permits.title')),
    h('p', { class: 'lead' }, t('permits.lead')),
    permits, applications);
}
