/**
 * The event list and card follow the day, not the clock: during playback the clock moves a
 * fraction of a day every frame, and what they show is worked out again only when the day
 * changes (issue 14: the list was re-derived on every animation frame).
 */
import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/state/app-state.svelte.ts';
import { DEFAULT_WINDOW } from '../../src/core/view/url-state.ts';
import { selectEvents } from '../../src/core/dataset/select-events.ts';
import { syntheticDataset } from '../support/synthetic-dataset.ts';

/** About one second of frames at 60 a second. */
const FRAMES = 60;
const FRAME_MS = 1000 / 60;

function playingAtlas() {
  let now = 0;
  let queued: ((timestamp: number) => void) | undefined;
  const app = new AppState(
    syntheticDataset(400),
    { window: DEFAULT_WINDOW },
    {
      now: () => now,
      scheduler: {
        request: (cb) => {
          queued = cb;
          return 1;
        },
        cancel: () => (queued = undefined),
      },
    },
  );
  const frame = () => {
    now += FRAME_MS;
    const run = queued;
    queued = undefined;
    run?.(now);
  };
  return { app, frame };
}

describe('AppState during playback', () => {
  it('derives the selection once per day, however many frames the day takes', () => {
    const { app, frame } = playingAtlas();
    app.togglePlay();
    const selections = new Set<object>();
    const days = new Set<number>();
    const times = new Set<number>();
    for (let i = 0; i < FRAMES; i++) {
      frame();
      times.add(app.time);
      days.add(Math.floor(app.time));
      selections.add(app.selection);
    }
    // The clock did move every frame, through several days, a fraction of a day at a time.
    expect(app.playing).toBe(true);
    expect(times.size).toBe(FRAMES);
    expect(days.size).toBeGreaterThan(2);
    expect(days.size).toBeLessThan(FRAMES / 2);
    expect(selections.size).toBe(days.size);
    app.destroy();
  });

  it('shows the same events as the exact clock time would, frame after frame', () => {
    const { app, frame } = playingAtlas();
    app.togglePlay();
    let between = 0;
    const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);
    for (let i = 0; i < FRAMES; i++) {
      frame();
      const exact = selectEvents(app.domain.index, { time: app.time, window: app.window, ...app.filters });
      if (app.time % 1 !== 0) between++;
      expect(ids(app.selection.visible)).toEqual(ids(exact.visible));
      expect(ids(app.selection.current)).toEqual(ids(exact.current));
    }
    expect(between).toBeGreaterThan(FRAMES / 2);
    app.destroy();
  });
});
