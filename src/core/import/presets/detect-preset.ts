/**
 * Which known layout a CSV header is, if any: the presets are tried in turn on the header's
 * column names (trimmed, lower case), as ACLED and UCDP write them.
 */
import { acledPreset } from './acled.ts';
import type { Preset } from './preset.ts';
import { ucdpPreset } from './ucdp.ts';

export const PRESETS: readonly Preset[] = [acledPreset, ucdpPreset];

/** @example detectPreset(['event_id_cnty', 'event_date', …]) // acledPreset */
export function detectPreset(header: readonly string[]): Preset | undefined {
  const names = header.map((h) => h.trim().toLowerCase());
  return PRESETS.find((p) => p.matches(names));
}
