/**
 * The part of edtf.js (npm `edtf`, BSD-2-Clause) that Time Atlas uses: the parser's result
 * tree. The package ships no typings.
 */
declare module 'edtf' {
  export interface EdtfDate {
    type: 'Date';
    level: number;
    /** Year, month (0–11) and day, as far as given. */
    values: number[];
    /** True, or a bit mask of the uncertain digits (`?`). */
    uncertain?: boolean | number;
    /** True, or a bit mask of the approximate digits (`~`). */
    approximate?: boolean | number;
    /** Bit mask of the unspecified digits (`X`): 1–8 the year, 16–32 the month, 64–128 the day. */
    unspecified?: number;
  }
  export interface EdtfInterval {
    type: 'Interval';
    level: number;
    values: [EdtfDate | null, EdtfDate | null];
  }
  export interface EdtfOther {
    type: 'Year' | 'Season' | 'Set' | 'List' | 'Century' | 'Decade';
    level: number;
    values: unknown[];
  }
  export type EdtfParsed = EdtfDate | EdtfInterval | EdtfOther;
  export function parse(input: string, options?: { level?: number; types?: string[] }): EdtfParsed;
}
