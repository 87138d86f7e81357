/**
 * Finalize: decided action items become tracked issues (labelled, assigned, with milestones, on the board),
 * the retrospective becomes retrospective.md (workspace, job summary, commit or pull request), the discussion
 * gets a closing comment that notifies the stakeholders and is closed as resolved.
 *
 * Every step reads before it writes, so a second finalize writes nothing, and a run killed half-way is
 * completed by the next one. One failing item never stops the others; the run fails at the end listing all.
 */

import type { RetroState } from '../../domain/state.ts';
import {
  addDiscussionComment,
  closeDiscussion,
  type DiscussionCommentNode,
  listDiscussionComments,
} from '../../github/discussions.ts';
import { type Identity, isBy } from '../../github/identity.ts';
import { PermissionGateway } from '../../github/permissions.ts';
import {
  type DocumentItem,
  type RetrospectiveDocumentInput,
  renderClosingComment,
  renderDocumentComment,
  renderRetrospectiveDocument,
  withoutFrontMatter,
} from '../../render/retrospective.ts';
import { notice, type Outputs, type RetroContext, type StageResult } from '../context.ts';
import { findByTag, loadRetroIndex, type RetroIndex, type Retrospective } from '../find.ts';
import { previousItemsStatus } from '../remind/index.ts';
import { readUserTemplate } from '../user-template.ts';
import { countedPeople } from './counted.ts';
import { candidatesOf, keptLearnings, participantsOf, reflectionsOf, topReflections } from './document.ts';
import { Failures, formatFailures } from './failures.ts';
import { type ItemIssue, syncIssues } from './issues.ts';
import { CLOSING_MARKER, DOCUMENT_MARKER } from './markers.ts';
import { decidedItems, orderForIssues, priorityOf, refreshVotes } from './plan.ts';
import { ProjectBoard } from './project.ts';
import { linkInRelease, publishDocument, writeToWorkspace } from './publish.ts';
import { DiscussionRecord } from './record.ts';

export { previousItemsStatus };

const DAY_MS = 86_400_000;

export interface FinalizeOptions {
  /** The loaded index, when the caller has it (to find the previous retrospective without listing again). */
  index?: RetroIndex;
}

function releaseUrl(ctx: RetroContext, tag: string): string {
  return `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.name}/releases/tag/${encodeURIComponent(tag)}`;
}

/** The issues output: `[{ id, number, url, title, assignees, milestone }]`. */
function issuesOutput(results: readonly ItemIssue[]): string {
  return JSON.stringify(
    results.flatMap(({ item, issue }) =>
      issue
        ? [
            {
              id: item.id,
              number: issue.number,
              url: issue.url,
              title: issue.title,
              assignees: issue.assignees,
              milestone: issue.milestone?.title ?? null,
            },
          ]
        : [],
    ),
  );
}

async function previousFor(ctx: RetroContext, state: RetroState, options: FinalizeOptions) {
  if (!state.previousTag) return { previous: null, previousMetrics: null };
  const index = options.index ?? (await loadRetroIndex(ctx));
  const found = findByTag(index, state.previousTag);
  if (!found) return { previous: null, previousMetrics: null };
  const followUps = await previousItemsStatus(ctx, found.state);
  return {
    previous: {
      tag: found.state.tag,
      url: found.discussion.url,
      items: followUps.map((f) => ({
        id: f.item.id,
        title: f.item.title,
        owner: f.item.owner,
        due: f.item.due,
        status: f.detail ? `${f.status} (${f.detail})` : f.status,
        url: f.item.issueUrl,
      })),
    },
    previousMetrics: found.state.metrics,
  };
}

/** The action's own top-level comment holding the finished retrospective, from an earlier (killed) run. */
function findDocumentComment(comments: readonly DiscussionCommentNode[], actor: Identity) {
  return comments.find(
    (c) => isBy(c.authorId, actor) && c.replyTo === null && c.body.includes(DOCUMENT_MARKER),
  );
}

