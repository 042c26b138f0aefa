// DOM helpers shared by every screen. Text always goes in as text nodes (never innerHTML), so nothing the API
// returns can run as markup.
import { ApiProblem } from './api.js';
import { label, t } from './i18n.js';

/** h('p', {class: 'x', onclick: fn}, 'text', child) */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) {
      // Handlers are functions only: a string would become inline script.
      if (typeof value === 'function') element.addEventListener(key.slice(2), value);
    } else if (key === 'class') element.className = value;
    else if (key === 'for') element.htmlFor = value;
    else if (key === 'value') element.value = value;
    else if (value === true) element.setAttribute(key, '');
    else element.setAttribute(key, value);
  }
  append(element, children);
  return element;
}

/** Replaces an element's children, leaving out the false, null and undefined of conditional parts. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

let ids = 0;
export function uid(prefix) {
  return `${prefix}-${++ids}`;
}

/**
 * A labelled form field. spec: { name, label, type ('text', 'textarea', 'select', 'checkbox', 'codes', 'date',
 * 'number', 'file', 'tel'), required, options: [[value, text]], hint, value, kind ('int', 'bool', 'list'), attrs }.
 * 'codes' is a group of checkboxes sent as an array of the chosen values.
 * The name is the API's field path (complainant.phone), so an error naming that field lands here.
 */
export function field(spec) {
  const id = uid('f');
  const hintId = spec.hint ? `${id}-hint` : null;
  if (spec.type === 'codes') {
    return h('fieldset', { class: 'field codes', id, 'aria-describedby': hintId },
      h('legend', {}, spec.label, ' ', h('span', { class: 'req' }, spec.required ? `(${t('form.required')})` : `(${t('form.optional')})`)),
      spec.hint && h('p', { class: 'hint', id: hintId }, spec.hint),
      (spec.options || []).map(([value, text]) => {
        const boxId = uid('f');
        return h('div', { class: 'check' }, h('input', { type: 'checkbox', id: boxId, name: spec.name, value, 'data-kind': 'codes' }),
          h('label', { for: boxId }, text));
      }));
  }
  const common = { id, name: spec.name, 'data-kind': spec.kind, 'aria-describedby': hintId, required: !!spec.required, ...(spec.attrs || {}) };
  let control;
  if (spec.type === 'textarea') control = h('textarea', { rows: 4, ...common }, spec.value ?? '');
  else if (spec.type === 'select') {
    control = h('select', common,
      spec.required ? h('option', { value: '' }, t('form.choose')) : h('option', { value: '' }, '—'),
      (spec.options || []).map(([value, text]) => h('option', { value, selected: String(spec.value ?? '') === String(value) }, text)));
  } else if (spec.type === 'checkbox') {
    control = h('input', { type: 'checkbox', ...common, 'data-kind': 'bool', required: false, checked: !!spec.value });
    return h('div', { class: 'field check' }, control, h('label', { for: id }, spec.label),
      spec.hint && h('p', { class: 'hint', id: hintId }, spec.hint));
  } else control = h('input', { type: spec.type || 'text', value: spec.value, ...common });
  return h('div', { class: 'field' },
    h('label', { for: id }, spec.label, ' ', h('span', { class: 'req' }, spec.required ? `(${t('form.required')})` : `(${t('form.optional')})`)),
    spec.hint && h('p', { class: 'hint', id: hintId }, spec.hint),
    control);
}

/** The form's fields as the API's JSON: dotted names nest, empty optional fields are left out. */
export function formValue(form) {
  const value = {};
  for (const element of form.elements) {
    if (!element.name || element.type === 'file' || element.type === 'submit') continue;
    const kind = element.dataset.kind;
    let v;
    if (kind === 'codes') {
      if (!element.checked) continue;
      v = element.value;
    } else if (kind === 'bool') v = element.checked;
    else {
      v = element.value.trim();
      if (v === '') continue;
      if (kind === 'int') v = /^-?\d+$/.test(v) ? Number(v) : v;
      if (kind === 'list') v = v.split(/[\n,，、;；]+/).map((s) => s.trim()).filter(Boolean);
    }
    const path = element.name.split('.');
    let target = value;
    for (const step of path.slice(0, -1)) target = target[step] ??= {};
    if (kind === 'codes') (target[path.at(-1)] ??= []).push(v);
    else target[path.at(-1)] = v;
  }
  return value;
}

/** Clears what showProblem put on the form. */
export function clearProblem(form) {
  form.querySelectorAll('.field-error, .problem').forEach((node) => node.remove());
  form.querySelectorAll('[aria-invalid]').forEach((node) => {
    node.removeAttribute('aria-invalid');
    const described = (node.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && !id.endsWith('-err'));
    if (described.length) node.setAttribute('aria-describedby', described.join(' '));
    else node.removeAttribute('aria-describedby');
  });
}

/**
 * Shows a problem on a form: its title and detail at the top, each of its errors[] next to the field it names
 * (linked with aria-describedby), focus on the first field in error or on the summary.
 */
