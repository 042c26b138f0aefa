// The worker's inbox (newest first, in the chosen language) and the channels that also carry the messages.
// Test hooks: #notifications-unread (role=status, data-count), #notifications-read-all, #notifications (list),
// li[data-id][data-read=true|false], .notification-badge (the word "unread"), a.notification-case,
// button.notification-read; #notification-settings (form: input[name=channels][value=SMS|WECHAT], phone,
// wechatOpenId), #notification-settings-saved (role=status).
import { api } from '../api.js';
import { hasRole } from '../auth.js';
import { addStrings, label, lang, t } from '../i18n.js';
import { busy, clearProblem, dateTime, field, fill, formValue, h, heading, pagedList, problemBox, showProblem } from '../ui.js';

addStrings({
  zh: {
    'notif.title': '消息', 'notif.workersOnly': '消息中心只对务工人员账号开放。',
    'notif.unread': '未读 {count} 条', 'notif.allRead': '没有未读消息', 'notif.readAll': '全部标为已读',
    'notif.inbox': '收件箱', 'notif.empty': '还没有消息。', 'notif.badge': '未读', 'notif.read': '标为已读',
    'notif.readDone': '已读', 'notif.openCase': '查看办件 {trackingNumber}', 'notif.case': '{caseType}：{trackingNumber}',
    'notif.caseType.WAGE_COMPLAINT': '欠薪投诉', 'notif.caseType.LEGAL_AID': '法律援助申请', 'notif.caseType.RESIDENCE_PERMIT': '居住证申请',
    'notif.settings': '通知方式', 'notif.settingsLead': '站内消息始终开启。还可以同时通过短信或微信接收。',
    'notif.channels': '同时通过以下方式通知我', 'notif.channel.SMS': '短信', 'notif.channel.WECHAT': '微信（小程序订阅消息）',
    'notif.phone': '接收短信的手机号', 'notif.phoneHint': '选择短信时必填，11 位手机号。',
    'notif.phoneCurrent': '当前号码：{phone}。保存时如仍选择短信，请重新填写完整号码。',
    'notif.openId': '微信 openid', 'notif.openIdHint': '选择微信时必填。在“锦州农民工服务”小程序的“我的”页面可以找到。',
    'notif.save': '保存', 'notif.saved': '已保存。当前通知方式：{channels}。', 'notif.inboxOnly': '仅站内消息',
  },
  en: {
    'notif.title': 'Messages', 'notif.workersOnly': 'Messages are for workers\' accounts.',
    'notif.unread': '{count} unread', 'notif.allRead': 'No unread messages', 'notif.readAll': 'Mark all as read',
    'notif.inbox': 'Inbox', 'notif.empty': 'No messages yet.', 'notif.badge': 'Unread', 'notif.read': 'Mark as read',
    'notif.readDone': 'Read', 'notif.openCase': 'Open case {trackingNumber}', 'notif.case': '{caseType}: {trackingNumber}',
    'notif.caseType.WAGE_COMPLAINT': 'Wage complaint', 'notif.caseType.LEGAL_AID': 'Legal aid request', 'notif.caseType.RESIDENCE_PERMIT': 'Residence permit application',
    'notif.settings': 'How we tell you', 'notif.settingsLead': 'Messages here are always on. You can also get them by SMS or WeChat.',
    'notif.channels': 'Also tell me by', 'notif.channel.SMS': 'SMS', 'notif.channel.WECHAT': 'WeChat (mini-program messages)',
    'notif.phone': 'Mobile number for SMS', 'notif.phoneHint': 'Needed for SMS: 11 digits.',
    'notif.phoneCurrent': 'Current number: {phone}. To keep SMS, enter the full number again when saving.',
    'notif.openId': 'WeChat openid', 'notif.openIdHint': 'Needed for WeChat. The mini-program shows it on its "Me" page.',
    'notif.save': 'Save', 'notif.saved': 'Saved. You are told by: {channels}.', 'notif.inboxOnly': 'messages here only',
  },
});

