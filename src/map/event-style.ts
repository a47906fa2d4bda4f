/**
 * The event type styles, kept in core so exports (KML) share them with the map: see
 * src/core/model/event-style.ts.
 */
export * from '../core/model/event-style.ts';
