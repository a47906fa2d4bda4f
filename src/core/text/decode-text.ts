/**
 * Bytes of a user's file to text, by one set of rules for every reader (the import, the geoparse
 * CLI, and the article panel once it switches): UTF-16 when the file starts with its byte-order
 * mark (Excel's "Unicode text"), otherwise UTF-8 (a UTF-8 byte-order mark is dropped), and where
 * the bytes are not UTF-8, the Windows code page older Excel and Notepad write, with a warning
 * that says so. A file with NUL bytes is not text at all, and is refused with a clear error.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The text, or an error that names the file and ends without a full stop, so a caller may add what to do. */
export type DecodedText = { text: string; encoding: TextEncoding; warning?: string } | { error: string };

/**
 * Windows-1252's characters for bytes 0x80–0x9F, as the WHATWG Encoding Standard maps them (five
 * bytes it leaves as C1 controls map to themselves). Browsers decode them so; Node 20.18.3 and
 * later decodes them as Latin-1 control characters instead (nodejs/node#60888), so the CLI would
 * read an old Excel file's curly quotes and euro signs as invisible controls. The decoded text is
 * put right with this table, which changes nothing where the decoder was right.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1_CONTROL = /[\u0080-\u009f]/g;

const UTF16LE_BOM = [0xff, 0xfe] as const;
const UTF16BE_BOM = [0xfe, 0xff] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * The text of `bytes`, or why they are not text; `name` is how messages call the file.
 *
 * @example decodeText(new TextEncoder().encode('Lahore'), 'a.txt') // { text: 'Lahore', encoding: 'utf-8' }
 * @example decodeText(Uint8Array.of(0x43, 0x61, 0x66, 0xe9), 'old.csv') // { text: 'Café', encoding: 'windows-1252', warning: 'old.csv is not UTF-8 text; …' }
 */
export function decodeText(bytes: Uint8Array, name: string): DecodedText {
  const utf16: TextEncoding | undefined = startsWith(bytes, UTF16LE_BOM)
    ? 'utf-16le'
    : startsWith(bytes, UTF16BE_BOM)
      ? 'utf-16be'
      : undefined;
  if (utf16) {
    // UTF-16 text is full of NUL bytes, so it is told by its mark before the NUL check; TextDecoder drops the mark.
    try {
      return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes), encoding: utf16 };
    } catch {
      return { error: `${name} starts with a UTF-16 byte-order mark but is not UTF-16 text` };
    }
  }
  if (bytes.includes(0)) return { error: `${name} is not a text file (it contains NUL bytes)` };
  try {
    // `fatal` rejects invalid bytes instead of silently turning them into U+FFFD.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return {
      text: new TextDecoder('windows-1252')
        .decode(bytes)
        .replace(C1_CONTROL, (c) => WINDOWS_1252_C1.charAt(c.charCodeAt(0) - 0x80)),
      encoding: 'windows-1252',
      warning:
        `${name} is not UTF-8 text; it was read as Windows-1252 (what older Excel and Notepad write). ` +
        `Check accented letters; saving the file as UTF-8 ("CSV UTF-8" in Excel) avoids this.`,
    };
  }
}
