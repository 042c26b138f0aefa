// The case types this client shows, their words, and the input each workflow step takes. A case's screen is the
// same for every type: the API gives its status, clock, history and the actions the caller may take now.
import { addStrings, label, t } from './i18n.js';
import { money } from './ui.js';

export const KINDS = {
  'wage-complaints': { officer: 'labour-inspector', title: 'kind.wage-complaints', summary: (c) => [c.employerName, c.amountOwed && money(c.amountOwed)] },
  'wage-reports': { officer: 'labour-inspector', title: 'kind.wage-reports', worker: false, summary: (c) => [c.employerName, c.workersAffected && t('kind.workers', { n: c.workersAffected })] },
  'legal-aid-requests': { officer: 'legal-aid-officer', title: 'kind.legal-aid-requests', summary: (c) => [c.opposingPartyName] },
  'residence-permit-applications': { officer: 'residence-officer', title: 'kind.residence-permit-applications', summary: (c) => [c.applicantName] },
};

const REFUSALS = {
  'wage-complaints': ['LIMITATION_EXPIRED', 'EMPLOYER_NOT_IDENTIFIABLE', 'NOT_WITHIN_POWERS', 'OUTSIDE_AREA', 'OTHER'],
  'legal-aid-requests': ['MEANS_NOT_MET', 'NOT_A_COVERED_MATTER', 'NO_REASONABLE_GROUNDS', 'INCOMPLETE_AFTER_SUPPLEMENT', 'OTHER'],
  'residence-permit-applications': ['RESIDENCE_TOO_SHORT', 'NO_BASIS', 'FALSE_INFORMATION', 'ALREADY_HOLDS_PERMIT', 'MATERIALS_NOT_SUPPLIED', 'OTHER'],
  'wage-reports': ['NO_VIOLATION_FOUND', 'NOT_IDENTIFIABLE', 'DUPLICATE', 'NOT_WITHIN_POWERS', 'OTHER'],
};
const OUTCOMES = {
  'wage-complaints': ['RESOLVED', 'ORDERED_TO_PAY', 'REFERRED_TO_POLICE', 'REFERRED_TO_ARBITRATION_OR_COURT', 'NOT_WITHIN_SCOPE'],
  'legal-aid-requests': ['WON', 'SETTLED', 'MEDIATED', 'LOST', 'ENDED_EARLY'],
};
// The steps whose workflow requires a note (WagesWorkflow, LegalAidWorkflow, ResidenceWorkflow, WageReportWorkflow):
// a close needs one only for an anonymous report; uphold-refusal and order-aid need the reviewer's reasons.
const NOTE_REQUIRED = new Set(['supplement', 'refuse', 'transfer', 'extend', 'object', 'grant-provisional', 'uphold-refusal', 'order-aid']);
// A residence-permit application's missing items are codes (ResidencePermitAction.missingItems), not free text.
const MISSING_ITEMS = ['PHOTO', 'ID_CARD', 'RESIDENCE_REGISTRATION', 'JOB_PROOF', 'HOME_PROOF', 'SCHOOLING_PROOF', 'AGENT_PROOF', 'HUKOU_ADDRESS', 'RESIDENCE_ADDRESS', 'OTHER'];

/** The fields of a step's form: [name, type, extra] in the order shown; the note comes last. */
export function actionFields(kind, action) {
  const fields = [];
  if (action === 'request-supplement') {
    fields.push(kind === 'residence-permit-applications'
      ? { name: 'missingItems', type: 'codes', required: true, options: MISSING_ITEMS, group: 'missing' }
      : { name: 'missingItems', type: 'textarea', kind: 'list', required: true, hint: 'action.missingItemsHint' });
  }
  if (action === 'refuse' || (kind === 'wage-reports' && action === 'close')) fields.push({ name: 'reasonCode', type: 'select', required: true, options: REFUSALS[kind], group: 'reason' });
  if (action === 'transfer') fields.push({ name: 'toJurisdiction', type: 'district', required: true });
  // Without an assignee the API assigns the case to the caller.
  if (action === 'assign') fields.push({ name: 'assignee', type: 'text', hint: 'action.assigneeHint' });
  if (action === 'record-outcome') {
    fields.push({ name: 'outcome', type: 'select', required: true, options: OUTCOMES[kind] || [], group: 'outcome' });
    if (kind === 'wage-complaints') fields.push({ name: 'amountRecovered', type: 'text', decimal: true }, { name: 'amountOrdered', type: 'text', decimal: true });
    if (kind === 'legal-aid-requests') fields.push({ name: 'amountObtained', type: 'text', decimal: true });
  }
  if (action === 'assign-lawyer') {
    fields.push({ name: 'lawyer.kind', type: 'select', required: true, options: ['LAWYER', 'LEGAL_ADVISER'], group: 'lawyer' },
      { name: 'lawyer.name', type: 'text', required: true }, { name: 'lawyer.organisation', type: 'text', required: true },
      { name: 'lawyer.phone', type: 'tel', required: true });
  }
  fields.push({ name: 'note', type: 'textarea', required: NOTE_REQUIRED.has(action) || (kind === 'wage-reports' && action === 'close') });
  return fields;
}

