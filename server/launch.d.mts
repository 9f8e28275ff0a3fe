/** The last build's manifest: the bundles' file names (in the bundle folder) and the inputs' hashes. */
export interface ServerBuild {
  root: string;
  node: string;
  launcher: string;
  outputs: { start: string; 'pool-entry': string };
  inputs: Record<string, string>;
}

/** Builds the server's bundles with esbuild when their sources changed since the last build. */
export function buildServerIfNeeded(log: (message: string) => void): Promise<ServerBuild>;
