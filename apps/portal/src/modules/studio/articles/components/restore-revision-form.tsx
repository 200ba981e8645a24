'use client';

import { useActionState } from 'react';
import { restoreRevisionAction } from '../actions';

/**
 * The form the history's restore buttons submit (they name the version); says why a restore
 * was refused.
 */
export function RestoreRevisionForm({
  id,
  baseVersion,
  csrfToken,
}: {
  id: number;
  baseVersion: number;
  csrfToken: string;
}) {
  const [error, action] = useActionState(restoreRevisionAction, null);
  return (
    <form id="restore-revision" action={action}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <input type="hidden" name="csrfToken" value={csrfToken} />
      {error ? (
        <p role="alert" className="mt-4 rounded border border-warn px-3 py-2 text-sm text-warn">
          {error}
        </p>
      ) : null}
    </form>
  );
}
