/**
 * The X-Forwarded-For to send the API for a studio request: only the last entry of the one
 * received, the address the nearest proxy saw. Next.js keeps a header the client sent and adds
 * the peer's address only when there is none, so earlier entries are whatever the client
 * claimed; behind a balancer that appends its peer (nginx's `$proxy_add_x_forwarded_for`),
 * the last entry is the real client, which the API then throttles sign-ins by.
 */
export function clientAddressHeader(forwardedFor: string | null): Record<string, string> {
  const nearest = forwardedFor?.split(',').at(-1)?.trim();
  return nearest ? { 'x-forwarded-for': nearest } : {};
}
