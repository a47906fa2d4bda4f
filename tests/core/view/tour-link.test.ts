import { describe, expect, test } from 'vitest';
import { tourFragment, tourFromFragment } from '../../../src/core/view/tour-link.ts';

const FILE = {
  id: 'lesson-4',
  title: 'Lesson 4 — “the crisis”, in Urdu: بحران',
  steps: [{ time: '2011-03-17', caption: 'Step one & two / three?' }],
};

describe('tour links', () => {
  test('a tour file goes into the fragment and comes back the same, any text included', () => {
    const fragment = tourFragment(FILE);
    expect(fragment).toMatch(/^#tour=[A-Za-z0-9_-]+$/);
    const back = tourFromFragment(fragment);
    expect(back && 'text' in back ? JSON.parse(back.text) : back).toEqual(FILE);
  });

  test.each([
    { hash: '', expected: null },
    { hash: '#other=1', expected: null },
    { hash: '#tour=abc$%', expected: { problem: expect.stringMatching(/characters a tour link never has/) } },
    { hash: '#tour=_-8', expected: { problem: expect.stringMatching(/cannot be read \(is the link complete\?\)/) } },
  ])('$hash', ({ hash, expected }) => {
    expect(tourFromFragment(hash)).toEqual(expected);
  });

  test('a link cut short when copied is reported, not played half', () => {
    const fragment = tourFragment(FILE);
    const cut = tourFromFragment(fragment.slice(0, fragment.length - 7));
    // Either unreadable bytes, or text that is no longer JSON: the tour checker reports the latter.
    if (cut && 'text' in cut) expect(() => JSON.parse(cut.text) as unknown).toThrow();
    else expect(cut).toEqual({ problem: expect.any(String) });
  });
});
