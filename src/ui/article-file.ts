/**
 * The files of "Map an article": reading a .txt the reader opens (by src/core/text/decode-text.ts's rules, or a clear refusal) and
 * naming the GeoJSON of the places found after it.
 */
import { formatBytes, formatCount } from '../core/text/count.ts';
import { decodeText } from '../core/text/decode-text.ts';

/** Longer texts take the page too long to scan and draw; the CLI takes any length. */
export const MAX_ARTICLE_CHARS = 500_000;
/** A UTF-8 file of MAX_ARTICLE_CHARS characters is at most this large. */
const MAX_FILE_BYTES = MAX_ARTICLE_CHARS * 4;
/** The source name of a text typed or pasted into the panel. */
export const PASTED = 'pasted text';

/** A .txt file as text, or an Error saying why it is not one. */
export async function readArticleFile(file: File): Promise<string> {
  if (file.size > MAX_FILE_BYTES) {
    throw new Error(
      `${file.name} is ${formatBytes(file.size)}; the panel reads texts up to ${formatCount(MAX_ARTICLE_CHARS)} characters`,
    );
  }
  // The same rules as the import and the geoparse CLI: UTF-16 by its mark, UTF-8, else Windows-1252.
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()), file.name);
  if ('error' in decoded) throw new Error(decoded.error);
  return decoded.text.startsWith('\uFEFF') ? decoded.text.slice(1) : decoded.text;
}

/** "Report 1.txt" → "Report-1_places.geojson"; a pasted text → "article_places.geojson". */
export function placesFileName(sourceName: string): string {
  const stem =
    sourceName === PASTED
      ? ''
      : sourceName
          .replace(/\.[^.]*$/, '')
          .replace(/[^\p{L}\p{N}_-]+/gu, '-')
          .replace(/^-+|-+$/g, '');
  return `${stem || 'article'}_places.geojson`;
}
