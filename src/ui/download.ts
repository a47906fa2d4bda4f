/**
 * Saving a file the page made (a GeoJSON of the places found, the list of import problems, an
 * export) as a download, with no request anywhere: one home for the object-URL dance.
 */

/**
 * How long a one-off download's object URL lives. The browser has taken the Blob once the
 * download starts; a minute is ample even for a slow disk.
 */
const REVOKE_AFTER_MS = 60_000;

/** Starts the download of `url` (an object URL or a file of the site) saved as `name`. */
export function saveUrl(url: string, name: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

/** Downloads a Blob as `name` and frees its object URL once the download has begun. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  saveUrl(url, name);
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Downloads text as a file: `type` is its media type, e.g. `application/geo+json`. */
export function downloadText(text: string, name: string, type: string): void {
  downloadBlob(new Blob([text], { type }), name);
}
