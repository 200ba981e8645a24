'use client';

import { useActionState } from 'react';
import { fieldClass, primaryButtonClass } from '@/modules/studio/ui/styles';
import { saveMetadataAction, type MetadataFormState, type MetadataKind } from '../actions';
import { FormError } from '@/modules/studio/ui/form-error';

export interface MetadataField {
  name: string;
  label: string;
  value: string;
  /** `hidden` carries a value the form sends back unchanged, such as the version it was loaded at. */
  kind?: 'text' | 'textarea' | 'number' | 'select' | 'hidden';
  options?: { value: string; label: string }[];
  required?: boolean;
}

/** The form of one record's metadata; the API checks every field and names what is wrong. */
export function MetadataForm({
  kind,
  code,
  fields,
  csrfToken,
}: {
  kind: MetadataKind;
  code: string;
  fields: MetadataField[];
  csrfToken: string;
}) {
  const [state, action, pending] = useActionState<MetadataFormState, FormData>(saveMetadataAction, {
    error: null,
    saved: false,
  });
  return (
    <form action={action} className="max-w-2xl space-y-4">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="csrfToken" value={csrfToken} />
      {fields.map((field) =>
        field.kind === 'hidden' ? (
          <input key={field.name} type="hidden" name={field.name} value={field.value} />
        ) : (
          <label key={field.name} className="block text-sm font-medium">
            {field.label}
            {field.kind === 'textarea' ? (
              <textarea
                name={field.name}
                defaultValue={field.value}
                rows={4}
                required={field.required}
                className={fieldClass}
              />
            ) : field.kind === 'select' ? (
              <select name={field.name} defaultValue={field.value} className={fieldClass}>
                {field.options?.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                name={field.name}
                type={field.kind === 'number' ? 'number' : 'text'}
                step={field.kind === 'number' ? 'any' : undefined}
                defaultValue={field.value}
                required={field.required}
                className={fieldClass}
              />
            )}
          </label>
        ),
      )}
      {state.error ? (
        <FormError error={state.error} />
      ) : state.saved ? (
        <p role="status" className="rounded border border-line px-3 py-2 text-sm">
          Saved. The change is in the audit log.
        </p>
      ) : null}
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? 'Saving…' : 'Save'}
      </button>
    </form>
  );
}
