/**
 * The basemap's colours, one palette per theme: data, kept apart from the layers that use them.
 */
import type { BasemapTheme } from './basemap-style.ts';

export interface Palette {
  sea: string;
  land: string;
  focusLand: string;
  countryBorder: string;
  provinceLine: string;
  districtLine: string;
  fataLine: string;
  river: string;
  riverText: string;
  placeText: string;
  placeDot: string;
  countryText: string;
  provinceText: string;
  districtText: string;
  halo: string;
}

/** Light prints well: dark text on near-white land, no large saturated areas to waste toner. */
export const PALETTES: Record<BasemapTheme, Palette> = {
  light: {
    sea: '#dde6ec',
    land: '#efede8',
    focusLand: '#f9f8f5',
    countryBorder: '#9c9c9c',
    provinceLine: '#aeaaa3',
    districtLine: '#dcd8d1',
    fataLine: '#a88f78',
    river: '#a9c3d6',
    riverText: '#6d8ca3',
    placeText: '#333333',
    placeDot: '#5c5c5c',
    countryText: '#6e6e6e',
    provinceText: '#98948c',
    districtText: '#a29e96',
    halo: '#ffffff',
  },
  dark: {
    sea: '#111a23',
    land: '#2b2e33',
    focusLand: '#33373d',
    countryBorder: '#6d737a',
    provinceLine: '#555a61',
    districtLine: '#383c42',
    fataLine: '#8c765f',
    river: '#34506a',
    riverText: '#7593ad',
    placeText: '#dcdfe2',
    placeDot: '#b9bdc1',
    countryText: '#a0a6ac',
    provinceText: '#7d848b',
    districtText: '#6f767d',
    halo: '#15181b',
  },
};
