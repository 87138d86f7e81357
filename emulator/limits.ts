/**
 * GitHub's body limit: issue, pull request, comment and discussion bodies hold at most 65,536 characters
 * (https://github.com/orgs/community/discussions/27190; the API answers 422 "body is too long (maximum is 65536
 * characters)" on REST and an UNPROCESSABLE "Body is too long" on GraphQL). Characters, not UTF-16 units.
 */
export const MAX_BODY_CHARACTERS = 65_536;

export function bodyTooLong(body: string | null | undefined): boolean {
  if (!body || body.length <= MAX_BODY_CHARACTERS) return false;
  return [...body].length > MAX_BODY_CHARACTERS;
}

export const BODY_TOO_LONG = `body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)`;
