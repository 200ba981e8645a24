import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { stringify } from 'csv-stringify/sync';
import { readStack } from '../../support/stack';
import { test } from '../../support/fixtures';
import { e2eAdmin, e2eEditor, expect, signIn, signOut, studioJourneys } from './studio-support';

// These journeys change the shared database one after another (desktop project only).
const studioDb = studioJourneys();

// An indicator whose description no other test reads, so that changing it for a moment disturbs nothing.
const indicator = 'storage_capacity_eb';

function studioNav(page: Page) {
  return page.getByRole('navigation', { name: 'Studio' });
}

/** Opens an indicator's metadata form from the studio's data overview. */
async function openIndicatorForm(page: Page, name: string): Promise<void> {
  await studioNav(page).getByRole('link', { name: 'Data' }).click();
  await expect(page.getByRole('heading', { name: 'Data', level: 1 })).toBeVisible();
  await page
    .getByRole('region', { name: /^Indicators/ })
    .getByRole('link', { name, exact: true })
    .click();
  await expect(page).toHaveURL(`/studio/data/indicators/${indicator}`);
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

async function saveDescription(page: Page, description: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Description', exact: true }).fill(description);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Saved. The change is in the audit log.');
}

test('an editor changes an indicator description, readers see it, and the audit log records who changed what', async ({
  page,
}) => {
  test.slow();
  const original = await studioDb().indicator(indicator);
  const changed = `${original.description} Changed in the studio at ${Date.now()}.`;
  let restored = false;
  try {
    await signIn(page, e2eEditor);
    // Editors have no link to the audit log, and the address sends them back to the articles.
    await expect(studioNav(page).getByRole('link', { name: 'Audit log' })).toHaveCount(0);
    await page.goto('/studio/audit');
    await expect(page).toHaveURL(/\/studio$/);
    await expect(page.getByRole('heading', { name: 'Articles', level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Audit log' })).toHaveCount(0);

    await openIndicatorForm(page, original.name);
    await expect(page.getByRole('textbox', { name: 'Description', exact: true })).toHaveValue(
      original.description,
    );
    await saveDescription(page, changed);
    // Only the description changed; the fields sent along unchanged stay as they were.
    expect(await studioDb().indicator(indicator)).toEqual({ ...original, description: changed });

    await page.goto(`/indicators/${indicator}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(original.name);
    await expect(page.getByText(changed, { exact: true })).toBeVisible();

    await page.goto('/studio');
    await signOut(page);
    await signIn(page, e2eAdmin);
    await studioNav(page).getByRole('link', { name: 'Audit log' }).click();
    await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
    await page.getByLabel('Kind of record').fill('Indicator');
    await page.getByLabel('Record id or code').fill(indicator);
    await page.getByLabel('By (email)').fill(e2eEditor.email);
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/[?&]entityId=storage_capacity_eb(&|$)/);

    // Newest first: the editor's change heads the filtered list.
    const entry = page.getByRole('row').nth(1);
    await expect(entry.getByRole('cell').nth(1)).toHaveText(e2eEditor.name);
    await expect(entry.getByRole('cell').nth(2)).toHaveText('indicator.update');
    await expect(entry.getByRole('cell').nth(3)).toHaveText(`Indicator ${indicator}`);
    await entry.getByText('Show', { exact: true }).click();
    const [before, after] = await entry.locator('pre').allTextContents();
    expect(JSON.parse(before ?? '')).toMatchObject({
      code: indicator,
      description: original.description,
    });
    expect(JSON.parse(after ?? '')).toMatchObject({ code: indicator, description: changed });

    // The admin puts the description back through the same form; readers see the original again.
    await openIndicatorForm(page, original.name);
    await expect(page.getByRole('textbox', { name: 'Description', exact: true })).toHaveValue(
      changed,
    );
    await saveDescription(page, original.description);
    expect(await studioDb().indicator(indicator)).toEqual(original);
    restored = true;

    await page.goto(`/studio/audit?entityType=Indicator&entityId=${indicator}`);
    const restore = page.getByRole('row').nth(1);
    await expect(restore.getByRole('cell').nth(1)).toHaveText(e2eAdmin.name);
    await expect(restore.getByRole('cell').nth(2)).toHaveText('indicator.update');

    await page.goto(`/indicators/${indicator}`);
    await expect(page.getByText(original.description, { exact: true })).toBeVisible();
    await expect(page.getByText(changed)).toHaveCount(0);
  } finally {
    // Leave the shared database as it was even when a step above failed.
    if (!restored) await studioDb().setIndicatorDescription(indicator, original.description);
  }
});

test('an admin creates an API key that imports until it is revoked; editors cannot manage keys', async ({
  page,
}) => {
  test.slow();
  const { apiUrl } = await readStack();
  const name = `e2e studio key ${Date.now()}`;
  // A dry run writes nothing, so the key can be tried on real figures without changing them.
  const figure = await studioDb().anyObservation('dc_count');
  const csv = stringify([
    ['region_code', 'indicator_code', 'period', 'value', 'status', 'source_key', 'note'],
    [
      figure.region,
      'dc_count',
      figure.period,
      String(figure.value + 1),
      figure.status,
      figure.sourceKey ?? '',
      figure.note ?? '',
    ],
  ]);
  const dryRun = (secret?: string) =>
    page.request.post(`${apiUrl}/import?dryRun=true&fileName=e2e-key-check.csv`, {
      headers: {
        'content-type': 'text/csv',
        ...(secret ? { authorization: `Bearer ${secret}` } : {}),
      },
      data: csv,
    });

  await signIn(page, e2eEditor);
  await expect(studioNav(page).getByRole('link', { name: 'Users & keys' })).toHaveCount(0);
  await page.goto('/studio/admin');
  await expect(page).toHaveURL(/\/studio$/);
  await expect(page.getByRole('heading', { name: 'Articles', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'API keys' })).toHaveCount(0);
  await signOut(page);

  await signIn(page, e2eAdmin);
  await studioNav(page).getByRole('link', { name: 'Users & keys' }).click();
  await expect(page.getByRole('heading', { name: 'API keys', level: 2 })).toBeVisible();
  // The table lists the accounts; the admin's own row offers no buttons to demote or disable it.
  const adminRow = page.getByRole('row').filter({ hasText: e2eAdmin.email });
  await expect(adminRow).toHaveCount(1);
  await expect(adminRow.getByRole('button')).toHaveCount(0);
  await expect(
    page.getByRole('row').filter({ hasText: e2eEditor.email }).getByRole('button', {
      name: 'Make admin',
    }),
  ).toBeVisible();

  await page.getByLabel('Name (what uses the key)').fill(name);
  await expect(page.getByLabel('Import observations (POST /import)')).toBeChecked();
  await page.getByRole('button', { name: 'Create key' }).click();
  await expect(page.getByText('Key created.', { exact: true })).toBeVisible();
  const secretText = page.getByTestId('api-key-secret');
  await expect(secretText).toHaveText(/^atlas_[a-z0-9]{10}_[A-Za-z0-9_-]{43}$/);
  const secret = (await secretText.textContent()) ?? '';

  // Stored hashed, under the admin's name, with the import scope only.
  const [stored] = await studioDb().apiKeys(name);
  expect(stored).toMatchObject({
    prefix: secret.split('_')[1],
    keyHash: createHash('sha256').update(secret).digest('hex'),
    scopes: ['observations:write'],
    createdBy: e2eAdmin.email,
    lastUsedAt: null,
    revokedAt: null,
  });
  const keyRow = page.getByRole('row').filter({ hasText: name });
  await expect(keyRow).toContainText(`atlas_${stored?.prefix}_…`);
  await expect(keyRow).toContainText('never');

  // Shown once: the page no longer holds the secret once reloaded.
  await page.reload();
  await expect(page.getByTestId('api-key-secret')).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);

  expect((await dryRun()).status()).toBe(401);
  const accepted = await dryRun(secret);
  expect(accepted.status(), await accepted.text()).toBe(200);
  expect(await accepted.json()).toMatchObject({
    committed: false,
    rowCount: 1,
    changed: 1,
    invalid: 0,
  });
  expect((await studioDb().anyObservation('dc_count')).value).toBe(figure.value);
  expect((await studioDb().apiKeys(name))[0]?.lastUsedAt).not.toBeNull();
  await page.reload();
  await expect(keyRow).not.toContainText('never');

  await keyRow.getByRole('button', { name: 'Revoke' }).click();
  await expect(keyRow).toContainText(/revoked /);
  await expect(keyRow.getByRole('button', { name: 'Revoke' })).toHaveCount(0);
  expect((await studioDb().apiKeys(name))[0]?.revokedAt).not.toBeNull();

  const refused = await dryRun(secret);
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });

  // Both steps are in the audit log, under the admin's name.
  await page.goto(
    `/studio/audit?entityType=ApiKey&actorEmail=${encodeURIComponent(e2eAdmin.email)}`,
  );
  await expect(page.getByRole('row').nth(1).getByRole('cell').nth(2)).toHaveText('apiKey.revoke');
  await expect(page.getByRole('row').nth(2).getByRole('cell').nth(2)).toHaveText('apiKey.create');
});

test('an admin sets a new password for an editor, who signs in with it and not the old one; the audit log shows the sign-in and sign-out', async ({
  page,
}) => {
  test.slow();
  // An account of its own: ending the shared editor's sessions would disturb journeys running beside.
  const editor = {
    ...e2eEditor,
    email: 'e2e-password-reset@example.org',
    name: 'E2E Password Reset',
  };
  await studioDb().ensureAccount(editor);
  const newPassword = `reset-${Date.now()}`;

  await signIn(page, e2eAdmin);
  await studioNav(page).getByRole('link', { name: 'Users & keys' }).click();
  const row = page.getByRole('row').filter({ hasText: editor.email });
  const passwordField = row.getByLabel(`New password for ${editor.name}`);
  await expect(passwordField).toHaveAttribute('autocomplete', 'new-password');
  await passwordField.fill(newPassword);
  await row.getByRole('button', { name: 'Set password' }).click();
  await expect(row.getByRole('status')).toHaveText('Password set; their sessions have ended.');
  await signOut(page);

  await page.getByLabel('Email').fill(editor.email);
  await page.getByLabel('Password').fill(editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Wrong email or password.', { exact: true })).toBeVisible();
  await signIn(page, { email: editor.email, password: newPassword });
  await signOut(page);

  // The sign-in and sign-out are in the audit log, newest first, under the editor's name.
  await signIn(page, e2eAdmin);
  await page.goto(`/studio/audit?action=auth.&actorEmail=${encodeURIComponent(editor.email)}`);
  const [signedOut, signedIn] = [page.getByRole('row').nth(1), page.getByRole('row').nth(2)];
  await expect(signedOut.getByRole('cell').nth(1)).toHaveText(editor.name);
  await expect(signedOut.getByRole('cell').nth(2)).toHaveText('auth.sign-out');
  await expect(signedIn.getByRole('cell').nth(2)).toHaveText('auth.sign-in');
});
