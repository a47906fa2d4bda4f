/**
 * Pictures and videos of the map as a teacher makes them for a slide deck (issue 19): a PNG of the
 * view at print resolution, a 3-second WebM read back by ffprobe (an independent reader), and an
 * animated GIF decoded back with omggif. Names say what the files show.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect } from 'vitest';
import { GifReader } from 'omggif';
import type { Page } from 'playwright-core';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';
import { seriousViolations } from './axe.ts';

const VIEW = '?t=2011-03-17&event=datta-khel-strike';
const DATTA_KHEL_DAY = '15050';
/** Every frame is drawn in full with software WebGL here: a 3-second video takes about a minute. */
const RECORDING_TIMEOUT_MS = 240_000;
const dir = mkdtempSync(join(tmpdir(), 'time-atlas-media-'));
afterAll(() => (process.env.KEEP_MEDIA ? console.log(dir) : rmSync(dir, { recursive: true, force: true })));

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function openDialog(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Picture & video' }).click();
  await page.getByRole('heading', { name: 'Picture and video of the map' }).waitFor();
}

async function choose(page: Page, options: { from: string; to: string; speed: string; size: string }): Promise<void> {
  await page.locator('#media-from').fill(options.from);
  await page.locator('#media-to').fill(options.to);
  await page.getByLabel('Speed', { exact: true }).last().selectOption({ label: options.speed });
  await page.getByLabel('Size').selectOption({ label: options.size });
}

async function download(page: Page, button: string): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 240_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

/** What ffprobe reads in a video file: its first stream and the container's duration. */
function probe(path: string): { codec: string; width: number; height: number; frames: number; duration: number } {
  const run = spawnSync(
    'ffprobe',
    [
      '-v',
      'error',
      '-count_frames',
      '-show_entries',
      'stream=codec_name,width,height,nb_read_frames:format=duration',
      '-of',
      'json',
      path,
    ],
    { encoding: 'utf8' },
  );
  if (run.error)
    throw new Error(`ffprobe is needed to read the video back (apt-get install ffmpeg): ${run.error.message}`);
  if (run.status !== 0) throw new Error(`ffprobe could not read ${path}: ${run.stderr}`);
  const out = JSON.parse(run.stdout) as {
    streams: { codec_name: string; width: number; height: number; nb_read_frames: string }[];
    format: { duration: string };
  };
  const stream = out.streams[0];
  if (!stream) throw new Error(`ffprobe found no stream in ${path}`);
  return {
    codec: stream.codec_name,
    width: stream.width,
    height: stream.height,
    frames: Number(stream.nb_read_frames),
    duration: Number(out.format.duration),
  };
}

