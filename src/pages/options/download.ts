/** Saves text as a file through a Blob URL and a temporary anchor (no downloads permission needed). */
export function downloadText(fileName: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke after the click has been handed to the download machinery.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
