/**
 * Test support for jsdom, which cannot download: replaces `URL.createObjectURL` and a link's `click` so
 * that each file the kit offers for download (a blob behind a link with `download`) is caught with its
 * name and its text. Each test file gets its own jsdom, so the replacements end with the file.
 */

/** A file offered for download: the link's `download` name and the blob's text (read as it arrives). */
export interface CaughtDownload {
  readonly name: string;
  text: string;
}

/** Starts catching downloads; the returned list fills as files are offered. */
export function catchDownloads(): CaughtDownload[] {
  const files: CaughtDownload[] = [];
  const blobs = new Map<string, Blob>();
  let next = 0;
  URL.createObjectURL = (blob: Blob) => {
    next += 1;
    const url = `blob:test/${next}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => void blobs.delete(url);
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!blob) throw new Error(`No blob behind ${this.href}`);
    const entry: CaughtDownload = { name: this.download, text: "" };
    files.push(entry);
    void blob.text().then((text) => {
      entry.text = text;
    });
  };
  return files;
}
