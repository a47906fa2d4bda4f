/**
 * KMZ, the zipped KML Google Earth saves by default: the archive's KML, as one text. The archive
 * is read by fflate. Which document is the main one follows Google's KMZ rule: the first `.kml`
 * at the archive's root (`doc.kml` by convention), else the first anywhere. A main document that
 * only links to documents inside the archive (`<NetworkLink>`, as GDAL's LIBKML driver writes one
 * per layer) is read as those documents, each as a Folder of one KML. Images and models are not
 * read. Sizes are checked before anything is inflated, so a small archive cannot unpack into more
 * than the importer takes.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { formatBytes } from '../text/count.ts';
import { decodeText, type DecodedText } from '../text/decode-text.ts';
import { MAX_BYTES } from './limits.ts';

const isKmlEntry = (entry: string) => entry.toLowerCase().endsWith('.kml') && !entry.startsWith('__MACOSX/');

/**
 * The KML of a ZIP archive as text; `undefined` when the archive holds no KML, or cannot be read,
 * and is not named `.kmz` (a workbook, a plain ZIP), so the caller says what it is instead.
 *
 * @example
 * const kml = kmzText(bytes, 'strikes.kmz'); // { text: '<kml …', encoding: 'utf-8' }
 */
export function kmzText(bytes: Uint8Array, name: string): DecodedText | undefined {
  const isKmz = name.toLowerCase().endsWith('.kmz');
  const entries: UnzipFileInfo[] = [];
  try {
    // The first pass only lists the entries (the filter keeps none), so a bomb is never inflated.
    unzipSync(bytes, { filter: (f) => (entries.push(f), false) });
    const main =
      entries.find((f) => isKmlEntry(f.name) && !f.name.includes('/')) ?? entries.find((f) => isKmlEntry(f.name));
    if (!main) return isKmz ? { error: `${name} holds no KML document (no .kml file inside the archive)` } : undefined;
    const tooLarge = (size: number): DecodedText => ({
      error:
        `${name} unpacks to ${formatBytes(size)} of KML: the limit is ${formatBytes(MAX_BYTES)}. ` +
        `Split it into smaller files`,
    });
    const read = (entry: UnzipFileInfo): DecodedText => {
      if (entry.originalSize > MAX_BYTES) return tooLarge(entry.originalSize);
      const data = unzipSync(bytes, { filter: (f) => f.name === entry.name })[entry.name];
      return data
        ? decodeText(data, `${name} (${entry.name})`)
        : { error: `${name}: ${entry.name} could not be unpacked` };
    };
    const first = read(main);
    if ('error' in first) return first;
    const linked = linkedEntries(first.text, main.name, entries);
    if (linked.length === 0) return first;
    const total = linked.reduce((s, e) => s + e.originalSize, 0);
    if (total > MAX_BYTES) return tooLarge(total);
    const folders: string[] = [];
    for (const entry of linked) {
      const doc = read(entry);
      if ('error' in doc) return doc;
      folders.push(asFolder(doc.text));
    }
    return {
      text: `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>\n${folders.join('\n')}\n</Document></kml>\n`,
      encoding: first.encoding,
    };
  } catch (e) {
    // Not an archive fflate can read: a .kmz is damaged; anything else is told as the ZIP it claims to be.
    if (!isKmz) return undefined;
    return { error: `${name} is a damaged KMZ archive (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** The archive's KML documents that `text` (the entry `from`) links to with a relative `<href>`. */
function linkedEntries(text: string, from: string, entries: readonly UnzipFileInfo[]): UnzipFileInfo[] {
  const folder = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
  const found: UnzipFileInfo[] = [];
  for (const m of text.matchAll(/<(?:[\w-]+:)?href>\s*([^<]+?)\s*<\/(?:[\w-]+:)?href>/gu)) {
    const href = m[1] ?? '';
    if (/^[a-z][a-z0-9+.-]*:/iu.test(href)) continue; // an address elsewhere: never fetched
    const path = normalise(folder + href.replace(/^\.\//u, ''));
    const entry = entries.find((e) => e.name === path && isKmlEntry(e.name) && e.name !== from);
    if (entry && !found.includes(entry)) found.push(entry);
  }
  return found;
}

/** `a/b/../c.kml` → `a/c.kml`. */
function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/**
 * One KML document as a Folder of another: its XML declaration dropped and its `<kml>` root
 * renamed, keeping the root's namespace declarations (legal on any element), so its prefixed
 * elements still parse.
 */
function asFolder(text: string): string {
  return text
    .replace(/^\s*<\?xml[^>]*\?>/u, '')
    .replace(/<((?:[\w-]+:)?)kml(?=[\s>])/u, '<$1Folder')
    .replace(/<\/((?:[\w-]+:)?)kml>\s*$/u, '</$1Folder>');
}
