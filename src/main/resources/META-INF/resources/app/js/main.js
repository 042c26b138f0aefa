// The shell: sign-in state, language, navigation and a hash router that loads each screen's module on first use
// (the first page ships only the shell; a worker's phone downloads a screen when it is opened).
import { connection } from './api.js';
import { hasRole, initAuth, signedIn, signIn, signOut, user } from './auth.js';
import { lang, setLang, t } from './i18n.js';
import { h, heading, problemBox } from './ui.js';

const ROUTES = [
  // [pattern, module, who may open it: 'anyone' | 'signed-in']
  [/^\/$/, 'home', 'anyone'],
  [/^\/jobs$/, 'jobs', 'anyone'],
  [/^\/jobs\/(\d+)$/, 'jobs', 'anyone'],
  [/^\/courses$/, 'courses', 'anyone'],
  [/^\/complaints\/new$/, 'complaint-form', 'signed-in'],
  [/^\/legal-aid\/new$/, 'legal-aid-form', 'signed-in'],
  [/^\/cases$/, 'cases', 'signed-in'],
  [/^\/cases\/([a-z-]+)\/([A-Z0-9-]+)$/, 'case', 'signed-in'],
  [/^\/permits$/, 'permits', 'signed-in'],
  [/^\/notifications$/, 'notifications', 'signed-in'],
  [/^\/queue$/, 'queue', 'signed-in'],
  [/^\/stats$/, 'stats', 'anyone'],
  [/^\/measures$/, 'measures', 'anyone'],
];

const main = document.getElementById('main');
const flash = document.getElementById('flash');

function navItems() {
  const items = [['#/', 'nav.home'], ['#/jobs', 'nav.jobs'], ['#/courses', 'nav.courses']];
  const officer = ['labour-inspector', 'legal-aid-officer', 'residence-officer'].some(hasRole);
  if (!signedIn() || hasRole('worker')) {
    items.push(['#/complaints/new', 'nav.file'], ['#/cases', 'nav.cases'], ['#/permits', 'nav.permits']);
  }
  if (officer) items.push(['#/queue', 'nav.queue']);
  if (signedIn()) items.push(['#/notifications', 'nav.notifications']);
  items.push(['#/stats', 'nav.stats'], ['#/measures', 'nav.measures']);
  return items;
}

function renderShell() {
  document.title = t('app.title');
  document.getElementById('brand').textContent = t('app.title');
  document.getElementById('skip').textContent = t('app.skip');
  const switcher = document.getElementById('lang');
  switcher.textContent = t('app.switchLang');
  switcher.lang = lang() === 'en' ? 'zh-CN' : 'en';
  const account = document.getElementById('account');
  account.replaceChildren(signedIn()
    ? h('span', {}, h('span', { class: 'who', id: 'who' }, user().name), ' ',
      h('button', { type: 'button', class: 'link', id: 'sign-out', onclick: () => signOut() }, t('app.signOut')))
    : h('button', { type: 'button', class: 'link', id: 'sign-in', onclick: () => signIn() }, t('app.signIn')));
  const nav = document.getElementById('nav');
  nav.setAttribute('aria-label', t('app.nav'));
  // The path alone: #/jobs?q=… is still the jobs page.
  const current = (location.hash || '#/').split('?')[0];
  nav.replaceChildren(h('ul', {}, navItems().map(([href, key]) => h('li', {},
    h('a', { href, 'aria-current': current === href || (href !== '#/' && current.startsWith(href + '/')) ? 'page' : null }, t(key))))));
}

function currentRoute() {
  const [path, search] = (location.hash.slice(1) || '/').split('?');
  const match = ROUTES.map(([pattern, module, access]) => [path.match(pattern), module, access]).find(([m]) => m);
  return { match, params: new URLSearchParams(search || '') };
}

let routing = 0;
async function route() {
  // A slower screen must not replace the one the user went on to meanwhile.
  const mine = ++routing;
  const { match, params } = currentRoute();
  renderShell();
  main.setAttribute('aria-busy', 'true');
  let view;
  if (!match) view = h('section', {}, heading(t('app.notFound')));
  else if (match[2] === 'signed-in' && !signedIn()) {
    view = h('section', {}, heading(t('app.signInNeeded')),
      h('button', { type: 'button', class: 'primary', onclick: () => signIn() }, t('app.signIn')));
  } else {
    try {
      const screen = await import(`./screens/${match[1]}.js`);
      view = await screen.render(match[0].slice(1), params);
    } catch (error) {
      // A heading even here, so that the page has a name and focus a place to land.
      view = h('section', {}, heading(t('error.title')), problemBox(error.problem || { title: String(error.message || error) }));
    }
  }
  // Only the latest navigation draws (and ends the busy state, whichever kind of screen it is).
  if (mine !== routing) return;
  main.removeAttribute('aria-busy');
  main.replaceChildren(view);
  const title = main.querySelector('h1');
  // Each screen its own window title (WCAG 2.4.2), the portal's name after it.
  document.title = title && title.textContent !== t('app.title') ? `${title.textContent} - ${t('app.title')}` : t('app.title');
  (title || main).focus({ preventScroll: false });
}

connection.onRetry = (seconds, attempt) => {
  flash.replaceChildren(h('p', { class: 'offline', id: 'offline' }, t('net.offline', { seconds, attempt })));
};
connection.onRecovered = () => flash.replaceChildren();

// Switching language redraws the screen in the other language; what the user has typed so far stays.
document.getElementById('lang').addEventListener('click', async () => {
  const typed = [...main.querySelectorAll('input[name], select[name], textarea[name]')]
    .filter((control) => control.type !== 'file')
    .map((control) => [control.name, control.type === 'checkbox' || control.type === 'radio' ? control.checked : control.value]);
  setLang(lang() === 'en' ? 'zh' : 'en');
  await route();
  for (const [name, value] of typed) {
    const control = main.querySelector(`[name="${CSS.escape(name)}"]`);
    if (!control) continue;
    if (typeof value === 'boolean') control.checked = value;
    else control.value = value;
  }
});
window.addEventListener('hashchange', route);

setLang(lang());
// The first screen's module loads while sign-in is sorted out.
const first = currentRoute().match;
if (first) import(`./screens/${first[1]}.js`).catch(() => {});
try {
  await initAuth();
} catch (error) {
  // Keycloak unreachable: the public screens still work.
  flash.replaceChildren(problemBox({ title: t('net.failed') }));
}
await route();
document.body.dataset.ready = 'true';
// When the first screen is usable (read by the first-load benchmark, FirstLoad).
performance.mark('mw-ready');
