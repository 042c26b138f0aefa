// Sign-in with the realm's public client (authorisation code + PKCE S256) through keycloak-js. Tokens stay in
// memory; after a reload a signed-in user is signed in again silently (prompt=none) thanks to Keycloak's session.
import Keycloak from '../vendor/keycloak.js';
import { locale } from './i18n.js';

const SIGNED_IN = 'mw.signedIn';
const RETURN_TO = 'mw.returnTo';
let keycloak;

function home() {
  return `${location.origin}${location.pathname}`;
}

export async function initAuth() {
  const config = await (await fetch('config.json')).json();
  keycloak = new Keycloak(config);
  keycloak.onAuthRefreshError = () => localStorage.removeItem(SIGNED_IN);
  const wasSignedIn = localStorage.getItem(SIGNED_IN) === '1';
  const returning = /[?&](code|error)=/.test(location.search);
  if (wasSignedIn && !returning) sessionStorage.setItem(RETURN_TO, location.hash);
  try {
    await keycloak.init({
      pkceMethod: 'S256', responseMode: 'query', checkLoginIframe: false, redirectUri: home(),
      onLoad: wasSignedIn && !returning ? 'check-sso' : undefined,
    });
  } catch (e) {
    localStorage.removeItem(SIGNED_IN);
  }
  if (keycloak.authenticated) localStorage.setItem(SIGNED_IN, '1');
  else if (!returning) localStorage.removeItem(SIGNED_IN);
  const back = sessionStorage.getItem(RETURN_TO);
  if (back !== null) {
    sessionStorage.removeItem(RETURN_TO);
    if (back && back !== location.hash) location.hash = back;
  }
}

export function signedIn() {
  return !!keycloak?.authenticated;
}

export function signIn() {
  sessionStorage.setItem(RETURN_TO, location.hash);
  return keycloak.login({ redirectUri: home(), locale: locale() });
}

export function signOut() {
  localStorage.removeItem(SIGNED_IN);
  return keycloak.logout({ redirectUri: home() });
}

/** A fresh access token (refreshed when it has less than 30 s left), or null when signed out. */
export async function accessToken() {
  if (!signedIn()) return null;
  try {
    await keycloak.updateToken(30);
  } catch (e) {
    // The session ended at Keycloak: the call goes without a token and the API answers 401.
    return null;
  }
  return keycloak.token;
}

export function user() {
  const claims = keycloak?.tokenParsed;
  if (!claims) return null;
  // Chinese names are family name first (王强); Keycloak's "name" claim puts the given name first.
  const han = /\p{Script=Han}/u;
  const name = claims.family_name && han.test(claims.family_name) ? `${claims.family_name}${claims.given_name || ''}`
    : claims.name || claims.preferred_username;
  return {
    name,
    username: claims.preferred_username,
    roles: claims.realm_access?.roles ?? [],
    jurisdiction: claims.jurisdiction,
  };
}

export function hasRole(role) {
  return user()?.roles.includes(role) ?? false;
}