// data.caseType (Workflow.caseType) → the case screen's kind (#/cases/<kind>/<trackingNumber>).
const CASE_KINDS = {
  WAGE_COMPLAINT: 'wage-complaints',
  LEGAL_AID: 'legal-aid-requests',
  RESIDENCE_PERMIT: 'residence-permit-applications',
};
const CHANNELS = ['SMS', 'WECHAT'];

function caseLink(data) {
  const kind = CASE_KINDS[data?.caseType];
  if (!kind || !data.trackingNumber) return null;
  return h('a', { class: 'notification-case', href: `#/cases/${kind}/${encodeURIComponent(data.trackingNumber)}` },
    t('notif.openCase', { trackingNumber: data.trackingNumber }));
}

function inbox() {
  let unreadCount = 0;
  const unread = h('p', { id: 'notifications-unread', role: 'status', class: 'status' });
  const readAll = h('button', { type: 'button', id: 'notifications-read-all', class: 'secondary' }, t('notif.readAll'));
  const readAllError = h('div');

  function showCount(count) {
    unreadCount = Math.max(0, count);
    unread.dataset.count = String(unreadCount);
    unread.textContent = unreadCount ? t('notif.unread', { count: unreadCount }) : t('notif.allRead');
    readAll.disabled = unreadCount === 0;
  }

  /** Shows an item as read: no badge, no button, data-read=true. */
  function markShown(li) {
    if (li.dataset.read === 'true') return;
    li.dataset.read = 'true';
    li.classList.remove('unread');
    li.querySelector('.notification-badge')?.remove();
    li.querySelector('.notification-read')?.remove();
  }

  async function markRead(li, button) {
    try {
      await api(`/api/v1/me/notifications/${li.dataset.id}/read`, { method: 'POST' });
      const next = li.nextElementSibling?.querySelector('button, a') || unread;
      markShown(li);
      showCount(unreadCount - 1);
      // The button is gone: keep the keyboard user's place.
      if (button) next.focus();
    } catch (error) {
      li.querySelector('.problem')?.remove();
      li.append(problemBox(error.problem || { title: String(error.message || error) }));
    }
  }

  function item(n) {
    const isRead = !!n.read;
    const li = h('li', { class: `card notification${isRead ? '' : ' unread'}`, 'data-id': n.id, 'data-read': String(isRead), 'data-type': n.type });
    const link = caseLink(n.data);
    // Opening the case counts as reading the message; the request need not finish before the case screen opens.
    link?.addEventListener('click', () => {
      if (li.dataset.read !== 'true') {
        markShown(li);
        showCount(unreadCount - 1);
        api(`/api/v1/me/notifications/${n.id}/read`, { method: 'POST' }).catch(() => {});
      }
    });
    const readButton = isRead ? null : h('button', { type: 'button', class: 'link notification-read' }, t('notif.read'));
    readButton?.addEventListener('click', () => busy(readButton, () => markRead(li, readButton)));
    const caseType = n.data?.caseType;
    // fill(), not append(): a read message without a case has no actions paragraph (null), which append() would
    // print as the text "null".
    fill(li,
      !isRead && h('p', { class: 'badge notification-badge' }, t('notif.badge')),
      h('p', { class: 'notification-message' }, n.message),
      h('p', { class: 'meta' },
        h('time', { datetime: n.occurredAt }, dateTime(n.occurredAt)),
        caseType && n.data.trackingNumber
          ? [' · ', t('notif.case', { caseType: label('notif.caseType', caseType), trackingNumber: n.data.trackingNumber })] : ''),
      (link || readButton) && h('p', { class: 'actions' }, link, link && readButton ? ' ' : '', readButton));
    return li;
  }

  const list = pagedList(async (cursor) => {
    const { data } = await api(`/api/v1/me/notifications?page=${cursor.page}&size=20`);
    showCount(Number(data.unreadCount ?? 0));
    return data;
  }, item, { empty: t('notif.empty') });
  const ul = list.querySelector('ul');
  ul.id = 'notifications';
  ul.setAttribute('aria-labelledby', 'notifications-h');

  readAll.addEventListener('click', () => busy(readAll, async () => {
    readAllError.replaceChildren();
    try {
      await api('/api/v1/me/notifications/read-all', { method: 'POST' });
      ul.querySelectorAll('li[data-read="false"]').forEach(markShown);
      showCount(0);
      unread.focus();
    } catch (error) {
      readAllError.replaceChildren(problemBox(error.problem || { title: String(error.message || error) }));
    }
  }).finally(() => {
    readAll.disabled = unreadCount === 0;
  }));
  unread.tabIndex = -1;
  showCount(0);

  const node = h('section', { 'aria-labelledby': 'notifications-h' },
    h('h2', { id: 'notifications-h' }, t('notif.inbox')),
    h('div', { class: 'toolbar' }, unread, readAll),
    readAllError,
    list);
  node.ready = list.ready;
  return node;
}

