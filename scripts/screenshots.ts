/**
 * `npm run screenshots`: what a reader of the demo sees on GitHub, as pictures. Renders demo-output/ (run
 * `npm run demo` first) the way GitHub does — Markdown to HTML, every ```mermaid block drawn by the Mermaid
 * the project depends on — in a column of GitHub's width (about 880 pixels), and takes screenshots with
 * headless Chromium:
 *
 * - demo-output/screenshots/discussion.png: the discussion's data review (its top part);
 * - timeline.png and timeline-dark.png: the deployment timeline and its caption, light and dark theme;
 * - lead-time.png: the lead-time chart; trends.png: the trend charts of a line with four retrospectives
 *   (the demo line has two, so they are drawn from a fixture of snapshots);
 * - retrospective.png: retrospective.md.
 *
 * Needs Chromium (Debian: `apt-get install chromium`; or set CHROMIUM to its path). Not part of `npm test`:
 * the tests parse every chart with Mermaid instead. Usage: `npm run screenshots`, then look at the PNGs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { marked } from 'marked';
import { HISTORY, metrics } from '../__tests__/render/fixtures/retro-fixture.ts';
import { renderTrends } from '../src/render/trends.ts';

const OUT = resolve('demo-output/screenshots');
/** GitHub's markdown body is 980 px wide less 2 × 50 px of padding on a wide screen. */
const WIDTH = 880;

const require = createRequire(import.meta.url);
const mermaidScript = require.resolve('mermaid/dist/mermaid.min.js');

function chromium(): string {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((c): c is string => Boolean(c) && existsSync(c as string));
  if (!found) {
    throw new Error(
      'Chromium was not found. Install it (Debian: apt-get install -y chromium) or set CHROMIUM.',
    );
  }
  return found;
}

/** Markdown as GitHub shows it: ```mermaid blocks become diagrams, the rest is GitHub-flavoured HTML. */
function page(markdown: string, theme: 'default' | 'dark'): string {
  const html = marked.parse(markdown.replace(/<!-- release-retro:state [^>]*-->/g, ''), {
    gfm: true,
  }) as string;
  const withDiagrams = html.replace(
    /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
    (_, code: string) => `<pre class="mermaid">${code}</pre>`,
  );
  const dark = theme === 'dark';
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; background: ${dark ? '#0d1117' : '#ffffff'}; color: ${dark ? '#e6edf3' : '#1f2328'};
      font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
    main { width: ${WIDTH}px; padding: 16px 0; margin: 0 auto; }
    table { border-collapse: collapse; display: block; overflow: auto; }
    th, td { border: 1px solid ${dark ? '#30363d' : '#d1d9e0'}; padding: 6px 13px; }
    a { color: ${dark ? '#4493f8' : '#0969da'}; }
    pre.mermaid { background: none; text-align: center; }
    code { background: ${dark ? '#2d333b' : '#eff1f3'}; padding: 0.2em 0.4em; border-radius: 6px; }
  </style><script src="${pathToFileURL(mermaidScript).href}"></script></head>
  <body><main>${withDiagrams}</main>
  <script>mermaid.initialize({ startOnLoad: true, theme: '${theme}' });</script></body></html>`;
}

function shoot(name: string, markdown: string, height: number, theme: 'default' | 'dark' = 'default'): void {
  const html = join(OUT, `${name}.html`);
  const png = join(OUT, `${name}.png`);
  writeFileSync(html, page(markdown, theme));
  execFileSync(
    chromium(),
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
      `--user-data-dir=${join(OUT, '.chromium')}`,
      '--allow-file-access-from-files',
      // Time for Mermaid to draw before the picture is taken, without waiting in real time.
      '--virtual-time-budget=20000',
      `--window-size=${WIDTH + 40},${height}`,
      `--screenshot=${png}`,
      pathToFileURL(html).href,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  console.log(`  ${png}`);
}

/** The markdown between a `### heading` and the next heading of that level or above. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`### ${heading}\n`);
  if (start < 0) throw new Error(`"### ${heading}" is not in the discussion`);
  const rest = markdown.slice(start);
  const end = rest.slice(4).search(/\n#{2,3} /);
  return end < 0 ? rest : rest.slice(0, end + 4);
}

function main(): void {
  const discussionFile = 'demo-output/discussion.md';
  if (!existsSync(discussionFile)) throw new Error('Run `npm run demo` first: demo-output/ is missing.');
  mkdirSync(OUT, { recursive: true });
  const discussion = readFileSync(discussionFile, 'utf8');
  const data = discussion.slice(
    discussion.indexOf('## The data'),
    discussion.indexOf('### Incidents and bugs'),
  );
  console.log('Screenshots at GitHub width:');
  shoot('discussion', data, 3200);
  shoot('timeline', section(discussion, 'Deployment timeline').split('<details>')[0] ?? '', 900);
  shoot('timeline-dark', section(discussion, 'Deployment timeline').split('<details>')[0] ?? '', 900, 'dark');
  shoot('lead-time', section(discussion, 'Lead time for changes'), 700);
  shoot('trends', renderTrends(metrics(), 'v1.4.0', HISTORY), 1400);
  shoot(
    'retrospective',
    readFileSync('demo-output/retrospective.md', 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''),
    2400,
  );
}

main();
