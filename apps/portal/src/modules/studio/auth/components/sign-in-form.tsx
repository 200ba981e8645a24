'use client';

import { useActionState } from 'react';
import { fieldClass } from '@/modules/studio/ui/styles';
import { signIn, type SignInState } from '../actions';
import { FormError } from '@/modules/studio/ui/form-error';

export function SignInForm() {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, {
    error: null,
    email: '',
  });
  return (
    <form action={action} className="mt-8 space-y-4">
      <label className="block text-sm font-medium">
        Email
        <input
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          className={fieldClass}
        />
      </label>
      <label className="block text-sm font-medium">
        Password
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={fieldClass}
        />
      </label>
      <FormError error={state.error} />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-accent px-4 py-2 font-semibold text-accent-ink disabled:opacity-60"
      >
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
