import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  buildTrains,
  findTrain,
  listReleases,
  TagNotFoundError,
  versionOf,
} from '../../src/collect/index.ts';
import type { ReleaseRef } from '../../src/collect/types.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createGitHubClient } from '../../src/github/client.ts';

const config = loadConfig(null, 'test');
const github = () =>
  createGitHubClient({ token: 't', apiUrl: 'https://api.github.com', log: { debug() {}, warning() {} } });

function release(tag: string, publishedAt: string, extra: Partial<ReleaseRef> = {}): ReleaseRef {
  return {
    id: tag.length,
    tag,
    name: tag,
    url: `https://github.com/acme/shop/releases/tag/${tag}`,
    publishedAt,
    createdAt: publishedAt,
    prerelease: false,
    targetCommitish: 'main',
    author: 'maya',
    ...extra,
  };
}

describe('versionOf', () => {
  it('reads the version from the part the glob matched', () => {
    expect(versionOf('api-v1.2.3', 'api-v*')?.version).toBe('1.2.3');
    expect(versionOf('web-v1.2.3', 'api-v*')).toBeNull();
    expect(versionOf('v2.0.0-rc.1', 'v*')?.prerelease).toEqual(['rc', 1]);
    expect(versionOf('nightly', 'v*')).toBeNull();
  });
});

describe('buildTrains', () => {
  const releases = [
    release('v1.4.1', '2026-03-10T10:00:00Z'),
    release('v1.3.0', '2026-02-20T00:00:00Z'),
    release('v1.4.0', '2026-03-10T00:00:00Z'),
    release('v1.4.2', '2026-03-11T20:00:00Z'), // a hotfix of the hotfix: 34 h after v1.4.1
    release('v1.4.3', '2026-03-20T00:00:00Z'), // long after: its own train
    release('v1.5.0', '2026-03-20T12:00:00Z'), // a minor release is never a hotfix
  ];

  it('joins patch releases published inside the window, chaining hotfixes of hotfixes', () => {
    const trains = buildTrains(releases, config);
    expect(
      trains.map((t) => [
        t.release.tag,
        t.hotfixes.map((h) => h.tag),
        t.previous?.tag ?? null,
        t.last.tag,
        t.next?.tag ?? null,
      ]),
    ).toEqual([
      ['v1.3.0', [], null, 'v1.3.0', 'v1.4.0'],
      ['v1.4.0', ['v1.4.1', 'v1.4.2'], 'v1.3.0', 'v1.4.2', 'v1.4.3'],
      ['v1.4.3', [], 'v1.4.2', 'v1.4.3', 'v1.5.0'],
      ['v1.5.0', [], 'v1.4.3', 'v1.5.0', null],
    ]);
  });

  it('keeps every hotfix separate when the maturity window is 0', () => {
    const trains = buildTrains(releases, { ...config, maturity: { ...config.maturity, hours: 0 } });
    expect(trains).toHaveLength(6);
  });

  it('keeps monorepo tag lines apart', () => {
    const mixed = [
      release('api-v1.0.0', '2026-03-01T00:00:00Z'),
      release('web-v1.0.0', '2026-03-02T00:00:00Z'),
      release('api-v1.1.0', '2026-03-03T00:00:00Z'),
      release('web-v1.0.1', '2026-03-02T05:00:00Z'),
    ];
    const api = buildTrains(mixed, { ...config, releases: { ...config.releases, tagPattern: 'api-v*' } });
    expect(api.map((t) => [t.release.tag, t.previous?.tag ?? null])).toEqual([
      ['api-v1.0.0', null],
      ['api-v1.1.0', 'api-v1.0.0'],
    ]);
    const web = buildTrains(mixed, { ...config, releases: { ...config.releases, tagPattern: 'web-v*' } });
    expect(web.map((t) => [t.release.tag, t.hotfixes.map((h) => h.tag)])).toEqual([
      ['web-v1.0.0', ['web-v1.0.1']],
    ]);
  });

  it('orders by semantic version, not by publish time or string order', () => {
    const trains = buildTrains(
      [release('v1.10.0', '2026-03-01T00:00:00Z'), release('v1.9.0', '2026-03-05T00:00:00Z')],
      config,
    );
    expect(trains.map((t) => t.release.tag)).toEqual(['v1.9.0', 'v1.10.0']);
    expect(trains[1]?.previous?.tag).toBe('v1.9.0');
  });

  it('leaves prereleases out unless configured', () => {
    const withRc = [
      release('v2.0.0-rc.1', '2026-03-01T00:00:00Z', { prerelease: true }),
      release('v2.0.0', '2026-03-04T00:00:00Z'),
    ];
    expect(buildTrains(withRc, config).map((t) => t.release.tag)).toEqual(['v2.0.0']);
    const included = buildTrains(withRc, {
      ...config,
      releases: { ...config.releases, includePrereleases: true },
    });
    expect(included.map((t) => [t.release.tag, t.previous?.tag ?? null])).toEqual([
      ['v2.0.0-rc.1', null],
      ['v2.0.0', 'v2.0.0-rc.1'],
    ]);
  });
});

describe('findTrain', () => {
  const releases = [
    release('v1.3.0', '2026-02-20T00:00:00Z'),
    release('v1.4.0', '2026-03-10T00:00:00Z'),
    release('v1.4.1', '2026-03-10T10:00:00Z'),
  ];

  it('finds the train of a hotfix tag', () => {
    expect(findTrain(releases, 'v1.4.1', config).release.tag).toBe('v1.4.0');
  });

  it('names the nearest tags when the tag does not exist', () => {
    let error: unknown;
    try {
      findTrain(releases, 'v1.4', config);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TagNotFoundError);
    expect((error as TagNotFoundError).suggestions[0]).toBe('v1.4.0');
    expect((error as Error).message).toMatch(
      /No published release with tag "v1\.4"\. Did you mean "v1\.4\.0"/,
    );
  });
});

describe('listReleases', () => {
  it('pages through releases, dropping drafts, unpublished releases, prereleases and other lines', async () => {
    const raw = (tag: string, extra: Record<string, unknown> = {}) => ({
      id: tag.length,
      tag_name: tag,
      name: null,
      html_url: `https://github.com/acme/shop/releases/tag/${tag}`,
      draft: false,
      prerelease: false,
      created_at: '2026-03-01T00:00:00Z',
      published_at: '2026-03-01T01:00:00Z',
      target_commitish: 'main',
      author: { login: 'maya' },
      reactions: { url: 'x', total_count: 3, '+1': 2, heart: 1, laugh: 0 },
      ...extra,
    });
    nock('https://api.github.com')
      .get('/repos/acme/shop/releases')
      .query({ per_page: 100 })
      .reply(200, [raw('v1.1.0'), raw('v1.2.0-draft', { draft: true, published_at: null })], {
        link: '<https://api.github.com/repos/acme/shop/releases?per_page=100&page=2>; rel="next"',
      })
      .get('/repos/acme/shop/releases')
      .query({ per_page: 100, page: 2 })
      .reply(200, [raw('v1.0.0'), raw('v1.1.0-rc.1', { prerelease: true }), raw('api-v3.0.0')]);
    const releases = await listReleases(github(), { owner: 'acme', name: 'shop' }, config);
    expect(releases.map((r) => r.tag)).toEqual(['v1.1.0', 'v1.0.0']);
    expect(releases[0]).toMatchObject({ name: 'v1.1.0', author: 'maya', reactions: { '+1': 2, heart: 1 } });
  });
});
