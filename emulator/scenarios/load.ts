import { resolveTime } from '../clock.ts';
import { blobSha, EmulatorState, fakeSha, noreplyEmail } from '../state.ts';
import type { Issue, Pull, Repo } from '../types.ts';
import type { IssueSpec, PullSpec, RepoSpec, ScenarioSpec } from './spec.ts';

const DEFAULT_LABEL_COLOR = 'ededed';

/** Turns a declarative scenario into emulator state, resolving relative times against the scenario's `now`. */
export function loadScenario(spec: ScenarioSpec): EmulatorState {
  const state = new EmulatorState();
  const nowMs = Date.parse(spec.now);
  const at = (t: string) => resolveTime(t, nowMs);
  const epoch = at('-400d');

  const addUser = (login: string, type: 'User' | 'Bot' | 'Organization', name: string | null) => {
    if (state.user(login)) return;
    const id = state.nextId();
    const kind = type === 'Bot' ? 'bot' : type === 'Organization' ? 'org' : 'user';
    state.users.push({ id, nodeId: state.nodeId(kind, id), login, type, name, createdAt: epoch });
  };
  for (const u of spec.users) addUser(u.login, u.type ?? 'User', u.name ?? null);
  for (const org of spec.orgs ?? []) {
    addUser(org.login, 'Organization', org.login);
    for (const team of org.teams ?? []) {
      state.teams.push({
        org: org.login,
        slug: team.slug,
        name: team.name ?? team.slug,
        members: [
          ...team.members.map((login) => ({ login, role: 'member' as const })),
          ...(team.maintainers ?? []).map((login) => ({ login, role: 'maintainer' as const })),
        ],
      });
    }
  }
  for (const t of spec.tokens) state.tokens.push({ ...t, projects: t.projects ?? false });

  for (const repoSpec of spec.repos) loadRepo(state, repoSpec, at, epoch);

  for (const p of spec.projects ?? []) {
    const id = state.nextId();
    state.projects.push({
      id,
      nodeId: state.nodeId('project', id),
      owner: p.owner,
      ownerType: p.ownerType,
      number: p.number,
      title: p.title,
      closed: false,
      createdAt: epoch,
      updatedAt: epoch,
    });
    // Every board has a built-in Title field, like on GitHub.
    for (const f of [{ name: 'Title', dataType: 'TITLE' as const }, ...p.fields]) {
      const fid = state.nextId();
      state.projectFields.push({
        id: fid,
        nodeId: state.nodeId('projectField', fid),
        projectId: id,
        name: f.name,
        dataType: f.dataType,
        options: ('options' in f ? (f.options ?? []) : []).map((name, i) => ({
          id: `opt_${fid}_${i}`,
          name,
          color: 'GRAY',
          description: '',
        })),
        iterations: ('iterations' in f ? (f.iterations ?? []) : []).map((title, i) => ({
          id: `it_${fid}_${i}`,
          title,
          startDate: at(`+${i * 14}d`).slice(0, 10),
          duration: 14,
        })),
        createdAt: epoch,
      });
    }
  }
  return state;
}

