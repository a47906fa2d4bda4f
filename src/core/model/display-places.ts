/**
 * The map draws places from a display copy of the gazetteer (`geodata/places-display.geojson`,
 * built by `npm run build:display-places`): the same places, their areas simplified for the zooms
 * the map opens at. Past this zoom the map draws the full gazetteer's geometry instead.
 *
 * The 2011 region opens at about zoom 5 on a desktop and 4 on a phone; the map follows an event
 * to zoom 6 (FOLLOW_ZOOM), which the copy still draws to within half a pixel.
 */
export const DISPLAY_MAX_ZOOM = 5;