function findClosingComment(state: RetroState, comments: readonly DiscussionCommentNode[], actor: Identity) {
  return comments.find(
    (c) =>
      isBy(c.authorId, actor) &&
      (c.id === state.closingCommentId || (c.replyTo === null && c.body.includes(CLOSING_MARKER))),
  );
}

/**
 * Finalizes one already-loaded retrospective (the `/finalize` command calls this with the retro it found).
 * Throws at the end, with `partial` outputs attached, when any item or step failed.
 */
export async function finalizeDiscussion(
  ctx: RetroContext,
  retrospective: Retrospective,
  options: FinalizeOptions = {},
): Promise<StageResult> {
  const { discussion } = retrospective;
  const tag = retrospective.state.tag;
  const actor = await ctx.actor();
  const failures = new Failures();
  const warnings: string[] = [];
  const record = new DiscussionRecord(ctx, retrospective);
  const alreadyFinalized = retrospective.state.status === 'finalized';
  // The document's date is fixed once, before anything is published: a re-run after a crash renders the
  // same document, so it is committed once. With status still "open", it also says "finalize has begun",
  // which every later run (the event re-run, the next comment, the schedule) completes.
  const stamped =
    retrospective.state.finalizedAt === null
      ? record.save({ ...record.state, finalizedAt: ctx.now.toISOString().replace(/\.\d{3}Z$/, 'Z') })
      : Promise.resolve();
  // Votes are read again now, while the stamp is written (the read does not depend on it): people vote until
  // the end.
  const [comments] = await Promise.all([listDiscussionComments(ctx.github, discussion.id), stamped]);
  record.state = refreshVotes(record.state, comments);

  const results = await syncIssues({
    ctx,
    tag,
    discussionUrl: discussion.url,
    releaseUrl: releaseUrl(ctx, tag),
    actor,
    commentBodies: new Map(comments.map((c) => [c.id, c.body])),
    record,
    board: new ProjectBoard(ctx, warnings),
    failures,
  });
  const itemsWithoutIssue = results.filter((r) => r.issue === null).map((r) => r.item.id);

  const state = record.state;
  const finalizedAt = state.finalizedAt ?? ctx.now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const documentItems: DocumentItem[] = orderForIssues(decidedItems(state.items), ctx.config).map((item) => {
    const issue = results.find((r) => r.item.id === item.id)?.issue ?? null;
    return {
      item,
      priority: priorityOf(item, ctx.config),
      issueUrl: issue?.url ?? item.issueUrl,
      issueNumber: issue?.number ?? item.issueNumber,
    };
  });
  const counted = await countedPeople(
    ctx.config,
    state,
    candidatesOf(state, comments, actor),
    actor.login,
    new PermissionGateway(ctx.github, ctx.repo, ctx.log),
  );
  const prompts = reflectionsOf(ctx.config, state, comments, actor, counted);
  const participants = participantsOf(state, comments, actor, counted);
  const learnings = keptLearnings(state, comments, counted);
  const { previous, previousMetrics } = await previousFor(ctx, state, options);
  const documentInput: RetrospectiveDocumentInput = {
    state: { ...state, learnings },
    counted: { who: counted.who, left: counted.left.length },
    title: ctx.config.title.replaceAll('{tag}', tag),
    discussionUrl: discussion.url,
    releaseUrl: releaseUrl(ctx, tag),
    finalizedAt,
    participants,
    prompts,
    topReflections: topReflections(prompts),
    items: documentItems,
    previous,
    previousMetrics,
  };
  let markdown: string;
  try {
    markdown = renderRetrospectiveDocument({
      ...documentInput,
      template: await readUserTemplate(ctx, 'retrospective'),
    });
  } catch (error) {
    failures.add('retrospective.md', 'template', error);
    markdown = renderRetrospectiveDocument(documentInput);
  }
  const workspacePath = await writeToWorkspace(ctx, markdown);

  const outputs: Partial<Outputs> = {
    'release-tag': tag,
    'discussion-url': discussion.url,
    'discussion-number': String(discussion.number),
    'retrospective-path': workspacePath,
  };
  const summaryParts = [withoutFrontMatter(markdown)];
  const finish = (): StageResult => {
    outputs['action-items'] = JSON.stringify(record.state.items);
    outputs.issues = issuesOutput(results);
    if (warnings.length > 0) summaryParts.push(`### Warnings\n\n${warnings.map((w) => `- ${w}`).join('\n')}`);
    return { outputs, summary: summaryParts.join('\n\n') };
  };

  // Sharing and closing wait for every issue: the closing comment lists them, and a re-run completes them.
  if (itemsWithoutIssue.length === 0) {
    let documentLink: { text: string; url: string } | null = null;
    // Publishing is what the team configured: until it has happened the retrospective is not finished, so the
    // discussion stays open and the record unfinalized, and the next run (this event re-run, the next comment,
    // the schedule) publishes again (it reads before it writes: the file is committed once).
    let shared = true;
    try {
      const published = await publishDocument(ctx, { tag, markdown, discussionUrl: discussion.url });
      if (published) {
        documentLink = published.pull
          ? { text: `pull request #${published.pull.number} (${published.path})`, url: published.pull.url }
          : { text: published.path, url: published.fileUrl };
        record.state = { ...record.state, retrospectivePath: published.path };
      }
      if (ctx.config.publish.linkInRelease) {
        await linkInRelease(ctx, {
          tag,
          discussionUrl: discussion.url,
          documentUrl: published ? published.fileUrl : null,
        });
      }
    } catch (error) {
      shared = false;
      failures.add('retrospective.md', 'publish', error);
      summaryParts.push(
        '_The discussion stays open until retrospective.md is published as `publish` says: the next run publishes it again once the failure below is fixed._',
      );
    }

    // The record that lasts: the document as a comment of the discussion, readable by everyone who can read the
    // discussion, with no permission beyond discussions: write. The job summary and the workspace expire with
    // the run; a commit or a pull request needs contents: write and is not on by default.
    let inDiscussion: { url: string } | null = findDocumentComment(comments, actor) ?? null;
    try {
      inDiscussion ??= await addDiscussionComment(ctx.github, ctx.writes, {
        discussionId: discussion.id,
        label: record.label,
        body: renderDocumentComment(DOCUMENT_MARKER, markdown),
      });
    } catch (error) {
      failures.add('retrospective.md', 'comment', error);
    }

    // Closed only once the document is published and in the discussion: a finalized record is never finalized
    // again, so a document comment that failed (a 502 on a creation, which is never retried) or a refused
    // commit would otherwise be lost for good. The run fails and its re-run posts or publishes it, then closes.
    if (inDiscussion && shared) {
      try {
        let closingId = findClosingComment(record.state, comments, actor)?.id ?? null;
        if (!closingId) {
          const body = renderClosingComment({
            marker: CLOSING_MARKER,
            tag,
            participants: participants.length,
            counted: { who: counted.who, left: counted.left.length },
            reflections: prompts.reduce((n, p) => n + p.replies.length, 0),
            learnings: learnings.length,
            items: documentItems,
            document: documentLink,
            inDiscussion: inDiscussion.url,
            runUrl: ctx.runUrl ?? null,
            stakeholders: ctx.config.stakeholders,
          });
          closingId = (
            await addDiscussionComment(ctx.github, ctx.writes, {
              discussionId: discussion.id,
              label: record.label,
              body,
            })
          ).id;
        }
        // Closed first, stamped "finalized" after: the stamp is written only once what it stands for exists.
        // A run killed in between leaves "open" with finalizedAt set, and the next run finishes (and does not
        // close twice: the discussion it reads is closed by then).
        if (!discussion.closed)
          await closeDiscussion(ctx.github, ctx.writes, { id: discussion.id, label: record.label });
        await record.save({
          ...record.state,
          status: 'finalized',
          finalizedAt,
          closingCommentId: closingId,
        });
      } catch (error) {
        failures.add(record.label, 'close', error);
      }
    }
  } else {
    summaryParts.push(
      `_The discussion stays open: ${itemsWithoutIssue.join(', ')} still ${itemsWithoutIssue.length === 1 ? 'needs its issue' : 'need their issues'}. ` +
        'Run finalize again once the failures below are fixed._',
    );
  }

  const result = finish();
  if (failures.count > 0) {
    const lines = formatFailures(failures.list);
    result.summary += `\n\n### Failures\n\n${lines.map((l) => `- ${l}`).join('\n')}`;
    // The close waits for missing issues and for publishing; the next run (this job re-run, the next comment,
    // the schedule) finishes it, so say so rather than "everything else was done".
    const remaining =
      record.state.status === 'finalized'
        ? 'everything else was done; run finalize again after fixing them'
        : 'everything else was done but closing the discussion, which waits for them; the next run finishes it once they are fixed';
    throw Object.assign(
      new Error(
        `Finalizing the ${tag} retrospective finished with ${lines.length} ${lines.length === 1 ? 'failure' : 'failures'} ` +
          `(${remaining}):\n${lines.map((l) => `- ${l}`).join('\n')}`,
      ),
      { partial: result },
    );
  }
  const finalized = `Finalized the ${tag} retrospective: ${results.length} action items tracked.`;
  if (alreadyFinalized)
    ctx.log.info(`The ${tag} retrospective was already finalized; everything is in place.`);
  else if (ctx.writes.dryRun) ctx.log.info(finalized);
  else notice(ctx.log, `${finalized} ${discussion.url}`);
  return result;
}

