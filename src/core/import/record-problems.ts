/**
 * How the problems of one imported record are worded: the reporter a record's checks call, and
 * the mapping from a dataset-schema issue (zod) back to the field of the user's file it is about.
 */
import type { z } from 'zod';
import type { EventField } from './event-fields.ts';
import { quoteFound, type ImportProblem } from './problem.ts';
import type { Message } from '../text/translate.ts';
import { formatCount } from '../text/count.ts';

/** Reports one problem of the record being read: severity, field, expected, found, message. */
export type RecordProblem<F extends string = EventField> = (
  severity: ImportProblem['severity'],
  field: F,
  expected: string,
  found: string,
  /** Plain English, or the English with its message for the reader's language (`coded`). */
  message: string | { message: string; code: Message },
) => void;

const FIELD_OF_SCHEMA_KEY: Record<string, EventField> = {
  id: 'id',
  title: 'title',
  summary: 'summary',
  start: 'start',
  end: 'end',
  datePrecision: 'start',
  dateNote: 'start',
  type: 'type',
  places: 'place',
  actors: 'actors',
  sources: 'source',
};

export function fieldOfIssue(path: readonly PropertyKey[]): EventField {
  return FIELD_OF_SCHEMA_KEY[String(path[0])] ?? 'title';
}

export function schemaExpected(issue: z.core.$ZodIssue, field: EventField): string {
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') return `at most ${issue.maximum} characters`;
  if (field === 'end' && issue.code === 'custom') return 'an end date on or after the date';
  return issue.message;
}

export function schemaMessage(issue: z.core.$ZodIssue, field: EventField): string {
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
    return `The ${field} is too long: shorten it to ${issue.maximum} characters or fewer.`;
  }
  return `The ${field} is not valid: ${issue.message}.`;
}

/** "Point [32.9, 169.7]": a geometry in a problem, short. */
export function geometryText(geometry: unknown): string {
  if (typeof geometry !== 'object' || geometry === null) return quoteFound(geometry);
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type === 'Point' && Array.isArray(coordinates)) return `Point ${JSON.stringify(coordinates).slice(0, 60)}`;
  return typeof type === 'string' ? `a ${type.slice(0, 40)}` : 'an object without a type';
}

export function describeFound(value: unknown): string {
  if (typeof value === 'string' && value.length > 60) return `${formatCount(value.length)} characters`;
  return quoteFound(value);
}
