import { describe, expect, it } from 'vitest';
import { eventType } from '../../../src/core/import/event-fields.ts';

describe('eventType', () => {
  it('reads our own type names in any case and spacing', () => {
    expect(eventType('Drone strike')).toBeUndefined();
    expect(eventType('diplomatic_meeting')).toBe('diplomatic-meeting');
    expect(eventType('STRIKES')).toBe('strike');
    expect(eventType('accident')).toBe('accident');
  });

  it('reads other files’ names for accidents and disasters', () => {
    expect(['Natural disaster', 'fire', 'Floods', 'crashes', 'Traffic accident'].map(eventType)).toEqual([
      'accident',
      'accident',
      'accident',
      'accident',
      'accident',
    ]);
    expect(eventType('Unknown')).toBe('other');
    expect(eventType('picnic')).toBeUndefined();
  });
});
