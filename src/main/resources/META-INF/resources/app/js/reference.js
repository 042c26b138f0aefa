// Reference data the screens share, read once per page load.
import { api } from './api.js';
import { localName } from './i18n.js';

let jurisdictions;

export async function districts() {
  jurisdictions ??= api('/api/v1/jurisdictions').then((r) => r.data);
  return (await jurisdictions).filter((j) => j.level !== 'CITY');
}

/** [code, name] pairs for a select. */
export async function districtOptions() {
  return (await districts()).map((j) => [j.code, localName(j)]);
}

export async function districtName(code) {
  const entry = (await districts()).find((j) => j.code === code);
  return entry ? localName(entry) : code;
}
