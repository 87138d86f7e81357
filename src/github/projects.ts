/**
 * Projects (v2) gateway (GraphQL). GITHUB_TOKEN can never reach Projects (v2), so these calls take the client
 * built from the `project-token` input; every refusal is turned into a message naming the token to create.
 */
import type { GitHub } from './client.ts';
import { GitHubActionError, isForbidden, isNotFound } from './errors.ts';
import addItemDoc from './graphql/AddProjectItem.graphql';
import organizationProjectDoc from './graphql/OrganizationProject.graphql';
import itemFieldValuesDoc from './graphql/ProjectItemFieldValues.graphql';
import setFieldDoc from './graphql/SetProjectFieldValue.graphql';
import userProjectDoc from './graphql/UserProject.graphql';
import type { WriteGateway } from './writes.ts';

export interface ProjectRef {
  ownerType: 'organization' | 'user';
  owner: string;
  number: number;
  url: string;
}

export interface ProjectField {
  id: string;
  name: string;
  /** TEXT, NUMBER, DATE, SINGLE_SELECT, ITERATION, TITLE, ASSIGNEES, … */
  dataType: string;
  options: { id: string; name: string }[];
}

export interface Project {
  id: string;
  title: string;
  url: string;
  fields: ProjectField[];
}

export type FieldValue =
  | { text: string }
  | { number: number }
  | { date: string }
  | { singleSelectOptionId: string };

/** Raised when the board cannot be reached with the token given; `message` says what token to create. */
export class ProjectAccessError extends GitHubActionError {
  override name = 'ProjectAccessError';
}

export function parseProjectUrl(url: string): ProjectRef {
  const match = /^https?:\/\/[^/]+\/(orgs|users)\/([^/]+)\/projects\/(\d+)\/?$/.exec(url.trim());
  if (!match?.[2] || !match[3]) {
    throw new GitHubActionError(
      `project.url "${url}" is not a Projects (v2) URL; it looks like https://github.com/orgs/acme/projects/1 .`,
    );
  }
  return {
    ownerType: match[1] === 'orgs' ? 'organization' : 'user',
    owner: decodeURIComponent(match[2]),
    number: Number(match[3]),
    url: url.trim(),
  };
}

/** What to create, in words a maintainer can follow, for an organization or a user board. */
export function projectTokenAdvice(ref: ProjectRef): string {
  const how =
    ref.ownerType === 'organization'
      ? `a fine-grained personal access token with resource owner "${ref.owner}" and the organization permission ` +
        '"Projects: Read and write" (plus "Issues: Read" on this repository), or a GitHub App installation token ' +
        'with the same permissions'
      : 'a classic personal access token with the `project` scope (user-owned boards do not accept fine-grained tokens)';
  return (
    `Create ${how}, store it as a repository secret (e.g. RELEASE_RETRO_PROJECT_TOKEN) and pass it as ` +
    '`project-token: ${{ secrets.RELEASE_RETRO_PROJECT_TOKEN }}`.'
  );
}

/** The error for a run that has a board configured but no project-token. */
export function missingProjectToken(ref: ProjectRef): ProjectAccessError {
  return new ProjectAccessError(
    `The project board ${ref.url} cannot be updated: GITHUB_TOKEN cannot reach Projects (v2), and no ` +
      `project-token was given. ${projectTokenAdvice(ref)}`,
  );
}

