import type { ArticleAction } from '@/gql/graphql';
import { dangerButtonClass, secondaryButtonClass } from '@/modules/studio/ui/styles';
import type { Transition } from '../actions';
import { transitionLabels } from '../lib/workflow';

const isTransition = (action: ArticleAction): action is Transition => action !== 'SAVE';

/**
 * A button for each workflow step the API allows the signed-in person now; unsaved changes must
 * be saved first.
 */
export function WorkflowButtons({
  allowedActions,
  busy,
  dirty,
  onTransition,
}: {
  allowedActions: ArticleAction[];
  busy: boolean;
  dirty: boolean;
  onTransition: (name: Transition) => void;
}) {
  return allowedActions.filter(isTransition).map((name) => (
    <button
      key={name}
      type="button"
      disabled={busy || dirty}
      title={dirty ? 'Save your changes first' : undefined}
      onClick={() => onTransition(name)}
      className={
        name === 'ARCHIVE' || name === 'UNPUBLISH' ? dangerButtonClass : secondaryButtonClass
      }
    >
      {transitionLabels[name]}
    </button>
  ));
}
