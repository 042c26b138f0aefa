// Reference data the screens share, read once per page load.
import { api } from './api.js';
import { localName } from './i18n.js';

let jurisdictions;

/** Every jurisdiction, the city-level office included (statistics by office). */
export async function allJurisdictions() {
  // A failed read is not kept: the next screen asks again instead of failing until the page is reloaded.
  jurisdictions ??= api('/api/v1/jurisdictions').then((r) => r.data).catch((error) => {
    jurisdictions = null;
    throw error;
  });
  return jurisdictions;
}

export async function districts() {
  return (await allJurisdictions()).filter((j) => j.level !== 'CITY');
}

/** [code, name] pairs for a select. */
export async function districtOptions() {
  return (await districts()).map((j) => [j.code, localName(j)]);
}

export async function districtName(code) {
  const entry = (await districts()).find((j) => j.code === code);
  return entry ? localName(entry) : code;
}
