// The client's texts in Chinese (the default) and English. Each screen adds its own with addStrings(); the API's
// own messages (problem titles, notifications) come translated from the server through Accept-Language.
const STORE = 'mw.lang';
const dictionaries = { zh: {}, en: {} };

export function lang() {
  const chosen = localStorage.getItem(STORE);
  return chosen === 'en' || chosen === 'zh' ? chosen : 'zh';
}

export function setLang(value) {
  localStorage.setItem(STORE, value);
  document.documentElement.lang = value === 'en' ? 'en' : 'zh-CN';
}

/** The Accept-Language header for the API and Keycloak's ui_locales. */
export function locale() {
  return lang() === 'en' ? 'en' : 'zh-CN';
}

export function addStrings(strings) {
  Object.assign(dictionaries.zh, strings.zh);
  Object.assign(dictionaries.en, strings.en);
}

/** The text for key, with {name} placeholders filled; the key itself when no language has it (visible in tests). */
export function t(key, params = {}) {
  const text = dictionaries[lang()][key] ?? dictionaries.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (params[name] ?? ''));
}

/** A code of the API (a status, an enum value) in words, or the code itself when there are none. */
export function label(group, code) {
  if (code == null) return '';
  const key = `${group}.${code}`;
  const text = t(key);
  return text === key ? String(code) : text;
}

/** The name of a reference-data entry, which the API gives in both languages (nameZh / nameEn). */
export function localName(entry, field = 'name') {
  if (!entry) return '';
  const zh = entry[`${field}Zh`];
  const en = entry[`${field}En`];
  return lang() === 'en' ? (en || zh || '') : (zh || en || '');
}

addStrings({
  zh: {
    'app.title': '锦州市农民工服务平台', 'app.skip': '跳到正文', 'app.nav': '主导航', 'app.loading': '正在加载…',
    'app.switchLang': 'English', 'app.signIn': '登录', 'app.signOut': '退出', 'app.signedInAs': '{name}',
    'app.signInNeeded': '这一页需要先登录。', 'app.notFound': '没有这个页面。', 'app.back': '返回',
    'nav.home': '首页', 'nav.jobs': '找工作', 'nav.courses': '技能培训', 'nav.file': '欠薪投诉', 'nav.cases': '我的办件',
    'nav.permits': '居住证', 'nav.notifications': '消息', 'nav.queue': '待办案件', 'nav.stats': '统计', 'nav.measures': '政策措施',
    'net.offline': '网络连接中断，{seconds} 秒后重试（第 {attempt} 次）…', 'net.failed': '网络连接失败，请检查网络后重试。已填写的内容不会丢失。',
    'error.http': '服务暂时无法处理请求（{status}）。', 'error.summary': '请改正以下问题：', 'error.retryAfter': '请 {seconds} 秒后再试。', 'error.incident': '故障编号：{id}', 'error.title': '出错了',
    'form.required': '必填', 'form.optional': '选填', 'form.submit': '提交', 'form.sending': '正在提交…', 'form.yes': '是', 'form.no': '否',
    'form.choose': '请选择',
    'clock.purpose.ACCEPTANCE': '受理期限', 'clock.purpose.INVESTIGATION': '办结期限', 'clock.purpose.DECISION': '审查期限', 'clock.purpose.ISSUE': '制证期限', 'clock.purpose.ASSIGNMENT': '指派律师期限', 'clock.purpose.OBJECTION_REVIEW': '异议审查期限',
    'clock.due': '{purpose}：{date}', 'clock.daysLeft.WORKING_DAYS': '还剩 {days} 个工作日', 'clock.daysLeft.NATURAL_DAYS': '还剩 {days} 天',
    'clock.overdue': '已超期', 'clock.paused': '已暂停计时（等待补正）', 'clock.extended': '已延期',
    'list.empty': '暂无记录。', 'list.more': '加载更多', 'list.total': '共 {total} 条',
    'home.lead': '找工作、学技能、讨欠薪、办居住证，都在这里。', 'home.hotline': '欠薪求助热线 12333',
  },
  en: {
    'app.title': 'Jinzhou Migrant Worker Portal', 'app.skip': 'Skip to content', 'app.nav': 'Main navigation', 'app.loading': 'Loading…',
    'app.switchLang': '中文', 'app.signIn': 'Sign in', 'app.signOut': 'Sign out', 'app.signedInAs': '{name}',
    'app.signInNeeded': 'Please sign in to see this page.', 'app.notFound': 'There is no such page.', 'app.back': 'Back',
    'nav.home': 'Home', 'nav.jobs': 'Jobs', 'nav.courses': 'Training', 'nav.file': 'Unpaid wages', 'nav.cases': 'My cases',
    'nav.permits': 'Residence permit', 'nav.notifications': 'Messages', 'nav.queue': 'Case queue', 'nav.stats': 'Statistics', 'nav.measures': 'Policy measures',
    'net.offline': 'Connection lost; trying again in {seconds} s (attempt {attempt})…', 'net.failed': 'Could not reach the portal. Check the connection and try again; what you entered is kept.',
    'error.http': 'The service could not handle the request ({status}).', 'error.summary': 'Please correct the following:', 'error.retryAfter': 'Please try again in {seconds} seconds.', 'error.incident': 'Incident number: {id}', 'error.title': 'Something went wrong',
    'form.required': 'required', 'form.optional': 'optional', 'form.submit': 'Submit', 'form.sending': 'Sending…', 'form.yes': 'Yes', 'form.no': 'No',
    'form.choose': 'Choose',
    'clock.purpose.ACCEPTANCE': 'Decision on acceptance due', 'clock.purpose.INVESTIGATION': 'Case to be concluded by', 'clock.purpose.DECISION': 'Decision due', 'clock.purpose.ISSUE': 'Permit due', 'clock.purpose.ASSIGNMENT': 'Lawyer to be assigned by', 'clock.purpose.OBJECTION_REVIEW': 'Objection to be decided by',
    'clock.due': '{purpose}: {date}', 'clock.daysLeft.WORKING_DAYS': '{days} working days left', 'clock.daysLeft.NATURAL_DAYS': '{days} days left',
    'clock.overdue': 'Overdue', 'clock.paused': 'Clock paused (waiting for documents)', 'clock.extended': 'Extended',
    'list.empty': 'Nothing here yet.', 'list.more': 'Load more', 'list.total': '{total} in all',
    'home.lead': 'Jobs, training, unpaid wages and residence permits in one place.', 'home.hotline': 'Unpaid wages hotline 12333',
  },
});