function loadRepo(state: EmulatorState, spec: RepoSpec, at: (t: string) => string, epoch: string): void {
  const fullName = `${spec.owner}/${spec.name}`;
  const id = state.nextId();
  const repo: Repo = {
    id,
    nodeId: state.nodeId('repo', id),
    owner: spec.owner,
    name: spec.name,
    fullName,
    private: spec.private ?? false,
    defaultBranch: spec.defaultBranch ?? 'main',
    hasDiscussions: spec.hasDiscussions ?? true,
    description: spec.description ?? null,
    createdAt: spec.createdAt ? at(spec.createdAt) : epoch,
    roles: { ...spec.roles },
    settings: { actionsCanCreatePullRequests: false, protectedBranches: [], ...spec.settings },
    nextNumber: 1,
  };
  state.repos.push(repo);

  // Commits: ids are scenario-local names; shas are derived so every run is identical.
  const shaOf = new Map<string, string>();
  const sha = (commitId: string): string => {
    const s = shaOf.get(commitId);
    if (!s) throw new Error(`Scenario ${fullName}: unknown commit id ${commitId}`);
    return s;
  };
  let previous: string | undefined;
  for (const c of spec.commits) {
    const s = fakeSha(fullName, c.id, c.message);
    shaOf.set(c.id, s);
    const when = at(c.at);
    const user = state.user(c.author);
    state.addCommit({
      sha: s,
      repo: fullName,
      message: c.message,
      authorLogin: user ? user.login : null,
      authorName: user?.name ?? c.author,
      authorEmail: noreplyEmail(c.author),
      authoredDate: when,
      committedDate: when,
      parents: c.parents ? c.parents.map(sha) : previous ? [previous] : [],
      ...(c.files ? { files: c.files } : {}),
    });
    previous = s;
  }
  const branches = { ...(spec.branches ?? {}) };
  if (!branches[repo.defaultBranch] && previous) {
    state.refs.push({ repo: fullName, ref: `refs/heads/${repo.defaultBranch}`, sha: previous });
  }
  for (const [name, commitId] of Object.entries(branches)) {
    state.refs.push({ repo: fullName, ref: `refs/heads/${name}`, sha: sha(commitId) });
  }
  for (const t of spec.tags ?? [])
    state.refs.push({ repo: fullName, ref: `refs/tags/${t.name}`, sha: sha(t.commit) });

  for (const l of spec.labels ?? []) {
    const lid = state.nextId();
    state.labels.push({
      id: lid,
      nodeId: state.nodeId('label', lid),
      repo: fullName,
      name: l.name,
      color: l.color ?? DEFAULT_LABEL_COLOR,
      description: l.description ?? null,
    });
  }
  spec.milestones?.forEach((m, i) => {
    const mid = state.nextId();
    state.milestones.push({
      id: mid,
      nodeId: state.nodeId('milestone', mid),
      repo: fullName,
      number: i + 1,
      title: m.title,
      description: m.description ?? null,
      state: m.state ?? 'open',
      dueOn: m.dueOn ? at(m.dueOn) : null,
      creator: spec.owner,
      createdAt: epoch,
      updatedAt: epoch,
      closedAt: m.state === 'closed' ? epoch : null,
    });
  });

  for (const r of spec.releases ?? []) {
    const rid = state.nextId();
    const published = r.draft
      ? null
      : r.publishedAt === undefined
        ? at(r.createdAt)
        : r.publishedAt && at(r.publishedAt);
    state.releases.push({
      id: rid,
      nodeId: state.nodeId('release', rid),
      repo: fullName,
      tagName: r.tag,
      targetCommitish: repo.defaultBranch,
      name: r.name ?? r.tag,
      body: r.body ?? null,
      draft: r.draft ?? false,
      prerelease: r.prerelease ?? false,
      author: r.author,
      createdAt: at(r.createdAt),
      publishedAt: published,
    });
    for (const re of r.reactions ?? []) {
      const reid = state.nextId();
      state.reactions.push({
        id: reid,
        nodeId: state.nodeId('reaction', reid),
        subjectType: 'release',
        subjectId: rid,
        content: re.content,
        user: re.user,
        createdAt: published ?? at(r.createdAt),
      });
    }
  }

  // Issues and pull requests share one number sequence, allotted in creation order like on GitHub.
  const numbered: ({ kind: 'pull'; spec: PullSpec } | { kind: 'issue'; spec: IssueSpec })[] = [
    ...(spec.pulls ?? []).map((p) => ({ kind: 'pull' as const, spec: p })),
    ...(spec.issues ?? []).map((i) => ({ kind: 'issue' as const, spec: i })),
  ];
  numbered.sort((a, b) => Date.parse(at(a.spec.createdAt)) - Date.parse(at(b.spec.createdAt)));
  for (const entry of numbered) {
    if (entry.kind === 'pull') loadPull(state, repo, entry.spec, at, sha);
    else loadIssue(state, repo, entry.spec, at);
  }

  for (const name of spec.environments ?? []) {
    const eid = state.nextId();
    state.environments.push({
      id: eid,
      nodeId: state.nodeId('environment', eid),
      repo: fullName,
      name,
      createdAt: epoch,
    });
  }
  for (const d of spec.deployments ?? []) {
    const did = state.nextId();
    const created = at(d.createdAt);
    const last = d.statuses.at(-1);
    state.deployments.push({
      id: did,
      nodeId: state.nodeId('deployment', did),
      repo: fullName,
      sha: sha(d.commit),
      ref: d.ref,
      environment: d.environment,
      creator: d.creator,
      description: d.description ?? null,
      task: 'deploy',
      createdAt: created,
      updatedAt: last ? at(last.at) : created,
    });
    if (!state.environments.some((e) => e.repo === fullName && e.name === d.environment)) {
      const eid = state.nextId();
      state.environments.push({
        id: eid,
        nodeId: state.nodeId('environment', eid),
        repo: fullName,
        name: d.environment,
        createdAt: epoch,
      });
    }
    for (const s of d.statuses) {
      const sid = state.nextId();
      state.deploymentStatuses.push({
        id: sid,
        nodeId: state.nodeId('deploymentStatus', sid),
        deploymentId: did,
        state: s.state,
        creator: d.creator,
        description: s.description ?? '',
        environment: d.environment,
        createdAt: at(s.at),
      });
    }
  }

  const runNumbers = new Map<string, number>();
  const workflowIds = new Map<string, number>();
  for (const r of spec.workflowRuns ?? []) {
    const rid = state.nextId();
    const path = r.path ?? `.github/workflows/${r.name.toLowerCase().replace(/\W+/g, '-')}.yml`;
    if (!workflowIds.has(path)) workflowIds.set(path, state.nextId());
    // Re-run attempts keep their run number; a fresh run gets the next one.
    const runNumber = (runNumbers.get(path) ?? 0) + ((r.runAttempt ?? 1) > 1 ? 0 : 1);
    runNumbers.set(path, runNumber);
    const created = at(r.createdAt);
    const updated = new Date(Date.parse(created) + (r.durationMinutes ?? 6) * 60_000).toISOString();
    state.workflowRuns.push({
      id: rid,
      nodeId: state.nodeId('run', rid),
      repo: fullName,
      name: r.name,
      path,
      workflowId: workflowIds.get(path) as number,
      runNumber,
      runAttempt: r.runAttempt ?? 1,
      event: r.event,
      headBranch: r.branch,
      headSha: sha(r.commit),
      status: r.status ?? 'completed',
      conclusion: r.conclusion === undefined ? 'success' : r.conclusion,
      actor: r.actor ?? spec.owner,
      createdAt: created,
      updatedAt: updated.replace(/\.\d{3}Z$/, 'Z'),
      runStartedAt: created,
    });
  }

  // A status or check run names its commit by id, or by a tag (what an external monitor reports on).
  const shaOrTag = (ref: string) => shaOf.get(ref) ?? state.resolveSha(fullName, ref) ?? sha(ref);
  for (const c of spec.commitStatuses ?? []) {
    const id = state.nextId();
    const when = at(c.at);
    state.commitStatuses.push({
      id,
      nodeId: state.nodeId('commitStatus', id),
      repo: fullName,
      sha: shaOrTag(c.commit),
      context: c.context,
      state: c.state,
      description: c.description ?? null,
      targetUrl: c.targetUrl ?? null,
      creator: c.creator,
      createdAt: when,
      updatedAt: when,
    });
  }
  for (const r of spec.checkRuns ?? []) {
    const id = state.nextId();
    const status = r.status ?? 'completed';
    state.checkRuns.push({
      id,
      nodeId: state.nodeId('checkRun', id),
      repo: fullName,
      headSha: shaOrTag(r.commit),
      name: r.name,
      app: r.app,
      status,
      conclusion: status === 'completed' ? r.conclusion : null,
      detailsUrl: r.detailsUrl ?? null,
      title: r.title ?? null,
      summary: null,
      startedAt: at(r.startedAt),
      completedAt: status === 'completed' ? at(r.completedAt ?? r.startedAt) : null,
    });
  }

  for (const c of spec.discussionCategories ?? []) {
    const cid = state.nextId();
    state.discussionCategories.push({
      id: cid,
      nodeId: state.nodeId('category', cid),
      repo: fullName,
      name: c.name,
      slug: c.slug,
      emoji: c.emoji ?? ':speech_balloon:',
      description: c.description ?? '',
      isAnswerable: c.isAnswerable ?? false,
      createdAt: epoch,
    });
  }
  for (const d of spec.discussions ?? []) {
    const category = state.discussionCategories.find((c) => c.repo === fullName && c.slug === d.category);
    if (!category) throw new Error(`Scenario ${fullName}: unknown discussion category ${d.category}`);
    const did = state.nextId();
    const created = at(d.createdAt);
    state.discussions.push({
      id: did,
      nodeId: state.nodeId('discussion', did),
      repo: fullName,
      number: repo.nextNumber++,
      categoryId: category.id,
      title: d.title,
      body: d.body,
      author: d.author,
      createdAt: created,
      updatedAt: created,
      closed: d.closed ?? false,
      closedAt: d.closed ? created : null,
      stateReason: d.closed ? 'RESOLVED' : null,
    });
    for (const re of d.reactions ?? []) {
      const rid = state.nextId();
      state.reactions.push({
        id: rid,
        nodeId: state.nodeId('reaction', rid),
        subjectType: 'discussion',
        subjectId: did,
        content: re.content,
        user: re.user,
        createdAt: created,
      });
    }
    for (const c of d.comments ?? []) {
      const ccid = state.nextId();
      state.discussionComments.push({
        id: ccid,
        nodeId: state.nodeId('discussionComment', ccid),
        discussionId: did,
        replyToId: null,
        author: c.author,
        body: c.body,
        createdAt: at(c.at),
        updatedAt: at(c.at),
      });
      for (const r of c.replies ?? []) {
        const rid = state.nextId();
        state.discussionComments.push({
          id: rid,
          nodeId: state.nodeId('discussionComment', rid),
          discussionId: did,
          replyToId: ccid,
          author: r.author,
          body: r.body,
          createdAt: at(r.at),
          updatedAt: at(r.at),
        });
      }
    }
  }

  const files: Record<string, Record<string, { content: string; sha: string }>> = {};
  for (const [branch, entries] of Object.entries(spec.files ?? {})) {
    files[branch] = Object.fromEntries(
      Object.entries(entries).map(([path, content]) => [path, { content, sha: blobSha(content) }]),
    );
  }
  files[repo.defaultBranch] ??= {};
  state.files[fullName] = files;
}

