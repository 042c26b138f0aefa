// Courses with their sessions (anonymous), enrolment with the waitlist position, and the worker's own seats.
import { api, keyedSubmission, query } from '../api.js';
import { hasRole, signedIn, signIn } from '../auth.js';
import { addStrings, label, t } from '../i18n.js';
import { districtName } from '../reference.js';
import { busy, h, heading, money, pagedList, problemBox } from '../ui.js';

addStrings({
  zh: {
    'courses.title': '技能培训', 'courses.mine': '我的报名', 'courses.freeOnly': '只看有空位的', 'courses.session': '{from} 至 {to}，{schedule}',
    'courses.seats': '剩余 {free}/{capacity} 个名额', 'courses.waitlisted': '{n} 人候补', 'courses.enrol': '报名', 'courses.join': '加入候补',
    'courses.fee': '学费 {fee}', 'courses.subsidy': '可申请补贴 {amount}', 'courses.confirmed': '报名成功，已为您保留名额。',
    'courses.onWaitlist': '名额已满，您在候补名单第 {position} 位；有人退出时自动递补并通知您。', 'courses.signInToEnrol': '登录后报名',
    'enrolment.CONFIRMED': '已确认', 'enrolment.WAITLISTED': '候补中', 'enrolment.CANCELLED': '已取消', 'enrolment.COMPLETED': '已结业', 'enrolment.NO_SHOW': '未到课',
    'enrolment.SESSION_CANCELLED': '该期已取消', 'courses.list': '培训课程',
    'mode.ON_SITE': '线下', 'mode.REMOTE': '线上', 'courses.position': '候补第 {position} 位', 'courses.started': '已开班，不再接受报名',
  },
  en: {
    'courses.title': 'Training', 'courses.mine': 'My enrolments', 'courses.freeOnly': 'Only with free seats', 'courses.session': '{from} to {to}, {schedule}',
    'courses.seats': '{free} of {capacity} seats free', 'courses.waitlisted': '{n} on the waitlist', 'courses.enrol': 'Enrol', 'courses.join': 'Join the waitlist',
    'courses.fee': 'Fee {fee}', 'courses.subsidy': 'Subsidy available: {amount}', 'courses.confirmed': 'You are enrolled; your seat is kept.',
    'courses.onWaitlist': 'The session is full: you are number {position} on the waitlist and move up automatically when a seat frees.', 'courses.signInToEnrol': 'Sign in to enrol',
    'enrolment.CONFIRMED': 'Confirmed', 'enrolment.WAITLISTED': 'Waitlisted', 'enrolment.CANCELLED': 'Cancelled', 'enrolment.COMPLETED': 'Completed', 'enrolment.NO_SHOW': 'No-show',
    'enrolment.SESSION_CANCELLED': 'Session cancelled', 'courses.list': 'Courses',
    'mode.ON_SITE': 'On site', 'mode.REMOTE': 'Online', 'courses.position': 'waitlist #{position}', 'courses.started': 'Started: no more enrolments',
  },
});

export async function render(_, params) {
  const parts = [heading(t('courses.title'))];
  if (signedIn() && hasRole('worker')) {
    const mine = pagedList(async (cursor) => (await api(`/api/v1/training/enrolments${query({ page: cursor.page })}`)).data,
      (e) => h('li', { class: 'card', 'data-enrolment': e.id, 'data-status': e.status },
        h('strong', {}, e.courseTitle), ' · ', e.startsOn, ' · ', label('enrolment', e.status),
        e.waitlistPosition ? ` (${t('courses.position', { position: e.waitlistPosition })})` : ''));
    mine.id = 'my-enrolments';
    await mine.ready;
    parts.push(h('h2', {}, t('courses.mine')), mine);
  }
  // Always a level-2 heading above the course cards (h3), signed in or not.
  parts.push(h('h2', {}, t('courses.list')));
  const courses = pagedList(async (cursor) => (await api(`/api/v1/training/courses${query({ page: cursor.page, startingAfter: params.get('startingAfter') })}`)).data,
    (course) => courseCard(course));
  courses.id = 'courses';
  await courses.ready;
  parts.push(courses);
  return h('section', {}, parts);
}

function courseCard(course) {
  const card = h('li', { class: 'card course', 'data-id': course.id },
    h('h3', {}, course.title),
    h('p', { class: 'meta' }, course.provider, ' · ', label('mode', course.mode), ' · ', course.occupationName),
    h('p', {}, t('courses.fee', { fee: money(course.fee) }),
      course.subsidyEligible && course.subsidyAmount ? ` · ${t('courses.subsidy', { amount: money(course.subsidyAmount) })}` : ''));
  districtName(course.jurisdiction).catch(() => course.jurisdiction)
    .then((name) => card.querySelector('.meta').append(` · ${name} ${course.address || ''}`));
  for (const session of (course.sessions || []).filter((s) => !s.cancelled)) card.append(sessionRow(session));
  return card;
}

function localToday() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function sessionRow(session) {
  const full = session.freeSeats <= 0;
  const row = h('div', { class: 'session', 'data-session': session.id },
    h('p', {}, t('courses.session', { from: session.startsOn, to: session.endsOn, schedule: session.schedule || '' })),
    h('p', { class: 'meta' }, t('courses.seats', { free: Math.max(session.freeSeats, 0), capacity: session.capacity }),
      session.waitlisted ? ` · ${t('courses.waitlisted', { n: session.waitlisted })}` : ''));
  if (session.startsOn <= localToday()) {
    row.append(h('p', { class: 'meta' }, t('courses.started')));
    return row;
  }
  if (!signedIn()) {
    row.append(h('button', { type: 'button', class: 'secondary', onclick: () => signIn() }, t('courses.signInToEnrol')));
    return row;
  }
  if (!hasRole('worker')) return row;
  const send = keyedSubmission();
  const button = h('button', { type: 'button', class: full ? 'secondary' : 'primary' }, full ? t('courses.join') : t('courses.enrol'));
  const result = h('div', { 'aria-live': 'polite' });
  button.addEventListener('click', () => busy(button, async () => {
    try {
      const { data } = await send(`/api/v1/training/sessions/${session.id}/enrolments`, { method: 'POST' });
      button.remove();
      const done = h('p', { class: 'success enrolled', 'data-status': data.status, tabindex: '-1' },
        data.status === 'WAITLISTED' ? t('courses.onWaitlist', { position: data.waitlistPosition }) : t('courses.confirmed'));
      result.replaceChildren(done);
      // The pressed button is gone: focus goes to what it did.
      done.focus();
    } catch (error) {
      result.replaceChildren(problemBox(error.problem || { title: String(error) }));
    }
  }));
  row.append(button, result);
  return row;
}
