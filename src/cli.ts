// Placeholder CLI until preview lands (issue 5).
console.error('release-retro CLI: preview is not built yet.');
process.exitCode = 1;
