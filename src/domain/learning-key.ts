/**
 * A learning's identity once its whole text lives outside the record: a digest of the comment it came from
 * and its text. The record keeps only the start of an archived learning's text, so it compares by this key
 * (an edit that leaves a learning as it was changes nothing), and the archive comment names each learning by
 * it (a re-run finds what an earlier run already archived and adds nothing twice).
 */
import { createHash } from 'node:crypto';
import type { Learning } from './state.ts';

export function learningKey(sourceCommentId: string, text: string): string {
  return createHash('sha256').update(`${sourceCommentId}\n${text}`).digest('hex').slice(0, 16);
}

/** Whether the learning says `text`: by its text, or by its key once the whole text is archived. */
export function learningSays(learning: Learning, text: string): boolean {
  return learning.archived
    ? learning.archived.key === learningKey(learning.sourceCommentId, text)
    : learning.text === text;
}
