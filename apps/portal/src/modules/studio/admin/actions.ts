'use server';

import { revalidatePath } from 'next/cache';
import type { ApiKeyScope, UserRole } from '@/gql/graphql';
import { ApiError } from '@/lib/api/client';
import { studioRequest } from '@/modules/studio/auth/lib/studio-request';
import {
  CreateApiKeyMutation,
  CreateUserMutation,
  RevokeApiKeyMutation,
  UpdateUserMutation,
} from './lib/documents';

export interface AdminFormState {
  error: string | null;
  /** A new API key's secret, shown once. */
  secret: string | null;
  done: boolean;
}

async function attempt(run: () => Promise<string | null>): Promise<AdminFormState> {
  try {
    const secret = await run();
    revalidatePath('/studio/admin');
    return { error: null, secret, done: true };
  } catch (error) {
    if (error instanceof ApiError) return { error: error.message, secret: null, done: false };
    throw error;
  }
}

function field(form: FormData, name: string): string {
  return String(form.get(name) ?? '');
}

export async function createUserAction(
  _previous: AdminFormState,
  form: FormData,
): Promise<AdminFormState> {
  return attempt(async () => {
    const input = {
      email: field(form, 'email'),
      name: field(form, 'name'),
      role: field(form, 'role') as UserRole,
      password: field(form, 'password'),
    };
    await studioRequest(CreateUserMutation, { input }, field(form, 'csrfToken'));
    return null;
  });
}

/** Role changes and enabling or disabling, from the buttons of the users table. */
export async function updateUserAction(form: FormData): Promise<void> {
  const change = field(form, 'change');
  const input =
    change === 'disable'
      ? { disabled: true }
      : change === 'enable'
        ? { disabled: false }
        : { role: change as UserRole };
  await studioRequest(
    UpdateUserMutation,
    { id: Number(field(form, 'id')), input },
    field(form, 'csrfToken'),
  );
  revalidatePath('/studio/admin');
}

/** A new password from an admin; the API ends the person's sessions. */
export async function setUserPasswordAction(
  _previous: AdminFormState,
  form: FormData,
): Promise<AdminFormState> {
  return attempt(async () => {
    await studioRequest(
      UpdateUserMutation,
      { id: Number(field(form, 'id')), input: { password: field(form, 'password') } },
      field(form, 'csrfToken'),
    );
    return null;
  });
}

export async function createApiKeyAction(
  _previous: AdminFormState,
  form: FormData,
): Promise<AdminFormState> {
  return attempt(async () => {
    const scopes = form.getAll('scopes').map(String) as ApiKeyScope[];
    const { createApiKey } = await studioRequest(
      CreateApiKeyMutation,
      { name: field(form, 'name'), scopes },
      field(form, 'csrfToken'),
    );
    return createApiKey.secret;
  });
}

export async function revokeApiKeyAction(form: FormData): Promise<void> {
  await studioRequest(
    RevokeApiKeyMutation,
    { id: Number(field(form, 'id')) },
    field(form, 'csrfToken'),
  );
  revalidatePath('/studio/admin');
}