function loadPull(
  state: EmulatorState,
  repo: Repo,
  p: PullSpec,
  at: (t: string) => string,
  sha: (id: string) => string,
): void {
  const pid = state.nextId();
  const created = at(p.createdAt);
  const merged = p.mergedAt ? at(p.mergedAt) : null;
  const closed = merged ?? (p.closedAt ? at(p.closedAt) : null);
  const commits = p.commits.map(sha);
  const pull: Pull = {
    id: pid,
    nodeId: state.nodeId('pull', pid),
    repo: repo.fullName,
    number: repo.nextNumber++,
    title: p.title,
    body: p.body ?? null,
    author: p.author,
    state: closed ? 'closed' : 'open',
    base: p.base ?? repo.defaultBranch,
    head: p.head,
    headSha: commits.at(-1) ?? '',
    createdAt: created,
    updatedAt: closed ?? created,
    closedAt: closed,
    mergedAt: merged,
    mergeCommitSha: p.mergeCommit ? sha(p.mergeCommit) : null,
    commits,
    labels: p.labels ?? [],
    assignees: [],
    reviews: (p.reviews ?? []).map((r) => {
      const rid = state.nextId();
      return {
        id: rid,
        nodeId: state.nodeId('review', rid),
        author: r.author,
        state: r.state ?? 'APPROVED',
        submittedAt: at(r.at),
      };
    }),
    additions: p.additions ?? 10,
    deletions: p.deletions ?? 2,
    changedFiles: p.changedFiles ?? 1,
  };
  state.pulls.push(pull);
  // Squash commits name their PR as `(#N)`; authors write `(#PR)` because numbers are allotted here.
  const merge = pull.mergeCommitSha ? state.commit(pull.mergeCommitSha) : undefined;
  if (merge?.message.endsWith(' (#PR)'))
    merge.message = merge.message.replace(/\(#PR\)$/, `(#${pull.number})`);
}

function loadIssue(state: EmulatorState, repo: Repo, i: IssueSpec, at: (t: string) => string): void {
  const iid = state.nextId();
  const created = at(i.createdAt);
  const closed = i.closedAt ? at(i.closedAt) : null;
  const milestone = i.milestone
    ? (state.milestones.find((m) => m.repo === repo.fullName && m.title === i.milestone)?.number ?? null)
    : null;
  const comments = (i.comments ?? []).map((c) => ({ ...c, at: at(c.at) }));
  const lastActivity = [created, closed, ...comments.map((c) => c.at)]
    .filter((t): t is string => !!t)
    .sort()
    .at(-1);
  const issue: Issue = {
    id: iid,
    nodeId: state.nodeId('issue', iid),
    repo: repo.fullName,
    number: repo.nextNumber++,
    title: i.title,
    body: i.body ?? null,
    author: i.author,
    state: closed ? 'closed' : 'open',
    stateReason: closed ? (i.stateReason ?? 'completed') : null,
    labels: i.labels ?? [],
    assignees: i.assignees ?? [],
    milestone,
    createdAt: created,
    updatedAt: i.updatedAt ? at(i.updatedAt) : (lastActivity ?? created),
    closedAt: closed,
  };
  state.issues.push(issue);
  for (const c of comments) {
    const cid = state.nextId();
    state.issueComments.push({
      id: cid,
      nodeId: state.nodeId('issueComment', cid),
      repo: repo.fullName,
      issueNumber: issue.number,
      author: c.author,
      body: c.body,
      createdAt: c.at,
      updatedAt: c.at,
    });
  }
  for (const re of i.reactions ?? []) {
    const rid = state.nextId();
    state.reactions.push({
      id: rid,
      nodeId: state.nodeId('reaction', rid),
      subjectType: 'issue',
      subjectId: iid,
      content: re.content,
      user: re.user,
      createdAt: created,
    });
  }
}
