import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/**
 * The file assets of a synthesized stack (a Lambda function's code folder, for example), found
 * by the object key the template gives them. `cdk deploy` uploads them to the bootstrap bucket;
 * the emulator engine hands them straight to the API that takes them, so no bootstrap is needed.
 */
export interface AssetStore {
  /** The asset published under `objectKey` as zip bytes; undefined when no asset has that key. */
  zip(objectKey: string): Promise<Uint8Array | undefined>;
}

interface AssetManifest {
  files?: Record<string, { source: { path?: string; packaging?: string }; destinations: Record<string, { objectKey: string }> }>;
}

export const NO_ASSETS: AssetStore = { zip: async () => undefined };

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
}

/** Zips a folder the way the CDK packages a `zip` asset: paths relative to it, files only. */
export async function zipFolder(dir: string): Promise<Uint8Array> {
  const tree: Zippable = {};
  for (const file of await filesUnder(dir)) {
    const { mode } = await stat(file);
    // Keep the execute bit: compiled libraries and scripts in a package may need it.
    tree[relative(dir, file).split('\\').join('/')] = [await readFile(file), { level: 6, os: 3, attrs: (mode & 0o777) << 16 }];
  }
  return zipSync(tree);
}

/** The assets named in a cloud assembly's `<stack>.assets.json`, read lazily from `assemblyDir`. */
export async function assetStoreOf(assemblyDir: string, manifestFile: string): Promise<AssetStore> {
  const manifest = JSON.parse(await readFile(join(assemblyDir, manifestFile), 'utf8')) as AssetManifest;
  const byKey = new Map<string, { path: string; packaging: string }>();
  for (const asset of Object.values(manifest.files ?? {})) {
    if (!asset.source.path) continue;
    for (const destination of Object.values(asset.destinations)) {
      byKey.set(destination.objectKey, { path: join(assemblyDir, asset.source.path), packaging: asset.source.packaging ?? 'file' });
    }
  }
  return {
    async zip(objectKey) {
      const asset = byKey.get(objectKey);
      if (!asset) return undefined;
      return asset.packaging === 'zip' ? zipFolder(asset.path) : new Uint8Array(await readFile(asset.path));
    },
  };
}