/** Steps that end or refuse something get a confirmation-coloured button. */
/** A status or step in words, in the case type's own terms where they differ (legal aid refuses aid, not a case). */
export function statusLabel(kind, code) {
  return t(`status.${kind}.${code}`) !== `status.${kind}.${code}` ? t(`status.${kind}.${code}`) : label('status', code);
}

export function actionLabel(kind, action) {
  return t(`action.${kind}.${action}`) !== `action.${kind}.${action}` ? t(`action.${kind}.${action}`) : label('action', action);
}

export function isGrave(action) {
  return ['refuse', 'withdraw', 'close', 'uphold-refusal'].includes(action);
}

addStrings({
  zh: {
    'kind.wage-complaints': '欠薪投诉', 'kind.wage-reports': '欠薪举报（匿名）', 'kind.legal-aid-requests': '法律援助', 'kind.residence-permit-applications': '居住证申请',
    'kind.workers': '{n} 人',
    'status.SUBMITTED': '已提交，待受理', 'status.SUPPLEMENT_REQUESTED': '待补正材料', 'status.INVESTIGATING': '已受理，调查处理中', 'status.OUTCOME_RECORDED': '已作出处理',
    'status.CLOSED': '已结案', 'status.REFUSED': '不予受理', 'status.WITHDRAWN': '已撤回', 'status.APPROVED': '准予援助', 'status.ASSIGNED': '已指派律师',
    'status.OBJECTION_PENDING': '异议审查中', 'status.REFUSAL_UPHELD': '维持不予援助', 'status.ACCEPTED': '已受理', 'status.ACCEPTED_AWAITING_SUPPLEMENT': '已受理，待补充材料',
    'status.ISSUED': '已制证，可以领取', 'status.COLLECTED': '已领取', 'status.RECEIVED': '已收到', 'status.CASE_OPENED': '已立案',
    'action.accept': '受理', 'action.request-supplement': '要求补正', 'action.supplement': '补正材料', 'action.refuse': '不予受理', 'action.transfer': '移交',
    'action.take-over': '接手', 'action.extend': '延长期限', 'action.record-outcome': '记录处理结果', 'action.close': '结案', 'action.withdraw': '撤回',
    'action.assign': '分派', 'action.grant-provisional': '先行提供援助', 'action.approve': '准予援助', 'action.assign-lawyer': '指派律师', 'action.object': '提出异议',
    'action.uphold-refusal': '维持决定', 'action.order-aid': '决定给予援助', 'action.issue': '制发居住证', 'action.record-collection': '登记领取', 'action.open-case': '立案',
    'status.legal-aid-requests.REFUSED': '不予法律援助', 'status.residence-permit-applications.REFUSED': '不予办理',
    'action.legal-aid-requests.refuse': '决定不予援助', 'action.residence-permit-applications.refuse': '不予办理',
    'action.submit': '提交', 'action.reopen': '重新办理', 'action.flag-overdue': '系统标记超期', 'action.early-warning': '纳入欠薪预警',
    'field.note': '说明', 'field.missingItems': '需要补正的材料', 'action.missingItemsHint': '每行一项', 'action.assigneeHint': '不填则分派给自己。', 'field.reasonCode': '理由', 'field.toJurisdiction': '移交给',
    'field.assignee': '承办人用户名', 'field.outcome': '处理结果', 'field.amountRecovered': '已追回金额（元）', 'field.amountOrdered': '责令支付金额（元）',
    'field.amountObtained': '获得金额（元）', 'field.lawyer.kind': '类型', 'field.lawyer.name': '姓名', 'field.lawyer.organisation': '所在机构', 'field.lawyer.phone': '电话',
    'lawyer.LAWYER': '律师', 'lawyer.LEGAL_ADVISER': '基层法律服务工作者',
    'reason.LIMITATION_EXPIRED': '超过投诉时效', 'reason.EMPLOYER_NOT_IDENTIFIABLE': '无法确定用人单位', 'reason.NOT_WITHIN_POWERS': '不属于监察职权', 'reason.OUTSIDE_AREA': '不属于本辖区',
    'reason.OTHER': '其他', 'reason.MEANS_NOT_MET': '不符合经济困难标准', 'reason.NOT_A_COVERED_MATTER': '不属于援助事项', 'reason.NO_REASONABLE_GROUNDS': '理由不充分',
    'reason.INCOMPLETE_AFTER_SUPPLEMENT': '补正后材料仍不全', 'reason.RESIDENCE_TOO_SHORT': '居住不满半年', 'reason.NO_BASIS': '无合法稳定就业、住所或就读',
    'reason.FALSE_INFORMATION': '提供虚假材料', 'reason.ALREADY_HOLDS_PERMIT': '已持有居住证', 'reason.MATERIALS_NOT_SUPPLIED': '未补正材料',
    'reason.NO_VIOLATION_FOUND': '未发现违法', 'reason.NOT_IDENTIFIABLE': '无法核实', 'reason.DUPLICATE': '重复线索',
    'outcome.RESOLVED': '已解决（工资已支付）', 'outcome.ORDERED_TO_PAY': '责令限期支付', 'outcome.REFERRED_TO_POLICE': '移送公安机关', 'outcome.REFERRED_TO_ARBITRATION_OR_COURT': '引导仲裁或诉讼',
    'missing.PHOTO': '照片', 'missing.ID_CARD': '居民身份证', 'missing.RESIDENCE_REGISTRATION': '居住登记证明', 'missing.JOB_PROOF': '就业证明（劳动合同等）',
    'missing.HOME_PROOF': '住所证明（租房合同等）', 'missing.SCHOOLING_PROOF': '就读证明', 'missing.AGENT_PROOF': '代办人身份及关系证明', 'missing.HUKOU_ADDRESS': '户籍地址',
    'missing.RESIDENCE_ADDRESS': '现居住地址', 'missing.OTHER': '其他材料',
    'outcome.NOT_WITHIN_SCOPE': '不属于处理范围', 'outcome.WON': '胜诉', 'outcome.SETTLED': '和解', 'outcome.MEDIATED': '调解', 'outcome.LOST': '败诉', 'outcome.ENDED_EARLY': '提前终止',
  },
  en: {
    'kind.wage-complaints': 'Wage complaints', 'kind.wage-reports': 'Anonymous wage reports', 'kind.legal-aid-requests': 'Legal aid', 'kind.residence-permit-applications': 'Residence permit applications',
    'kind.workers': '{n} workers',
    'status.SUBMITTED': 'Submitted, awaiting acceptance', 'status.SUPPLEMENT_REQUESTED': 'Documents requested', 'status.INVESTIGATING': 'Accepted, under investigation', 'status.OUTCOME_RECORDED': 'Outcome recorded',
    'status.CLOSED': 'Closed', 'status.REFUSED': 'Refused', 'status.WITHDRAWN': 'Withdrawn', 'status.APPROVED': 'Aid granted', 'status.ASSIGNED': 'Lawyer assigned',
    'status.OBJECTION_PENDING': 'Objection under review', 'status.REFUSAL_UPHELD': 'Refusal upheld', 'status.ACCEPTED': 'Accepted', 'status.ACCEPTED_AWAITING_SUPPLEMENT': 'Accepted, documents requested',
    'status.ISSUED': 'Permit issued, ready to collect', 'status.COLLECTED': 'Collected', 'status.RECEIVED': 'Received', 'status.CASE_OPENED': 'Case opened',
    'action.accept': 'Accept', 'action.request-supplement': 'Request documents', 'action.supplement': 'Send documents', 'action.refuse': 'Refuse', 'action.transfer': 'Transfer',
    'action.take-over': 'Take over', 'action.extend': 'Extend the deadline', 'action.record-outcome': 'Record the outcome', 'action.close': 'Close', 'action.withdraw': 'Withdraw',
    'action.assign': 'Assign', 'action.grant-provisional': 'Grant provisional aid', 'action.approve': 'Grant aid', 'action.assign-lawyer': 'Assign a lawyer', 'action.object': 'Object',
    'action.uphold-refusal': 'Uphold the refusal', 'action.order-aid': 'Order aid', 'action.issue': 'Issue the permit', 'action.record-collection': 'Record collection', 'action.open-case': 'Open a case',
    'status.legal-aid-requests.REFUSED': 'Aid refused', 'status.residence-permit-applications.REFUSED': 'Refused',
    'action.legal-aid-requests.refuse': 'Refuse aid', 'action.residence-permit-applications.refuse': 'Refuse',
    'action.submit': 'Submitted', 'action.reopen': 'Reopen', 'action.flag-overdue': 'Flagged overdue', 'action.early-warning': 'Linked to an arrears warning',
    'field.note': 'Note', 'field.missingItems': 'Documents needed', 'action.missingItemsHint': 'One per line', 'action.assigneeHint': 'Leave empty to take the case yourself.', 'field.reasonCode': 'Reason', 'field.toJurisdiction': 'Transfer to',
    'field.assignee': 'Officer\'s user name', 'field.outcome': 'Outcome', 'field.amountRecovered': 'Amount recovered (yuan)', 'field.amountOrdered': 'Amount ordered (yuan)',
    'field.amountObtained': 'Amount obtained (yuan)', 'field.lawyer.kind': 'Kind', 'field.lawyer.name': 'Name', 'field.lawyer.organisation': 'Firm or office', 'field.lawyer.phone': 'Phone',
    'lawyer.LAWYER': 'Lawyer', 'lawyer.LEGAL_ADVISER': 'Legal adviser',
    'reason.LIMITATION_EXPIRED': 'Limitation period expired', 'reason.EMPLOYER_NOT_IDENTIFIABLE': 'Employer cannot be identified', 'reason.NOT_WITHIN_POWERS': 'Not within the inspectorate\'s powers', 'reason.OUTSIDE_AREA': 'Outside this area',
    'reason.OTHER': 'Other', 'reason.MEANS_NOT_MET': 'Means test not met', 'reason.NOT_A_COVERED_MATTER': 'Not a covered matter', 'reason.NO_REASONABLE_GROUNDS': 'No reasonable grounds',
    'reason.INCOMPLETE_AFTER_SUPPLEMENT': 'Still incomplete after the request', 'reason.RESIDENCE_TOO_SHORT': 'Resident less than six months', 'reason.NO_BASIS': 'No stable job, home or study',
    'reason.FALSE_INFORMATION': 'False information', 'reason.ALREADY_HOLDS_PERMIT': 'Already holds a permit', 'reason.MATERIALS_NOT_SUPPLIED': 'Documents not supplied',
    'reason.NO_VIOLATION_FOUND': 'No violation found', 'reason.NOT_IDENTIFIABLE': 'Cannot be verified', 'reason.DUPLICATE': 'Duplicate',
    'outcome.RESOLVED': 'Resolved (wages paid)', 'outcome.ORDERED_TO_PAY': 'Ordered to pay', 'outcome.REFERRED_TO_POLICE': 'Referred to the police', 'outcome.REFERRED_TO_ARBITRATION_OR_COURT': 'Referred to arbitration or court',
    'missing.PHOTO': 'Photo', 'missing.ID_CARD': 'Identity card', 'missing.RESIDENCE_REGISTRATION': 'Residence registration', 'missing.JOB_PROOF': 'Proof of employment (e.g. contract)',
    'missing.HOME_PROOF': 'Proof of residence (e.g. lease)', 'missing.SCHOOLING_PROOF': 'Proof of study', 'missing.AGENT_PROOF': 'Agent\'s ID and relationship', 'missing.HUKOU_ADDRESS': 'Household registration address',
    'missing.RESIDENCE_ADDRESS': 'Current address', 'missing.OTHER': 'Other documents',
    'outcome.NOT_WITHIN_SCOPE': 'Not within scope', 'outcome.WON': 'Won', 'outcome.SETTLED': 'Settled', 'outcome.MEDIATED': 'Mediated', 'outcome.LOST': 'Lost', 'outcome.ENDED_EARLY': 'Ended early',
  },
});
