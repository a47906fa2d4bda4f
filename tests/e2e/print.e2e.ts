/**
 * The printed handout: "Print handout" turns the map into an image and the browser prints only
 * the handout, with the events so far, their dates and sources, the key and the attribution. The
 * PDF the browser makes is read back (its text and its images), as a teacher's printer would get it.
 */
import { inflateSync } from 'node:zlib';
import { afterEach, describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Press "Print handout" with the browser's print dialog replaced by a flag. */
async function printHandout(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.getByRole('button', { name: 'Print handout' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
}

/** Text compared without spaces (PDF text runs do not keep word spacing) and ligatures ("ﬁ"). */
const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

describe('printed handout', () => {
  browserTest(
    'the PDF has the map image, the events so far with dates and sources, the key and the credits',
    async () => {
      app = await openApp('?t=2011-04-13', { width: 1280, height: 800 });
      await waitForMap(app.page);
      // On screen the handout does not show.
      expect(await app.page.locator('.handout').isVisible()).toBe(false);
      await printHandout(app.page);
      const src = await app.page.locator('.handout img.map-image').getAttribute('src');
      expect(src).toMatch(/^data:image\/png;base64,/);

      const pdf = readPdf(await app.page.pdf({ format: 'A4', printBackground: true }));
      const text = squeeze(pdf.text);
      for (const expected of [
        'The map on 13 April 2011',
        'Events so far',
        // Events up to the day, with their dates and sources.
        'CIA contractor Raymond Davis shoots dead two men in Lahore',
        '27 January 2011',
        'CIA drone strike at Datta Khel, North Waziristan',
        '17 March 2011',
        "Pakistan's foreign secretary protests strongly to the US ambassador",
        'Sources: The Associated Press (2 August 2011)',
        // The key, the sources in full and the credits.
        'Drone strike',
        'place known only to a district or region',
        'Strains In US-Pakistan Security Cooperation',
        '© OpenStreetMap contributors',
        'Natural Earth',
      ]) {
        expect(text, `"${expected}" in the PDF`).toContain(squeeze(expected));
      }
      // Nothing after the day, and none of the interactive chrome.
      expect(text).not.toContain(squeeze('kills Osama bin Laden'));
      for (const chrome of ['Print handout', 'Share', 'Follow events', 'Search events and places']) {
        expect(text).not.toContain(squeeze(chrome));
      }
      // The map as an image, at a printable size.
      expect(pdf.images.some((img) => img.width >= 600 && img.height >= 300)).toBe(true);
      expect(app.errors).toEqual([]);
    },
  );

  browserTest('printing with Ctrl+P after the map moved says the image is missing instead of a stale map', async () => {
    app = await openApp('?t=2011-04-13');
    await waitForMap(app.page);
    await printHandout(app.page);
    const slider = app.page.getByRole('slider', { name: 'Time' });
    await slider.focus();
    await app.page.keyboard.press('PageUp');
    await app.page.emulateMedia({ media: 'print' });
    const handout = app.page.locator('.handout');
    expect(await handout.isVisible()).toBe(true);
    expect(await handout.locator('img.map-image').count()).toBe(0);
    expect(await handout.textContent()).toMatch(/map image is not included: use the “Print handout” button/);
    expect(await handout.textContent()).toContain('The map on 13 May 2011');
    expect(await app.page.locator('#app').isVisible()).toBe(false);
  });
});

// ---------------------------------------------------------------- a minimal PDF reader

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

/**
 * Just enough of PDF to read what Chromium writes: objects, Flate streams, fonts with a
 * ToUnicode CMap (Chromium writes text as 2-byte glyph ids), text-showing operators, and image
 * XObjects. Not a general PDF parser; poppler's `pdftotext` would do, but is not installed here.
 */
function readPdf(buffer: Buffer): { text: string; images: { width: number; height: number }[] } {
  const raw = buffer.toString('latin1');
  const objects = new Map<number, PdfObject>();
  // Objects are read in order. A stream is cut by its /Length, not by searching for
  // "endstream": compressed bytes may end in "\r" or happen to contain "endobj".
  const objectStart = /(\d+) 0 obj\s*/g;
  for (let m = objectStart.exec(raw); m; m = objectStart.exec(raw)) {
    const bodyAt = m.index + m[0].length;
    const dictEnd = raw.slice(bodyAt).search(/\bstream\r?\n|endobj/);
    if (dictEnd === -1) break;
    const dict = raw.slice(bodyAt, bodyAt + dictEnd);
    if (raw.startsWith('endobj', bodyAt + dictEnd)) {
      objects.set(Number(m[1]), { dict });
      objectStart.lastIndex = bodyAt + dictEnd + 6;
      continue;
    }
    const start = bodyAt + dictEnd + (raw[bodyAt + dictEnd + 6] === '\r' ? 8 : 7);
    const length = /\/Length\s+(\d+)(?=\s*[/>])/.exec(dict);
    if (!length) throw new Error(`PDF object ${m[1]} has no direct /Length`);
    let data = buffer.subarray(start, start + Number(length[1]));
    if (/\/FlateDecode/.test(dict) && !/\/Subtype\s*\/Image/.test(dict)) data = inflateSync(data);
    objects.set(Number(m[1]), { dict, stream: data });
    objectStart.lastIndex = start + Number(length[1]);
  }
  /** A dictionary entry that is either a reference (`/Font 12 0 R`) or inline without nesting. */
  const resolve = (text: string, key: string): string | undefined => {
    const ref = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(text);
    if (ref) return objects.get(Number(ref[1]))?.dict;
    return new RegExp(`/${key}\\s*<<([^>]*)>>`).exec(text)?.[1];
  };

  const cmaps = new Map<number, Map<string, string>>();
  const cmapOf = (fontObject: number): Map<string, string> => {
    const cached = cmaps.get(fontObject);
    if (cached) return cached;
    const map = new Map<string, string>();
    const ref = /\/ToUnicode\s+(\d+) 0 R/.exec(objects.get(fontObject)?.dict ?? '');
    const cmap = ref ? (objects.get(Number(ref[1]))?.stream?.toString('latin1') ?? '') : '';
    const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, code, uni] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
        map.set(code!.toLowerCase(), utf16(uni!));
      }
    }
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, lo, hi, uni] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
        const first = parseInt(uni!, 16);
        for (let c = parseInt(lo!, 16); c <= parseInt(hi!, 16); c++) {
          map.set(
            c.toString(16).padStart(lo!.length, '0'),
            utf16((first + c - parseInt(lo!, 16)).toString(16).padStart(4, '0')),
          );
        }
      }
    }
    cmaps.set(fontObject, map);
    return map;
  };

  const pages: string[] = [];
  for (const [, page] of objects) {
    if (!/\/Type\s*\/Page\b/.test(page.dict)) continue;
    // Resources are inline (nested dictionaries) or a reference; either way Font is found inside.
    const resourcesRef = /\/Resources\s+(\d+) 0 R/.exec(page.dict);
    const resources = resourcesRef ? (objects.get(Number(resourcesRef[1]))?.dict ?? '') : page.dict;
    const fontDict = resolve(resources, 'Font') ?? '';
    const fonts = new Map([...fontDict.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)].map(([, name, n]) => [name!, Number(n)]));
    const contentRefs =
      /\/Contents\s*\[([^\]]*)\]/.exec(page.dict)?.[1] ?? /\/Contents\s+(\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
    let text = '';
    for (const [, n] of contentRefs.matchAll(/(\d+) 0 R/g)) {
      const content = objects.get(Number(n))?.stream?.toString('latin1') ?? '';
      let cmap = new Map<string, string>();
      const tokens =
        /\/([\w.+-]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>|\((?:\\.|[^\\)])*\)|(-?\d+(?:\.\d+)?)|(T\*|Td|TD|Tm|ET|')/g;
      for (const t of content.matchAll(tokens)) {
        if (t[1] !== undefined) cmap = cmapOf(fonts.get(t[1]) ?? -1);
        else if (t[2] !== undefined) {
          for (let i = 0; i + 4 <= t[2].length; i += 4) text += cmap.get(t[2].slice(i, i + 4).toLowerCase()) ?? '';
        } else if (t[3] !== undefined) {
          // A wide negative kerning inside TJ is a space between words.
          if (Number(t[3]) < -200) text += ' ';
        } else if (t[4] !== undefined) text += ' ';
      }
    }
    pages.push(text);
  }
  const images = [...objects.values()]
    .filter((o) => /\/Subtype\s*\/Image/.test(o.dict))
    .map((o) => ({
      width: Number(/\/Width\s+(\d+)/.exec(o.dict)?.[1] ?? 0),
      height: Number(/\/Height\s+(\d+)/.exec(o.dict)?.[1] ?? 0),
    }));
  return { text: pages.join('\n'), images };
}
