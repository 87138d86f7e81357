export const userAgent = 'release-retro';
