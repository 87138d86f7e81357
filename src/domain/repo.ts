/** A repository by owner and name: the one key every layer (gateways, collectors, stages) passes around. */
export interface RepoRef {
  owner: string;
  name: string;
}