export function showProblem(form, error) {
  clearProblem(form);
  const problem = error instanceof ApiProblem ? error.problem : { title: String(error?.message || error) };
  const unplaced = [];
  let first = null;
  for (const fieldError of problem.errors || []) {
    const control = fieldError.field && findControl(form, fieldError.field);
    if (!control) {
      unplaced.push(fieldError);
      continue;
    }
    const id = `${control.id}-err`;
    if (!document.getElementById(id)) {
      control.closest('.field').append(h('p', { class: 'field-error', id, 'data-field': fieldError.field }, fieldError.message));
    }
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', `${control.getAttribute('aria-describedby') || ''} ${id}`.trim());
    first ??= control;
  }
  const summary = problemBox(problem, unplaced);
  form.prepend(summary);
  // The first field in error as the form reads, whatever order the server listed them in.
  (first ? form.querySelector('[aria-invalid="true"]') : summary).focus();
  return summary;
}

function findControl(form, fieldPath) {
  const exact = form.elements.namedItem(fieldPath);
  if (exact instanceof Element) return exact;
  // A field of a list (representatives[0].name) or a body-level error: the nearest named ancestor field.
  const plain = fieldPath.replace(/\[\d+\]/g, '');
  const named = form.elements.namedItem(plain);
  if (named instanceof Element) return named;
  // A group of code checkboxes ('codes'): the error goes into its fieldset, on its first box.
  if (named?.[0]?.closest('.codes')) return named[0];
  // A whole part left empty (employer): the error goes on the part's first field (employer.name).
  return [...form.elements].find((element) => element.name?.startsWith(`${plain}.`)) ?? null;
}

/** A problem as an alert box (title, detail, errors not tied to a field). */
export function problemBox(problem, errors = []) {
  const retry = problem.retryAfter ? t('error.retryAfter', { seconds: problem.retryAfter }) : null;
  return h('div', { class: 'problem', role: 'alert', tabindex: '-1', 'data-code': problem.code },
    h('p', { class: 'problem-title' }, problem.title),
    // With errors[] the fields say what is wrong; the detail only points to them ("see errors").
    problem.detail && !(problem.errors?.length) && h('p', {}, problem.detail),
    retry && h('p', {}, retry),
    // A 500 names its incident: the user can quote it when asking for help.
    problem.incidentId && h('p', { class: 'meta' }, t('error.incident', { id: problem.incidentId })),
    errors.length > 0 && h('ul', {}, errors.map((e) => h('li', {}, e.field ? `${e.field}: ${e.message}` : e.message))));
}

/** Runs a submission with the button disabled and its label saying so. */
export async function busy(button, work) {
  const text = button.textContent;
  button.disabled = true;
  button.textContent = t('form.sending');
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.textContent = text;
  }
}

/** A statutory clock in words: due date, days left, paused, overdue. */
export function clockBadge(deadline) {
  if (!deadline) return null;
  const purpose = label('clock.purpose', deadline.purpose);
  const parts = [t('clock.due', { purpose, date: deadline.dueAt })];
  let state = 'ok';
  if (deadline.paused) {
    parts.push(t('clock.paused'));
    state = 'paused';
  } else if (deadline.overdue) {
    parts.push(t('clock.overdue'));
    state = 'overdue';
  } else if (deadline.daysLeft != null) {
    parts.push(t(`clock.daysLeft.${deadline.unit}`, { days: deadline.daysLeft }));
    if (deadline.daysLeft <= 2) state = 'soon';
  }
  if (deadline.extended) parts.push(t('clock.extended'));
  return h('p', { class: `clock clock-${state}`, 'data-state': state }, parts.join(' · '));
}

export function dateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function money(amount) {
  return amount == null ? '' : `¥${Number(amount).toLocaleString('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`;
}

/** A screen's heading; the shell focuses it after navigation so screen readers announce the new page. */
export function heading(text) {
  return h('h1', { tabindex: '-1' }, text);
}

/** A "load more" list over the API's pages ({items, hasNext}) or position cursors ({items, next}). */
export function pagedList(load, renderItem, { empty = t('list.empty'), listClass = 'cards' } = {}) {
  const list = h('ul', { class: listClass });
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, t('list.more'));
  const status = h('div');
  let cursor = { page: 0 };
  async function next(fromButton = false) {
    try {
      const page = await load(cursor);
      if (cursor.page === 0 && !cursor.after && page.items.length === 0) status.replaceChildren(h('p', { class: 'empty' }, empty));
      const added = page.items.map((item) => renderItem(item));
      list.append(...added);
      const hasNext = page.next ? true : !!page.hasNext;
      cursor = page.next ? { after: page.next, page: cursor.page + 1 } : { page: cursor.page + 1 };
      more.hidden = !hasNext;
      // The button just pressed is gone: the keyboard goes on from the first item it loaded, not from the page top.
      if (fromButton && !hasNext && added[0]) {
        added[0].tabIndex = -1;
        added[0].focus();
      }
    } catch (error) {
      status.replaceChildren(problemBox(error.problem || { title: String(error) }));
    }
  }
  more.addEventListener('click', () => busy(more, () => next(true)));
  const node = h('div', {}, status, list, more);
  node.ready = next();
  return node;
}
