import { describe, expect, test } from 'vitest';
import { PREFERRED_MAP_MAX, PREFERRED_MAP_MIN, preferredMapHeight } from '../../src/embed/preferred-height.ts';

describe('preferredMapHeight', () => {
  test.each([
    { width: 320, expected: PREFERRED_MAP_MIN },
    { width: 360, expected: 223.2 },
    { width: 500, expected: 310 },
    { width: 700, expected: PREFERRED_MAP_MAX },
    { width: 760, expected: PREFERRED_MAP_MAX },
  ])('$width px wide: $expected px', ({ width, expected }) => {
    expect(preferredMapHeight(width)).toBeCloseTo(expected, 6);
  });
});