function explainProjectError(error: unknown, ref: ProjectRef, doing: string): Error {
  if (isForbidden(error)) {
    return new ProjectAccessError(
      `GitHub refused to ${doing} on ${ref.url} ("Resource not accessible by integration" or a missing scope): ` +
        `the project-token cannot write to this board. ${projectTokenAdvice(ref)}`,
      { cause: error },
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

interface RawField {
  id?: string;
  name?: string;
  dataType?: string;
  options?: { id: string; name: string }[];
}

/** Reads the board and its fields once per run. A board that does not exist (or is invisible) says so. */
export async function getProject(github: GitHub, ref: ProjectRef): Promise<Project> {
  type Data = Record<
    'organization' | 'user',
    | {
        projectV2: { id: string; title: string; url: string; fields: { nodes: (RawField | null)[] } } | null;
      }
    | null
    | undefined
  >;
  let data: Data;
  try {
    data = await github.graphql<Data>(
      ref.ownerType === 'organization' ? organizationProjectDoc : userProjectDoc,
      {
        login: ref.owner,
        number: ref.number,
      },
    );
  } catch (error) {
    if (isNotFound(error)) {
      throw new ProjectAccessError(
        `The project board ${ref.url} was not found, or the project-token cannot see it. Check project.url, ` +
          `and that the token's owner can open the board. ${projectTokenAdvice(ref)}`,
        { cause: error },
      );
    }
    throw explainProjectError(error, ref, 'read the project board');
  }
  const project = data[ref.ownerType]?.projectV2;
  if (!project) {
    throw new ProjectAccessError(
      `The project board ${ref.url} was not found, or the project-token cannot see it. ${projectTokenAdvice(ref)}`,
    );
  }
  const fields = project.fields.nodes.flatMap((f) =>
    f?.id && f.name
      ? [{ id: f.id, name: f.name, dataType: f.dataType ?? 'UNKNOWN', options: f.options ?? [] }]
      : [],
  );
  return { id: project.id, title: project.title, url: project.url, fields };
}

/** Adds an issue to the board. GitHub answers with the existing item when it is already there. */
export async function addProjectItem(
  github: GitHub,
  writes: WriteGateway,
  ref: ProjectRef,
  input: { projectId: string; contentId: string; label: string },
): Promise<string> {
  return writes.write(
    { action: 'add to project', target: ref.url, summary: input.label },
    async () => {
      try {
        const data = await github.graphql<{ addProjectV2ItemById: { item: { id: string } } }>(addItemDoc, {
          projectId: input.projectId,
          contentId: input.contentId,
        });
        return data.addProjectV2ItemById.item.id;
      } catch (error) {
        throw explainProjectError(error, ref, `add ${input.label}`);
      }
    },
    'DRY_RUN_PROJECT_ITEM',
  );
}

export async function setProjectField(
  github: GitHub,
  writes: WriteGateway,
  ref: ProjectRef,
  input: { projectId: string; itemId: string; field: ProjectField; value: FieldValue; label: string },
): Promise<void> {
  await writes.write(
    {
      action: 'set project field',
      target: ref.url,
      summary: `${input.label}: ${input.field.name} = ${JSON.stringify(input.value)}`,
    },
    async () => {
      try {
        await github.graphql(setFieldDoc, {
          projectId: input.projectId,
          itemId: input.itemId,
          fieldId: input.field.id,
          value: input.value,
        });
      } catch (error) {
        throw explainProjectError(error, ref, `set ${input.field.name} of ${input.label}`);
      }
    },
    undefined,
  );
}

/**
 * The ids of the fields that already have a value on an item. Finalize fills in empty fields only, so a
 * re-run never moves a card someone has already moved (Status "In progress" stays).
 */
export async function filledFields(github: GitHub, ref: ProjectRef, itemId: string): Promise<Set<string>> {
  type Value = { field?: { id?: string } | null } | null;
  let data: { node: { fieldValues?: { nodes: Value[] } } | null };
  try {
    data = await github.graphql(itemFieldValuesDoc, { id: itemId });
  } catch (error) {
    throw explainProjectError(error, ref, 'read the fields of a project item');
  }
  const ids = (data.node?.fieldValues?.nodes ?? []).flatMap((v) => (v?.field?.id ? [v.field.id] : []));
  return new Set(ids);
}

/** A field by name, case-insensitively. */
export function findField(project: Project, name: string): ProjectField | undefined {
  const key = name.trim().toLowerCase();
  return key ? project.fields.find((f) => f.name.toLowerCase() === key) : undefined;
}

/** A single-select option by name, case-insensitively; `aliases` are tried in order after `name`. */
export function findOption(
  field: ProjectField,
  name: string,
  aliases: readonly string[] = [],
): string | undefined {
  for (const candidate of [name, ...aliases]) {
    const key = candidate.trim().toLowerCase();
    const found = field.options.find((o) => o.name.trim().toLowerCase() === key);
    if (found) return found.id;
  }
  return undefined;
}
