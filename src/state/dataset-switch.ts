/**
 * Loading another dataset into a running atlas (a file a user drops, a `data=` link): the page
 * replaces its whole AppState, so nothing of the old dataset's state lingers. Components reach the
 * switch through context, like the state itself.
 */
import { getContext, setContext } from 'svelte';
import type { Dataset } from '../core/dataset/schema.ts';
import type { Notice } from './app-state.svelte.ts';

export interface DatasetSwitch {
  /** Shows `dataset` from its start; `notices` are shown once (e.g. rows that were skipped). */
  load(dataset: Dataset, notices?: Notice[]): void;
  /** Back to the built-in 2011 dataset. */
  reset(): void;
}

const KEY = Symbol('time-atlas-dataset-switch');
export const provideDatasetSwitch = (value: DatasetSwitch) => setContext(KEY, value);
export const useDatasetSwitch = (): DatasetSwitch => {
  const value = getContext<DatasetSwitch | undefined>(KEY);
  if (!value) throw new Error('useDatasetSwitch() outside a Time Atlas page');
  return value;
};
