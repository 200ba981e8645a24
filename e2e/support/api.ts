/** Asks the stack's GraphQL API directly, to check what pages show against what the API answers. */
export class AtlasApi {
  constructor(private readonly apiUrl: string) {}

  async query<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const payload = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (payload.errors?.length || !payload.data) {
      throw new Error(`API error: ${payload.errors?.[0]?.message ?? `HTTP ${response.status}`}`);
    }
    return payload.data;
  }
}
