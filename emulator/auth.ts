/** Who is calling, and whether they may: GitHub's token and repository-role rules, as far as the action needs. */
import { HttpError, notFound } from './http.ts';
import type { EmulatorState } from './state.ts';
import type { Repo, Role, Token, User } from './types.ts';

export const INTEGRATION_FORBIDDEN = 'Resource not accessible by integration';

export type AuthResult =
  | { ok: true; token: Token; viewer: User }
  | { ok: false; status: 401; message: string };

/** `Authorization: token X` and `Bearer X` are both accepted, as on GitHub. */
export function authenticate(state: EmulatorState, header: string | undefined): AuthResult {
  if (!header) return { ok: false, status: 401, message: 'Requires authentication' };
  const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
  const token = m ? state.tokens.find((t) => t.token === m[1]) : undefined;
  const viewer = token ? state.user(token.login) : undefined;
  if (!token || !viewer) return { ok: false, status: 401, message: 'Bad credentials' };
  return { ok: true, token, viewer };
}

/**
 * Throws GitHub's refusal when the caller lacks `needed` on the repo: an integration gets
 * "Resource not accessible by integration"; a user who cannot even see a private repo gets 404;
 * any other user gets GitHub's "Must have admin rights to Repository." (its message for most writes).
 */
export function requireRole(
  state: EmulatorState,
  token: Token,
  viewer: User,
  repo: Repo,
  needed: Role,
): void {
  if (state.hasRole(repo, viewer.login, needed)) return;
  if (token.kind === 'installation') throw new HttpError(403, INTEGRATION_FORBIDDEN);
  if (repo.private && !state.role(repo, viewer.login)) throw notFound();
  throw new HttpError(403, 'Must have admin rights to Repository.');
}

/** Read access: any role, or anyone at all on a public repository. */
export function canRead(state: EmulatorState, viewer: User, repo: Repo): boolean {
  return !repo.private || state.role(repo, viewer.login) !== null;
}

/** Users GitHub lets you assign: people with a role on the repository (bots are never assignable). */
export function isAssignable(state: EmulatorState, repo: Repo, login: string): boolean {
  const user = state.user(login);
  return !!user && user.type === 'User' && state.role(repo, user.login) !== null;
}
