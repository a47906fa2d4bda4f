/**
 * Records a playback as a video: WebM through MediaRecorder, or an animated GIF through gifenc.
 * Each frame is made the same way whatever the computer's speed: the time is set to the frame's
 * day (frame-schedule.ts), the map draws it completely (capture.ts waits for 'idle'), the frame is
 * composited on a canvas (frame-compositor.ts), and only then handed on.
 *
 * WebM: MediaRecorder over a `captureStream(0)` track (no frame is taken unless asked for), one
 * `requestFrame()` per frame once it is drawn. MediaRecorder stamps frames with the wall clock, so
 * a frame that took long to draw would last long in the video: the file's timecodes are rewritten
 * afterwards to a steady 1 / fps (webm-retime.ts). Drawing slowly makes the recording take
 * longer, never the video, and a slow laptop gives the same video as a fast one.
 */
import { GIFEncoder, applyPalette, quantize } from 'gifenc';
import { frameSchedule, type FramePlan } from '../core/time/frame-schedule.ts';
import { retimeWebm } from '../core/export/webm-retime.ts';
import { countOf, formatCount } from '../core/text/count.ts';
import type { MapCapture } from '../map/capture.ts';
import { composeFrame, type FrameText } from './frame-compositor.ts';

export type VideoFormat = 'webm' | 'gif';

/** Frames per second: smooth for a video; a GIF's delays are in hundredths, so 10 fps is exact. */
export const FRAME_RATES: Record<VideoFormat, number> = { webm: 30, gif: 10 };
/** Enough for sharp map lines and labels at 1080p. */
const WEBM_BITS_PER_SECOND = 8_000_000;
const WEBM_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];
const GIF_COLOURS = 256;
const MS_PER_SECOND = 1000;
/**
 * After the last frame, a few copies of it and a pause: a busy encoder can still be working on the
 * last frame when the recorder stops, and loses it. The copies are cut off again (retimeWebm).
 */
const SPARE_FRAMES = 3;
const SETTLE_MS = 250;

export interface RecordingRequest {
  format: VideoFormat;
  /** The range and speed; the frame rate comes from the format. */
  range: Omit<FramePlan, 'fps'>;
  width: number;
  height: number;
  capture: MapCapture;
  /** Moves the atlas to a day and resolves once the map has been told (e.g. after Svelte's tick). */
  seek: (day: number) => Promise<void>;
  /** The words on the frame for the day now shown. */
  text: () => FrameText;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** The scale the map must draw at for a `width`×`height` frame to be sharp (cover, as the compositor). */
export function scaleFor(map: { width: number; height: number }, width: number, height: number): number {
  return Math.max(width / Math.max(1, map.width), height / Math.max(1, map.height));
}

/**
 * Records the request's frames and resolves with the file (`video/webm` or `image/gif`). Rejects
 * with the signal's reason when cancelled, and with a plain message when the browser cannot
 * record. The map is back at its own resolution afterwards, whatever happened.
 */
export async function recordVideo(request: RecordingRequest): Promise<Blob> {
  const fps = FRAME_RATES[request.format];
  const schedule = frameSchedule({ ...request.range, fps });
  const canvas = document.createElement('canvas');
  canvas.width = request.width;
  canvas.height = request.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: request.format === 'gif' });
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  const sink = request.format === 'webm' ? webmSink(canvas, ctx, fps, schedule.frames) : gifSink(ctx, fps);
  const { capture, signal } = request;
  capture.setScale(scaleFor(capture.size(), request.width, request.height));
  try {
    for (let i = 0; i < schedule.frames; i++) {
      signal?.throwIfAborted();
      await request.seek(schedule.timeAt(i));
      await capture.drawWhenIdle((map) => composeFrame(ctx, map, request.text()), signal);
      await sink.add();
      request.onProgress?.(i + 1, schedule.frames);
    }
    return await sink.finish();
  } catch (e) {
    sink.discard();
    throw e;
  } finally {
    capture.restore();
  }
}

interface Sink {
  /** Takes the canvas as it is now as the next frame. */
  add(): Promise<void>;
  finish(): Promise<Blob>;
  discard(): void;
}

function webmSink(canvas: HTMLCanvasElement, ctx: CanvasRenderingContext2D, fps: number, frames: number): Sink {
  const type = WEBM_TYPES.find((t) => typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported(t));
  if (!type) throw new Error('this browser cannot record WebM video (no MediaRecorder for video/webm)');
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack | undefined;
  if (!track) throw new Error('this browser cannot record a canvas (no video track from captureStream)');
  const recorder = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: WEBM_BITS_PER_SECOND });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => {
    if (e.data.size > 0) chunks.push(e.data);
  };
  // A frame asked for before the recorder has started, or just before it stops, can be lost.
  const started = new Promise((resolve) => (recorder.onstart = resolve));
  recorder.start();
  const frameMs = MS_PER_SECOND / fps;
  const stopTrack = () => stream.getTracks().forEach((t) => t.stop());
  const add = async () => {
    await started;
    track.requestFrame();
    // The frame is taken when the page next paints; then the canvas may be drawn over.
    await nextPaint();
    await new Promise((resolve) => setTimeout(resolve, frameMs));
  };
  return {
    add,
    async finish() {
      for (let i = 0; i < SPARE_FRAMES; i++) {
        // An invisible touch: a canvas nothing was drawn on gives no new frame.
        ctx.fillStyle = 'rgb(0 0 0 / 0)';
        ctx.fillRect(0, 0, 1, 1);
        await add();
      }
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      return new Promise<Blob>((resolve, reject) => {
        recorder.onstop = async () => {
          stopTrack();
          try {
            const recorded = new Uint8Array(await new Blob(chunks).arrayBuffer());
            const retimed = retimeWebm(recorded, fps, frames);
            if (retimed.frames < frames) {
              throw new Error(
                `the browser's video encoder lost ${countOf(frames - retimed.frames, 'frame')} of ${formatCount(frames)}; try again, or a smaller size`,
              );
            }
            resolve(new Blob([retimed.bytes as Uint8Array<ArrayBuffer>], { type: 'video/webm' }));
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        };
        recorder.onerror = () => reject(new Error('the browser stopped the recording'));
        recorder.stop();
      });
    },
    discard() {
      recorder.ondataavailable = null;
      if (recorder.state !== 'inactive') recorder.stop();
      stopTrack();
    },
  };
}

/** Resolves after the page has painted twice: a requested canvas frame is taken at a paint. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

function gifSink(ctx: CanvasRenderingContext2D, fps: number): Sink {
  const gif = GIFEncoder();
  const { width, height } = ctx.canvas;
  const delay = MS_PER_SECOND / fps;
  return {
    async add() {
      const { data } = ctx.getImageData(0, 0, width, height);
      const palette = quantize(data, GIF_COLOURS);
      gif.writeFrame(applyPalette(data, palette), width, height, { palette, delay });
      // Let the page repaint the progress bar between frames.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    async finish() {
      gif.finish();
      return new Blob([gif.bytes() as Uint8Array<ArrayBuffer>], { type: 'image/gif' });
    },
    discard() {},
  };
}
