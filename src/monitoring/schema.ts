/**
 * The monitoring file: post-deployment figures and series from outside GitHub (Datadog, Grafana, Prometheus,
 * Sentry, a status page…), written by an earlier workflow step and named by the `monitoring` input.
 * schema/monitoring.schema.json is generated from this schema (npm run schema) and ships with the action, so
 * a team can validate the file in its own step or editor before the action reads it.
 */
import '../config/zod-setup.ts';
import * as z from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

/** Links are evidence a person clicks: only http(s), never javascript: or data:. */
const httpUrl = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL');

/** ISO 8601 with a time and a zone, so a range means the same instant to every reader. */
const instant = z.iso.datetime({
  offset: true,
  message: 'must be an ISO 8601 time with a zone, like 2026-03-16T09:00:00Z',
});

const timeRange = z
  .strictObject({
    from: instant.describe('Start of the measured period.'),
    to: instant.describe('End of the measured period.'),
  })
  .refine((range) => Date.parse(range.from) <= Date.parse(range.to), {
    message: 'must not end before it starts',
  })
  .describe('The period the value or series covers.');

const common = {
  name: text(100).describe('What is measured, e.g. "Error rate (5xx)".'),
  unit: text(30).describe('Unit of every value, e.g. "%", "ms", "requests/s", "alerts".'),
  range: timeRange.optional(),
  link: httpUrl.optional().describe('Where a person can check the numbers (dashboard, query, incident).'),
  source: text(60).optional().describe('The monitoring system, e.g. "Datadog".'),
  note: text(300).optional().describe('One line of context.'),
};

const figure = z
  .strictObject({
    ...common,
    value: z.number().describe('The measured value, in `unit`.'),
    baseline: z
      .number()
      .optional()
      .describe('The same figure before the release, in `unit`, for comparison.'),
  })
  .describe('One number, e.g. the p95 latency over the observation window.');

const point = z.strictObject({
  at: instant.describe('When the value was measured.'),
  value: z.number(),
});

const series = z
  .strictObject({
    ...common,
    points: z.array(point).min(1).max(1000).describe('Values over time; the discussion charts them.'),
  })
  .describe('Values over time, e.g. the error rate per hour after the release.');

export const monitoringSchema = z
  .strictObject({
    $schema: z.string().optional().describe('The JSON Schema URL, for editors.'),
    figures: z.array(figure).max(50).default([]),
    series: z.array(series).max(20).default([]),
    links: z
      .array(z.strictObject({ label: text(100), url: httpUrl }))
      .max(20)
      .default([])
      .describe('Dashboards and reports worth opening during the retrospective.'),
  })
  .refine((file) => file.figures.length + file.series.length + file.links.length > 0, {
    message: 'holds no figures, series or links',
  });

export type MonitoringData = z.output<typeof monitoringSchema>;
export type MonitoringFigure = MonitoringData['figures'][number];
export type MonitoringSeries = MonitoringData['series'][number];

export function monitoringJsonSchema(): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(monitoringSchema, { io: 'input' }) as Record<string, unknown>),
    $id: 'https://github.com/release-retro/release-retro/schema/monitoring.schema.json',
    title: 'release-retro monitoring data (the `monitoring` input)',
    description:
      'Post-deployment figures and series from outside GitHub, written by an earlier workflow step as JSON or YAML.',
  };
}
