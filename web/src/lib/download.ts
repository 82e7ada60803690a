/** Offers a blob as a download with the given file name, through a temporary link. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked a moment later: some browsers read the object URL only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