async function settings() {
  const section = h('section', { 'aria-labelledby': 'notification-settings-h' },
    h('h2', { id: 'notification-settings-h' }, t('notif.settings')),
    h('p', {}, t('notif.settingsLead')));
  let current;
  try {
    current = (await api('/api/v1/me/notification-settings')).data || {};
  } catch (error) {
    section.append(problemBox(error.problem || { title: String(error.message || error) }));
    return section;
  }
  const chosen = new Set(current.channels || []);
  const saved = h('p', { id: 'notification-settings-saved', role: 'status', class: 'status' });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('notif.save'));
  const form = h('form', { id: 'notification-settings', novalidate: true },
    h('fieldset', {},
      h('legend', {}, t('notif.channels')),
      // Both boxes share the API's name, so an error about `channels` lands in the form's summary.
      CHANNELS.map((channel) => field({ type: 'checkbox', name: 'channels', label: t(`notif.channel.${channel}`), value: chosen.has(channel), attrs: { value: channel } }))),
    field({
      name: 'phone', type: 'tel', label: t('notif.phone'),
      hint: current.phone ? `${t('notif.phoneHint')} ${t('notif.phoneCurrent', { phone: current.phone })}` : t('notif.phoneHint'),
      attrs: { autocomplete: 'tel-national', inputmode: 'numeric', maxlength: '11', pattern: '1[3-9][0-9]{9}' },
    }),
    field({ name: 'wechatOpenId', label: t('notif.openId'), hint: t('notif.openIdHint'), value: current.wechatOpenId, attrs: { maxlength: '64', autocomplete: 'off', spellcheck: 'false' } }),
    submit, saved);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    saved.textContent = '';
    busy(submit, async () => {
      const value = formValue(form);
      const body = {
        channels: [...form.querySelectorAll('input[name="channels"]:checked')].map((box) => box.value),
        phone: value.phone,
        wechatOpenId: value.wechatOpenId,
      };
      try {
        const { data } = await api('/api/v1/me/notification-settings', { method: 'PUT', body });
        clearProblem(form);
        const names = (data.channels || []).map((c) => t(`notif.channel.${c}`));
        saved.textContent = t('notif.saved', { channels: names.length ? names.join(lang() === 'en' ? ', ' : '、') : t('notif.inboxOnly') });
        // The number is stored encrypted and comes back masked: it is not kept in the page.
        form.elements.phone.value = '';
        const hint = form.elements.phone.closest('.field').querySelector('.hint');
        if (hint) hint.textContent = data.phone ? `${t('notif.phoneHint')} ${t('notif.phoneCurrent', { phone: data.phone })}` : t('notif.phoneHint');
      } catch (error) {
        showProblem(form, error);
      }
    });
  });
  section.append(form);
  return section;
}

export async function render() {
  if (!hasRole('worker')) {
    return h('section', { class: 'screen notifications' }, heading(t('notif.title')), h('p', {}, t('notif.workersOnly')));
  }
  const box = inbox();
  const [settingsSection] = await Promise.all([settings(), box.ready]);
  return h('section', { class: 'screen notifications' }, heading(t('notif.title')), box, settingsSection);
}
