/** Owners in retrospective.md read as plain logins, and a login copied from any table is accepted back. */
import { describe, expect, it } from 'vitest';
import { quietMention } from '../../src/render/markdown.ts';
import { profileLink, renderItemsTable, serverOf } from '../../src/render/retrospective.ts';
import { parseCommands } from '../../src/retro/commands/parse.ts';
import { parseOwner } from '../../src/retro/commands/values.ts';

const NOW = new Date('2026-03-18T12:00:00Z');

describe('owners', () => {
  it('links a login to its profile on the same server, without zero-width characters', () => {
    const cell = profileLink('maya', serverOf('https://ghe.example.com/acme/shop/discussions/3'));
    expect(cell).toBe('[maya](https://ghe.example.com/maya)');
    expect(cell).not.toMatch(/[\u200B-\u200D\u2060\uFEFF]/);
    expect(profileLink(null, 'https://github.com')).toBe('—');
  });

  it('uses profile links in the items table it is given them for', () => {
    const table = renderItemsTable(
      [
        {
          item: {
            id: 'A1',
            title: 'Write the runbook',
            owner: 'sam',
            due: '2026-04-01',
            priority: 'P1',
            labels: [],
            proposer: 'maya',
            sourceCommentId: 'c1',
            sourceCommentUrl: 'https://github.com/acme/shop/discussions/3#c1',
            votes: 2,
            status: 'created',
            decidedBy: 'maya',
            issueNumber: 7,
            issueUrl: 'https://github.com/acme/shop/issues/7',
          },
          priority: 'P1',
          issueUrl: 'https://github.com/acme/shop/issues/7',
          issueNumber: 7,
        },
      ],
      (login) => profileLink(login, 'https://github.com'),
    );
    expect(table).toContain('| [sam](https://github.com/sam) |');
  });

  it('accepts an owner copied from a table that carries a zero-width character', () => {
    const copied = quietMention('sam');
    expect(copied).not.toBe('@sam');
    expect(parseOwner(copied)).toEqual(parseOwner('@sam'));
    expect(parseCommands(`/assign A1 ${copied}`, NOW)[0]).toMatchObject({ command: 'assign', owner: 'sam' });
  });
});