/** `mode: finalize` with a tag, and the `/finalize` command by tag. */
export async function finalizeRetrospective(
  ctx: RetroContext,
  target: { tag?: string },
): Promise<StageResult> {
  if (!target.tag) return autoFinalize(ctx);
  const index = await loadRetroIndex(ctx);
  const retrospective = findByTag(index, target.tag);
  if (!retrospective) {
    throw new Error(
      `No retrospective for ${target.tag} was found in the "${index.category.name}" discussion category ` +
        `of ${ctx.repo.owner}/${ctx.repo.name}. Open it first (mode: open, tag: ${target.tag}).`,
    );
  }
  return finalizeDiscussion(ctx, retrospective, { index });
}

/**
 * A finalize that began (by `/finalize` or a scheduled run: `finalizedAt` is set) and did not finish (the
 * state still says open). Any run that reads the record finishes it.
 */
export function unfinishedFinalize(state: RetroState): boolean {
  return state.status === 'open' && state.finalizedAt !== null;
}

/**
 * Scheduled runs: finalizes every open retrospective older than `finalize-after-days`, and finishes every
 * finalize an earlier run began and did not complete. A scheduled run passes the index its open stage read
 * (run.ts), so the category is listed once per run.
 */
export async function autoFinalize(ctx: RetroContext, known?: Promise<RetroIndex>): Promise<StageResult> {
  const index = await (known ?? loadRetroIndex(ctx));
  const dueBefore = ctx.now.getTime() - ctx.config.finalizeAfterDays * DAY_MS;
  const due = index.retrospectives.filter(
    (r) =>
      unfinishedFinalize(r.state) || (r.state.status === 'open' && Date.parse(r.state.openedAt) <= dueBefore),
  );
  if (due.length === 0) return { outputs: {}, summary: '' };
  const results: StageResult[] = [];
  const errors: string[] = [];
  for (const retrospective of due) {
    ctx.log.info(
      unfinishedFinalize(retrospective.state)
        ? `Finishing the ${retrospective.state.tag} retrospective's finalize, begun ${retrospective.state.finalizedAt}.`
        : `Auto-finalizing the ${retrospective.state.tag} retrospective (opened ${retrospective.state.openedAt}, ` +
            `more than ${ctx.config.finalizeAfterDays} days ago).`,
    );
    try {
      results.push(await finalizeDiscussion(ctx, retrospective, { index }));
    } catch (error) {
      const partial = (error as { partial?: StageResult }).partial;
      if (partial) results.push(partial);
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  const merged: StageResult = {
    outputs: Object.assign({}, ...results.map((r) => r.outputs)),
    summary: results.map((r) => r.summary).join('\n\n'),
  };
  if (errors.length > 0) throw Object.assign(new Error(errors.join('\n')), { partial: merged });
  return merged;
}
