/**
 * Projects (v2). GITHUB_TOKEN cannot reach them: like GitHub, an installation token gets FORBIDDEN
 * "Resource not accessible by integration"; a scenario grants access with a PAT flagged `projects`.
 */
import { INTEGRATION_FORBIDDEN } from '../auth.ts';
import { WEB } from '../rest/serialize.ts';
import type { Project, ProjectField, ProjectFieldValue, ProjectItem } from '../types.ts';
import { actorView } from './common.ts';
import { connection, forbidden, type GqlCtx, notFound, type PageArgs, type View } from './context.ts';
import { issueView, pullView } from './repository.ts';

export function requireProjects(ctx: GqlCtx): void {
  if (ctx.token.kind === 'installation') throw forbidden(INTEGRATION_FORBIDDEN);
  if (!ctx.token.projects) {
    throw forbidden(
      "Your token has not been granted the required scopes to execute this query. The 'project' field requires one of the following scopes: ['read:project'].",
    );
  }
}

export function ownerView(ctx: GqlCtx, login: string, kind: 'Organization' | 'User'): View {
  const owner = ctx.state.user(login);
  if (!owner || (kind === 'Organization') !== (owner.type === 'Organization')) {
    throw notFound(
      `Could not resolve to ${kind === 'Organization' ? 'an Organization' : 'a User'} with the login of '${login}'.`,
    );
  }
  const base = actorView(ctx, owner.login) as View;
  return {
    ...base,
    __typename: kind,
    projectV2: ({ number }: { number: number }) => {
      requireProjects(ctx);
      const p = ctx.state.projects.find(
        (x) => x.owner.toLowerCase() === owner.login.toLowerCase() && x.number === number,
      );
      if (!p) throw notFound(`Could not resolve to a ProjectV2 with the number ${number}.`);
      return projectView(ctx, p);
    },
    projectsV2: (args: PageArgs) => {
      requireProjects(ctx);
      return connection(
        ctx.state.projects.filter((x) => x.owner.toLowerCase() === owner.login.toLowerCase()),
        args,
        (p) => projectView(ctx, p),
      );
    },
  };
}

export function projectView(ctx: GqlCtx, p: Project): View {
  const fields = () => ctx.state.projectFields.filter((f) => f.projectId === p.id);
  return {
    __typename: 'ProjectV2',
    id: p.nodeId,
    databaseId: p.id,
    number: p.number,
    title: p.title,
    closed: p.closed,
    public: false,
    url: `${WEB}/${p.ownerType === 'Organization' ? 'orgs' : 'users'}/${p.owner}/projects/${p.number}`,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    shortDescription: null,
    fields: (args: PageArgs) => connection(fields(), args, (f) => fieldView(ctx, f)),
    field: ({ name }: { name: string }) => {
      const f = fields().find((x) => x.name === name);
      return f ? fieldView(ctx, f) : null;
    },
    items: (args: PageArgs) =>
      connection(
        ctx.state.projectItems.filter((i) => i.projectId === p.id),
        args,
        (i) => itemView(ctx, i),
      ),
  };
}

export function fieldView(_ctx: GqlCtx, f: ProjectField): View {
  const common = {
    id: f.nodeId,
    databaseId: f.id,
    name: f.name,
    dataType: f.dataType,
    createdAt: f.createdAt,
    updatedAt: f.createdAt,
  };
  if (f.dataType === 'SINGLE_SELECT') {
    return {
      __typename: 'ProjectV2SingleSelectField',
      ...common,
      options: ({ names }: { names?: string[] }) =>
        f.options
          .filter((o) => !names || names.includes(o.name))
          .map((o) => ({
            __typename: 'ProjectV2SingleSelectFieldOption',
            ...o,
            nameHTML: o.name,
            descriptionHTML: o.description,
          })),
    };
  }
  if (f.dataType === 'ITERATION') {
    return {
      __typename: 'ProjectV2IterationField',
      ...common,
      configuration: {
        __typename: 'ProjectV2IterationFieldConfiguration',
        duration: 14,
        startDay: 1,
        iterations: f.iterations.map((i) => ({
          __typename: 'ProjectV2IterationFieldIteration',
          ...i,
          titleHTML: i.title,
        })),
        completedIterations: [],
      },
    };
  }
  return { __typename: 'ProjectV2Field', ...common };
}

function valueView(ctx: GqlCtx, field: ProjectField, v: ProjectFieldValue, item: ProjectItem): View | null {
  const base = {
    field: fieldView(ctx, field),
    updatedAt: v.updatedAt,
    createdAt: v.updatedAt,
    id: `PVTFV_${item.id}_${field.id}`,
  };
  switch (field.dataType) {
    case 'TEXT':
      return { __typename: 'ProjectV2ItemFieldTextValue', ...base, text: v.text ?? null };
    case 'NUMBER':
      return { __typename: 'ProjectV2ItemFieldNumberValue', ...base, number: v.number ?? null };
    case 'DATE':
      return { __typename: 'ProjectV2ItemFieldDateValue', ...base, date: v.date ?? null };
    case 'SINGLE_SELECT': {
      const option = field.options.find((o) => o.id === v.singleSelectOptionId);
      return option
        ? {
            __typename: 'ProjectV2ItemFieldSingleSelectValue',
            ...base,
            optionId: option.id,
            name: option.name,
            color: option.color,
            description: option.description,
          }
        : null;
    }
    case 'ITERATION': {
      const it = field.iterations.find((i) => i.id === v.iterationId);
      return it
        ? {
            __typename: 'ProjectV2ItemFieldIterationValue',
            ...base,
            iterationId: it.id,
            title: it.title,
            startDate: it.startDate,
            duration: it.duration,
          }
        : null;
    }
    default:
      return null;
  }
}

export function itemView(ctx: GqlCtx, item: ProjectItem): View {
  const project = ctx.state.projects.find((p) => p.id === item.projectId) as Project;
  const content = () => {
    if (item.contentType === 'Issue') {
      const issue = ctx.state.issues.find((i) => i.id === item.contentId);
      return issue ? issueView(ctx, issue) : null;
    }
    const pull = ctx.state.pulls.find((p) => p.id === item.contentId);
    return pull ? pullView(ctx, pull) : null;
  };
  const values = () => {
    const title = (content()?.title as string | undefined) ?? '';
    const titleField = ctx.state.projectFields.find(
      (f) => f.projectId === project.id && f.dataType === 'TITLE',
    );
    const out: View[] = [];
    if (titleField) {
      out.push({
        __typename: 'ProjectV2ItemFieldTextValue',
        field: fieldView(ctx, titleField),
        text: title,
        id: `PVTFV_${item.id}_${titleField.id}`,
        updatedAt: item.updatedAt,
        createdAt: item.createdAt,
      });
    }
    for (const v of ctx.state.projectFieldValues.filter((x) => x.itemId === item.id)) {
      const field = ctx.state.projectFields.find((f) => f.id === v.fieldId);
      const view = field ? valueView(ctx, field, v, item) : null;
      if (view) out.push(view);
    }
    return out;
  };
  return {
    __typename: 'ProjectV2Item',
    id: item.nodeId,
    databaseId: item.id,
    type: item.contentType === 'Issue' ? 'ISSUE' : 'PULL_REQUEST',
    isArchived: false,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    creator: actorView(ctx, item.creator),
    project: () => projectView(ctx, project),
    content,
    fieldValues: (args: PageArgs) => connection(values(), args, (v) => v),
    fieldValueByName: ({ name }: { name: string }) =>
      values().find((v) => (v.field as View).name === name) ?? null,
  };
}
