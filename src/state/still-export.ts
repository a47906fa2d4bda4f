/**
 * A PNG of the current view at print resolution: the map redrawn at a higher pixel ratio (not an
 * upscaled screenshot), with the date caption and the credits, as frame-compositor.ts draws them.
 */
import type { MapCapture } from '../map/capture.ts';
import { composeFrame, type FrameText } from './frame-compositor.ts';

/** A4 at 300 dots per inch, long side (297 mm): sharp on a printed page or a projector. */
export const PRINT_LONG_SIDE = 3508;

/** Draws the map as shown now, `longSide` pixels on its long side (MapLibre caps it at 4096). */
export async function renderStill(capture: MapCapture, text: FrameText, longSide = PRINT_LONG_SIDE): Promise<Blob> {
  const { width, height } = capture.size();
  if (width === 0 || height === 0) throw new Error('the map is not on screen, so there is nothing to draw');
  capture.setScale(longSide / Math.max(width, height));
  try {
    const canvas = document.createElement('canvas');
    await capture.drawWhenIdle((map) => {
      // The canvas MapLibre actually drew (it may have capped the size), so nothing is upscaled.
      canvas.width = map.width;
      canvas.height = map.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('this browser cannot draw on a canvas');
      composeFrame(ctx, map, text);
    });
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the browser could not make the PNG'))),
        'image/png',
      ),
    );
  } finally {
    capture.restore();
  }
}
