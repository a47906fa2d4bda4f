/**
 * A tour being made in the app (TourBuilder.svelte): the fields as the teacher types them, turned
 * into a tour file (tour.ts's format) and checked by the same checker as a file from disk, so the
 * messages appear under the field they are about while the teacher types.
 */
import type { Dataset } from '../dataset/schema.ts';
import type { Problem } from '../dataset/validate-dataset.ts';
import { validateTour, type TourFile } from './tour.ts';

export interface DraftStep {
  /** `YYYY-MM-DD`. */
  time: string;
  event: string | null;
  camera: { lon: number; lat: number; zoom: number } | null;
  caption: string;
  question: string;
}

export interface TourDraft {
  id: string;
  title: string;
  description: string;
  steps: DraftStep[];
}

/** Decimals kept of a captured camera: about 10 m, and a hundredth of a zoom level. */
const DEGREE_DECIMALS = 4;
const ZOOM_DECIMALS = 2;

/** A camera as a step keeps it: rounded, so the file stays readable. */
export function roundCamera(camera: { lon: number; lat: number; zoom: number }): DraftStep['camera'] {
  const round = (n: number, decimals: number) => Number(n.toFixed(decimals));
  return {
    lon: round(camera.lon, DEGREE_DECIMALS),
    lat: round(camera.lat, DEGREE_DECIMALS),
    zoom: round(camera.zoom, ZOOM_DECIMALS),
  };
}

/**
 * The tour file of a draft: empty optional texts are left out, the dataset's id is named. What
 * the teacher has not filled in yet stays as typed, for the checker to report.
 */
export function draftToFile(draft: TourDraft, datasetId: string): TourFile {
  const description = draft.description.trim();
  return {
    id: draft.id.trim(),
    title: draft.title.trim(),
    ...(description ? { description } : {}),
    dataset: datasetId,
    steps: draft.steps.map((s) => {
      const question = s.question.trim();
      return {
        time: s.time,
        ...(s.event ? { event: s.event } : {}),
        ...(s.camera ? { camera: s.camera } : {}),
        caption: s.caption.trim(),
        ...(question ? { question } : {}),
      };
    }),
  };
}

/** Problems sorted by where they show: `fields` by path (`title`, `steps[2].caption`), the rest apart. */
export interface DraftProblems {
  fields: ReadonlyMap<string, string[]>;
  /** Problems about the tour as a whole (`$`, `steps`, `dataset`). */
  general: string[];
  count: number;
}

/** Checks a draft as a tour file over `dataset`. */
export function checkDraft(draft: TourDraft, dataset: Dataset): DraftProblems {
  const result = validateTour(draftToFile(draft, dataset.id), dataset);
  return sortProblems(result.ok ? [] : result.problems);
}

const FIELD = /^(id|title|description|steps\[\d+\]\.(time|event|camera|caption|question))/;

function sortProblems(problems: readonly Problem[]): DraftProblems {
  const fields = new Map<string, string[]>();
  const general: string[] = [];
  for (const p of problems) {
    const field = FIELD.exec(p.path)?.[0];
    if (field) fields.set(field, [...(fields.get(field) ?? []), p.message]);
    else general.push(`${p.path}: ${p.message}`);
  }
  return { fields, general, count: problems.length };
}

/** A tour id from a title: "The 2011 crisis!" → "the-2011-crisis". */
export function idFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
