/**
 * Counting the meeting vote. A 👍 on a slot's reply is a vote; only votes given before the vote closes count
 * (each reaction carries its createdAt), so a late run cannot let a late vote in, and a change before the
 * close changes the outcome. Pure: the votes and the clock are passed in.
 */

import type { MeetingState } from '../domain/state.ts';
import { sameLogin } from '../github/discussions.ts';

export interface SlotVotes {
  commentId: string;
  /** Who reacted with 👍, and when. */
  votes: { login: string; at: string }[];
}

export interface Tally {
  /** Votes per slot, in the order of the proposals. */
  counts: { start: string; end: string; commentId: string | null; votes: number; voters: string[] }[];
  chosen: { start: string; end: string; commentId: string | null; votes: number };
  /** Everyone who voted for at least one slot. */
  voters: string[];
  /** Invited participants who voted for no slot. */
  notAnswered: string[];
  /** The vote has closed: the choice is final. */
  closed: boolean;
  /** Time to announce: the vote closed, or enough of the invited answered. */
  due: boolean;
}

export function tallyVotes(
  meeting: MeetingState,
  replies: readonly SlotVotes[],
  options: { now: Date; quorum: number; actor: string },
): Tally {
  const closesAt = Date.parse(meeting.votingClosesAt);
  const closed = options.now.getTime() >= closesAt;
  const counts = meeting.slots.map((slot) => {
    const votes = replies.find((r) => slot.commentId !== null && r.commentId === slot.commentId)?.votes ?? [];
    const voters = [
      ...new Set(
        votes
          .filter((v) => Date.parse(v.at) <= closesAt && !sameLogin(v.login, options.actor))
          .map((v) => v.login),
      ),
    ];
    return { ...slot, votes: voters.length, voters };
  });
  const voters = [...new Set(counts.flatMap((c) => c.voters))];
  const answered = (login: string) => voters.some((v) => sameLogin(v, login));
  const notAnswered = meeting.invited.filter((login) => !answered(login));
  const invitedAnswered = meeting.invited.length - notAnswered.length;
  const quorumMet =
    options.quorum > 0 &&
    meeting.invited.length > 0 &&
    invitedAnswered / meeting.invited.length >= options.quorum;
  // Most votes wins; a tie goes to the earlier slot (sooner, while people remember the release).
  const chosen = counts.reduce(
    (best, c) => (c.votes > best.votes ? c : best),
    counts[0] as (typeof counts)[0],
  );
  return {
    counts,
    chosen: { start: chosen.start, end: chosen.end, commentId: chosen.commentId, votes: chosen.votes },
    voters,
    notAnswered,
    closed,
    due: closed || quorumMet,
  };
}
