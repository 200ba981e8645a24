import { formatTime } from '@/modules/studio/ui/format-time';
import { StudioTable } from '@/modules/studio/ui/studio-table';
import { dangerButtonClass, secondaryButtonClass } from '@/modules/studio/ui/styles';
import { requireAdminSession } from '@/modules/studio/auth/lib/session';
import { studioRequest } from '@/modules/studio/auth/lib/studio-request';
import { revokeApiKeyAction, updateUserAction } from './actions';
import { CreateApiKeyForm, CreateUserForm, SetPasswordForm } from './components/admin-forms';
import { UsersAndKeysQuery } from './lib/documents';

export async function AdminPage() {
  const session = await requireAdminSession();
  const { users, apiKeys } = await studioRequest(UsersAndKeysQuery, {});
  const hidden = <input type="hidden" name="csrfToken" value={session.csrfToken} />;
  return (
    <div className="space-y-12">
      <section aria-labelledby="users">
        <h1 id="users" className="text-2xl font-bold tracking-tight">
          Users
        </h1>
        <StudioTable columns={['Name', 'Email', 'Role', 'Since', '']} className="mt-4">
          {users.map((user) => (
            <tr
              key={user.id}
              className={`border-b border-line ${user.disabled ? 'text-muted' : ''}`}
            >
              <td className="py-2">{user.name}</td>
              <td className="py-2">{user.email}</td>
              <td className="py-2">
                {user.role.toLowerCase()}
                {user.disabled ? ' (disabled)' : ''}
              </td>
              <td className="py-2">{formatTime(user.createdAt)}</td>
              <td className="space-y-2 py-2">
                {user.id === session.user.id ? null : (
                  <>
                    <form action={updateUserAction} className="flex justify-end gap-2">
                      {hidden}
                      <input type="hidden" name="id" value={user.id} />
                      <button
                        type="submit"
                        name="change"
                        value={user.role === 'ADMIN' ? 'EDITOR' : 'ADMIN'}
                        className={secondaryButtonClass}
                      >
                        Make {user.role === 'ADMIN' ? 'editor' : 'admin'}
                      </button>
                      <button
                        type="submit"
                        name="change"
                        value={user.disabled ? 'enable' : 'disable'}
                        className={dangerButtonClass}
                      >
                        {user.disabled ? 'Enable' : 'Disable'}
                      </button>
                    </form>
                    <SetPasswordForm
                      csrfToken={session.csrfToken}
                      userId={user.id}
                      userName={user.name}
                    />
                  </>
                )}
              </td>
            </tr>
          ))}
        </StudioTable>
        <h2 className="mt-6 mb-3 font-semibold">Add a user</h2>
        <CreateUserForm csrfToken={session.csrfToken} />
      </section>

      <section aria-labelledby="api-keys">
        <h2 id="api-keys" className="text-2xl font-bold tracking-tight">
          API keys
        </h2>
        <p className="mt-1 text-sm text-muted">
          Machine clients send <code>Authorization: Bearer &lt;key&gt;</code> to{' '}
          <code>POST /import</code> with a CSV body.
        </p>
        <StudioTable
          columns={['Name', 'Prefix', 'Scopes', 'Created', 'Last used', '']}
          className="mt-4"
        >
          {apiKeys.map((key) => (
            <tr
              key={key.id}
              className={`border-b border-line ${key.revokedAt ? 'text-muted line-through' : ''}`}
            >
              <td className="py-2">{key.name}</td>
              <td className="py-2 font-mono text-xs">atlas_{key.prefix}_…</td>
              <td className="py-2 font-mono text-xs">{key.scopes.join(', ').toLowerCase()}</td>
              <td className="py-2">
                {formatTime(key.createdAt)} by {key.createdBy.name}
              </td>
              <td className="py-2">{key.lastUsedAt ? formatTime(key.lastUsedAt) : 'never'}</td>
              <td className="py-2 text-right">
                {key.revokedAt ? (
                  `revoked ${formatTime(key.revokedAt)}`
                ) : (
                  <form action={revokeApiKeyAction}>
                    {hidden}
                    <input type="hidden" name="id" value={key.id} />
                    <button type="submit" className={dangerButtonClass}>
                      Revoke
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </StudioTable>
        <h3 className="mt-6 mb-3 font-semibold">Create a key</h3>
        <div className="max-w-xl">
          <CreateApiKeyForm csrfToken={session.csrfToken} />
        </div>
      </section>
    </div>
  );
}
