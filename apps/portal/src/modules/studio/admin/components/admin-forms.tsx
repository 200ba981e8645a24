'use client';

import { useActionState } from 'react';
import { fieldClass, primaryButtonClass, secondaryButtonClass } from '@/modules/studio/ui/styles';
import {
  createApiKeyAction,
  createUserAction,
  setUserPasswordAction,
  type AdminFormState,
} from '../actions';

const initial: AdminFormState = { error: null, secret: null, done: false };
// The API's minimum; checked here too so a short password is caught before the round trip.
const minimumPasswordLength = 10;

function Outcome({ state, success }: { state: AdminFormState; success: string }) {
  if (state.error) {
    return (
      <p role="alert" className="text-sm text-warn">
        {state.error}
      </p>
    );
  }
  return state.done ? (
    <p role="status" className="text-sm">
      {success}
    </p>
  ) : null;
}

export function CreateUserForm({ csrfToken }: { csrfToken: string }) {
  const [state, action, pending] = useActionState(createUserAction, initial);
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <label className="text-sm font-medium">
        Email
        <input name="email" type="email" required className={fieldClass} />
      </label>
      <label className="text-sm font-medium">
        Name
        <input name="name" required className={fieldClass} />
      </label>
      <label className="text-sm font-medium">
        Role
        <select name="role" defaultValue="EDITOR" className={fieldClass}>
          <option value="EDITOR">Editor</option>
          <option value="ADMIN">Admin</option>
        </select>
      </label>
      <label className="text-sm font-medium">
        Initial password ({minimumPasswordLength} characters or more)
        <NewPasswordInput />
      </label>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          Create user
        </button>
        <Outcome state={state} success="User created." />
      </div>
    </form>
  );
}

/** A password field browsers may fill with a generated one, no shorter than the API accepts. */
function NewPasswordInput({ placeholder }: { placeholder?: string }) {
  return (
    <input
      name="password"
      type="password"
      autoComplete="new-password"
      required
      minLength={minimumPasswordLength}
      placeholder={placeholder}
      className={fieldClass}
    />
  );
}

export function SetPasswordForm({
  csrfToken,
  userId,
  userName,
}: {
  csrfToken: string;
  userId: number;
  userName: string;
}) {
  const [state, action, pending] = useActionState(setUserPasswordAction, initial);
  return (
    <form action={action} className="flex flex-wrap items-center justify-end gap-2">
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="id" value={userId} />
      <label className="w-64">
        <span className="sr-only">New password for {userName}</span>
        <NewPasswordInput placeholder={`New password, ${minimumPasswordLength}+ characters`} />
      </label>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        Set password
      </button>
      <Outcome state={state} success="Password set; their sessions have ended." />
    </form>
  );
}

export function CreateApiKeyForm({ csrfToken }: { csrfToken: string }) {
  const [state, action, pending] = useActionState(createApiKeyAction, initial);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <label className="block text-sm font-medium">
        Name (what uses the key)
        <input name="name" required className={fieldClass} />
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="scopes" value="OBSERVATIONS_WRITE" defaultChecked />
        Import observations (<code>POST /import</code>)
      </label>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        Create key
      </button>
      <Outcome state={state} success="Key created." />
      {state.secret ? (
        <div role="status" className="rounded border border-warn p-3 text-sm">
          <p className="font-semibold">
            Copy the key now: it is shown this once and cannot be read again.
          </p>
          <code
            data-testid="api-key-secret"
            className="mt-2 block break-all rounded bg-surface p-2 text-xs"
          >
            {state.secret}
          </code>
        </div>
      ) : null}
    </form>
  );
}
