// Evidence for a case: the file field and the uploads, shared by the filing and the case screen.
import { keyedSubmission } from './api.js';
import { addStrings, t } from './i18n.js';
import { busy, field, h, problemBox } from './ui.js';

addStrings({
  zh: { 'file.files': '照片或 PDF（合同、考勤、工资条、聊天记录）', 'file.filesHint': '每个文件不超过 10 MB，可选多个。', 'file.uploading': '正在上传证据 {done}/{total}…', 'file.uploaded': '已上传 {n} 份证据。', 'file.uploadFailed': '证据“{name}”未能上传：', 'file.retryUpload': '重新上传' },
  en: { 'file.files': 'Photos or PDFs (contract, attendance, pay slips, chat records)', 'file.filesHint': 'Up to 10 MB each; choose several at once.', 'file.uploading': 'Uploading evidence {done}/{total}…', 'file.uploaded': '{n} pieces of evidence uploaded.', 'file.uploadFailed': 'Evidence "{name}" was not uploaded: ', 'file.retryUpload': 'Upload again' },
});

/** The file field (photos or PDFs, several at once). */
export function evidenceField() {
  return field({ name: 'evidence', label: t('file.files'), type: 'file', hint: t('file.filesHint'),
    attrs: { multiple: true, accept: 'image/jpeg,image/png,application/pdf' } });
}

/** Uploads the evidence one file at a time (a cheap phone on a slow line), each with its own key. */
export async function uploadAll(trackingNumber, files, into, kind = 'wage-complaints') {
  const progress = h('p', { 'aria-live': 'polite' });
  into.append(progress);
  let uploaded = 0;
  for (const [index, chosen] of files.entries()) {
    progress.textContent = t('file.uploading', { done: index + 1, total: files.length });
    if (await uploadOne(`/api/v1/${kind}/${trackingNumber}/attachments`, chosen, into, keyedSubmission())) uploaded++;
  }
  progress.textContent = t('file.uploaded', { n: uploaded });
  progress.className = 'uploaded';
}

// "Upload again" sends with the same submission, so a file whose answer was lost is not stored twice.
async function uploadOne(path, chosen, into, send) {
  const body = new FormData();
  body.append('file', chosen, chosen.name);
  try {
    await send(path, { method: 'POST', body });
    return true;
  } catch (error) {
    const again = h('button', { type: 'button', class: 'secondary' }, t('file.retryUpload'));
    const box = h('div', {}, h('p', {}, t('file.uploadFailed', { name: chosen.name })), problemBox(error.problem || { title: String(error) }), again);
    again.addEventListener('click', () => busy(again, async () => {
      box.remove();
      await uploadOne(path, chosen, into, send);
    }));
    into.append(box);
    return false;
  }
}
