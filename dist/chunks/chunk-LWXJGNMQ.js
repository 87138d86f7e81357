import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/domain/units.ts
var MINUTE_MS = 6e4;
var HOUR_MS = 60 * MINUTE_MS;
var DAY_MS = 24 * HOUR_MS;
function formatDuration(ms) {
  if (!Number.isFinite(ms) || ms < 0) return "\u2014";
  if (ms < HOUR_MS) return `${Math.round(ms / MINUTE_MS)} min`;
  if (ms < DAY_MS) {
    const hours2 = Math.round(ms / HOUR_MS * 10) / 10;
    return hours2 >= 24 ? "1 d" : `${hours2} h`;
  }
  const days = Math.floor(ms / DAY_MS);
  const hours = Math.round((ms - days * DAY_MS) / HOUR_MS);
  if (hours === 24) return `${days + 1} d`;
  return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
}
var formatHours = (hours) => formatDuration(hours * HOUR_MS);
var oneDecimal = (n) => String(Math.round(n * 10) / 10);
function formatRate(perWeek) {
  return perWeek > 7 ? `${oneDecimal(perWeek / 7)} / day` : `${oneDecimal(perWeek)} / week`;
}
function formatValue(unit, value) {
  switch (unit) {
    case "hours":
      return formatHours(value);
    case "per-week":
      return formatRate(value);
    case "percent":
      return `${oneDecimal(value)} %`;
  }
}

export {
  formatDuration,
  formatHours,
  formatRate,
  formatValue
};
