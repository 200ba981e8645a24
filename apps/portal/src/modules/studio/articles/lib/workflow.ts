import type { Transition } from '../actions';

export const transitionLabels: Record<Transition, string> = {
  SUBMIT: 'Submit for review',
  PUBLISH: 'Publish',
  UNPUBLISH: 'Unpublish',
  ARCHIVE: 'Archive',
  UNARCHIVE: 'Unarchive',
};