describe('pictures and videos of the map', () => {
  browserTest('Download PNG: the current view at print resolution, named after the day and event', async () => {
    app = await openApp(VIEW);
    await waitForMap(app.page);
    await openDialog(app.page);
    expect(await seriousViolations(app.page, '.media-dialog')).toEqual([]);
    const png = await download(app.page, 'Download PNG');
    expect(png.name).toBe('time-atlas-2011-03-17-datta-khel-strike.png');
    const bytes = readFileSync(png.path);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(Math.max(width, height)).toBe(3508);
    // The map's own shape (the 1280×800 page's map area), not a crop.
    const map = await app.page.locator('.map-area').boundingBox();
    expect(width / height).toBeCloseTo((map?.width ?? 0) / (map?.height ?? 1), 1);
    expect(app.errors).toEqual([]);
  });

  browserTest(
    'Record video: 3 seconds of playback as WebM, 1280×720, 90 frames at 30 per second',
    async () => {
      app = await openApp(VIEW);
      await waitForMap(app.page);
      await openDialog(app.page);
      // 21 days at a week a second: 3 seconds.
      await choose(app.page, { from: '2011-03-10', to: '2011-03-31', speed: '1 week/s', size: '1280 × 720 (HD)' });
      await app.page.getByLabel('Show the event card on the video').check();
      await expect.poll(() => app!.page.getByText(/3\.0 seconds, 90 frames at 30 per second/).isVisible()).toBe(true);
      const video = await download(app.page, 'Record video');
      expect(video.name).toBe('time-atlas-2011-03-10-to-2011-03-31.webm');
      const read = probe(video.path);
      expect(read.codec).toMatch(/^vp[89]$/);
      expect([read.width, read.height]).toEqual([1280, 720]);
      expect(read.frames).toBe(90);
      expect(read.duration).toBeCloseTo(3, 1);
      // The reader's view comes back: the day and the event they had open.
      expect(await app.page.getByRole('slider', { name: 'Time' }).getAttribute('aria-valuenow')).toBe(DATTA_KHEL_DAY);
      expect(new URL(app.page.url()).searchParams.get('event')).toBe('datta-khel-strike');
      expect(app.errors).toEqual([]);
    },
    RECORDING_TIMEOUT_MS,
  );

  browserTest(
    'Record GIF: an animated GIF decodes back to its frames, size and frame time',
    async () => {
      app = await openApp(VIEW);
      await waitForMap(app.page);
      await openDialog(app.page);
      await app.page.getByLabel(/Animated GIF/).check();
      // 30 days at a month a second: 1 second, 10 frames at 10 per second.
      await choose(app.page, {
        from: '2011-04-01',
        to: '2011-05-01',
        speed: '1 month/s',
        size: '640 × 360 (small, for a GIF)',
      });
      const gif = await download(app.page, 'Record GIF');
      expect(gif.name).toBe('time-atlas-2011-04-01-to-2011-05-01.gif');
      const reader = new GifReader(new Uint8Array(readFileSync(gif.path)));
      expect([reader.width, reader.height]).toEqual([640, 360]);
      expect(reader.numFrames()).toBe(10);
      expect(reader.frameInfo(0).delay).toBe(10); // hundredths of a second
      // Frames differ (the date caption moves on), so it is an animation, not one picture repeated.
      const pixels = (i: number) => {
        const out = new Uint8Array(640 * 360 * 4);
        reader.decodeAndBlitFrameRGBA(i, out);
        return out;
      };
      expect(Buffer.compare(Buffer.from(pixels(0)), Buffer.from(pixels(9)))).not.toBe(0);
      expect(app.errors).toEqual([]);
    },
    RECORDING_TIMEOUT_MS,
  );

  browserTest('Cancel stops a recording: nothing is saved, and a bad range is refused with a reason', async () => {
    app = await openApp(VIEW);
    await waitForMap(app.page);
    await openDialog(app.page);
    await choose(app.page, { from: '2011-03-31', to: '2011-03-10', speed: '1 week/s', size: '1280 × 720 (HD)' });
    await expect
      .poll(() => app!.page.getByRole('alert').textContent())
      .toMatch(/Cannot record: the end \(2011-03-10\) must be after the start \(2011-03-31\)/);
    expect(await app.page.getByRole('button', { name: 'Record video' }).isDisabled()).toBe(true);

    await choose(app.page, { from: '2011-02-01', to: '2011-07-01', speed: '1 day/s', size: '1920 × 1080 (Full HD)' });
    let downloaded = false;
    app.page.on('download', () => (downloaded = true));
    await app.page.getByRole('button', { name: 'Record video' }).click();
    await expect.poll(() => app!.page.getByText(/Frame [1-9]\d* of /).isVisible(), { timeout: 30_000 }).toBe(true);
    await app.page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => app!.page.getByText('Recording cancelled. Nothing was saved.').isVisible()).toBe(true);
    await app.page.waitForTimeout(500);
    expect(downloaded).toBe(false);
    expect(await app.page.getByRole('slider', { name: 'Time' }).getAttribute('aria-valuenow')).toBe(DATTA_KHEL_DAY);
    expect(app.errors).toEqual([]);
  });
});
