/**
 * Reads back what a person would see: a screenshot of an element, decoded by the browser
 * itself into RGBA pixels (so the tests need no PNG library).
 */
import type { Page } from 'playwright-core';

export interface PixelStats {
  width: number;
  height: number;
  /** Distinct colours, quantised to 4 bits a channel. */
  distinctColours: number;
  /** Share of pixels that differ from the most common colour. */
  nonDominantShare: number;
  /** Mean luma (0 black – 255 white). */
  meanLuminance: number;
}

export async function pixelStats(page: Page, selector: string): Promise<PixelStats> {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(async (base64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${base64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    const counts = new Map<number, number>();
    let luma = 0;
    for (let i = 0; i < data.length; i += 4) {
      luma += 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
      const key = ((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const total = data.length / 4;
    const dominant = Math.max(...counts.values());
    return {
      width: img.width,
      height: img.height,
      distinctColours: counts.size,
      nonDominantShare: (total - dominant) / total,
      meanLuminance: luma / total,
    };
  }, png.toString('base64'));
}
