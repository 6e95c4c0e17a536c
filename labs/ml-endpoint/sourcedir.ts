import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { labFile } from '../../checker/paths.ts';

/**
 * The training code as SageMaker's script mode wants it: a gzipped tar archive (sourcedir.tar.gz)
 * with the entry point at its root, what `tar czf sourcedir.tar.gz train.py` makes on the CLI path.
 * Written here with a minimal ustar writer (Node has gzip but no tar), for one small file.
 */

export const ENTRY_POINT = 'train.py';

const BLOCK = 512;

function field(header: Buffer, offset: number, length: number, value: string) {
  header.write(value, offset, length, 'ascii');
}

/** An octal number as tar writes it: zero-padded, ending with NUL. */
const octal = (value: number, length: number) => `${value.toString(8).padStart(length - 1, '0')}\0`;

function fileHeader(name: string, size: number, mtime: number): Buffer {
  const header = Buffer.alloc(BLOCK);
  field(header, 0, 100, name);
  field(header, 100, 8, octal(0o644, 8));
  field(header, 108, 8, octal(0, 8));
  field(header, 116, 8, octal(0, 8));
  field(header, 124, 12, octal(size, 12));
  field(header, 136, 12, octal(mtime, 12));
  field(header, 148, 8, '        '); // the checksum is computed with its own field as spaces
  field(header, 156, 1, '0');
  field(header, 257, 6, 'ustar\0');
  field(header, 263, 2, '00');
  const sum = header.reduce((total, byte) => total + byte, 0);
  field(header, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return header;
}

/** A .tar.gz holding `files` (name → content) at its root. */
export function tarGz(files: Readonly<Record<string, Buffer>>, mtime = Math.floor(Date.now() / 1000)): Buffer {
  const parts: Buffer[] = [];
  for (const [name, body] of Object.entries(files)) {
    parts.push(fileHeader(name, body.length, mtime), body, Buffer.alloc((BLOCK - (body.length % BLOCK)) % BLOCK));
  }
  parts.push(Buffer.alloc(2 * BLOCK)); // two empty blocks end the archive
  return gzipSync(Buffer.concat(parts));
}

/** labs/ml-endpoint/code/train.py packed as sourcedir.tar.gz. */
export function sourceDirArchive(): Buffer {
  return tarGz({ [ENTRY_POINT]: readFileSync(labFile('ml-endpoint', 'code', ENTRY_POINT)) });
}
