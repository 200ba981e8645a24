'use client';

import { useActionState } from 'react';
import { restoreRevisionAction } from '../actions';
import { FormError } from '@/modules/studio/ui/form-error';

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
      <FormError error={error} className="mt-4" />
    </form>
  );
}
