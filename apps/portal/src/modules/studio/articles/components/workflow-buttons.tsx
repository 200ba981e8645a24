import type { ArticleStatus } from '@/gql/graphql';
import type { StudioRole } from '@/modules/studio/auth/lib/session';
import { dangerButtonClass, secondaryButtonClass } from '@/modules/studio/ui/styles';
import type { Transition } from '../actions';
import { allowedTransitions, transitionLabels } from '../lib/workflow';

/** A button for each workflow step the role may take; unsaved changes must be saved first. */
export function WorkflowButtons({
  status,
  role,
  busy,
  dirty,
  onTransition,
}: {
  status: ArticleStatus;
  role: StudioRole;
  busy: boolean;
  dirty: boolean;
  onTransition: (name: Transition) => void;
}) {
  return allowedTransitions(status, role).map((name) => (
    <button
      key={name}
      type="button"
      disabled={busy || dirty}
      title={dirty ? 'Save your changes first' : undefined}
      onClick={() => onTransition(name)}
      className={
        name === 'archive' || name === 'unpublish' ? dangerButtonClass : secondaryButtonClass
      }
    >
      {transitionLabels[name]}
    </button>
  ));
}
