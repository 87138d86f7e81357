/** GitHub -> ReleaseData. The public surface of src/collect. */

export type { CollectContext, CollectLog } from './collect.ts';
export { collectReleaseData, observationWindow } from './collect.ts';
export { nearestTags, TagNotFoundError } from './errors.ts';
export type { MaturityFacts } from './maturity.ts';
export { evaluateMaturity } from './maturity.ts';
export { buildTrains, findTrain, listReleases, tagPatternRegExp, trainTags, versionOf } from './releases.ts';
export { type RepositoryInfo, repositoryInfo } from './repository.ts';
export type { FindMaturedOptions, TrainMaturity } from './scheduled.ts';
export { findMaturedTrains } from './scheduled.ts';
