import { parquetMetadata } from 'hyparquet';
import type { Localized } from '../../checker/core/i18n.ts';
import type { CheckContext } from '../../checker/core/types.ts';

/**
 * A Parquet file's schema and row count, read from its footer alone: the file ends with the
 * Thrift-encoded metadata, its length (4 bytes) and the magic `PAR1`. The checker asks S3 for the
 * last bytes only (a suffix range), and a second time if the metadata is longer than the first read.
 */

/** Enough for the footer of the lab's files (a few KB) in one request. */
const FIRST_READ = 64 * 1024;
const MAGIC = 0x31524150; // "PAR1", little-endian

export interface ParquetColumn {
  name: string;
  /** A simple type name: timestamp, date, double, float, int64, int32, decimal, string, boolean, binary… */
  type: string;
}

export interface ParquetFooter {
  rows: number;
  columns: ParquetColumn[];
  /** Per column, the smallest value over all row groups, when the writer recorded statistics. */
  minimums: Record<string, number | string | undefined>;
  createdBy?: string;
}

type Schema = ReturnType<typeof parquetMetadata>['schema'][number];

/** The type a reader of the column sees, from its logical, converted and physical types. */
export function simpleType(s: Schema): string {
  const logical = s.logical_type?.type;
  if (logical === 'TIMESTAMP' || s.converted_type === 'TIMESTAMP_MILLIS' || s.converted_type === 'TIMESTAMP_MICROS' || s.type === 'INT96') return 'timestamp';
  if (logical === 'DATE' || s.converted_type === 'DATE') return 'date';
  if (logical === 'DECIMAL' || s.converted_type === 'DECIMAL') return 'decimal';
  if (logical === 'STRING' || s.converted_type === 'UTF8') return 'string';
  switch (s.type) {
    case 'DOUBLE': return 'double';
    case 'FLOAT': return 'float';
    case 'INT64': return 'int64';
    case 'INT32': return 'int32';
    case 'BOOLEAN': return 'boolean';
    case 'BYTE_ARRAY': return 'binary';
    default: return (s.type ?? 'group').toLowerCase();
  }
}

export const isNumeric = (type: string) => ['double', 'float', 'int64', 'int32', 'decimal'].includes(type);

function toNumberOrText(value: unknown): number | string | undefined {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  return undefined;
}

/** The footer of `key`, or why it is not a Parquet file. */
export async function readParquetFooter(ctx: CheckContext, bucket: string, key: string, size: number): Promise<ParquetFooter | { error: Localized }> {
  if (size < 12) return { error: { es: 'es demasiado corto para ser Parquet', en: 'too short to be Parquet' } };
  let tail = await ctx.s3.readObjectEnd(bucket, key, Math.min(size, FIRST_READ));
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  if (tail.byteLength < 8 || view.getUint32(tail.byteLength - 4, true) !== MAGIC) return { error: { es: 'no tiene pie de Parquet (no acaba en PAR1)', en: 'no Parquet footer (the file does not end in PAR1)' } };
  const needed = view.getUint32(tail.byteLength - 8, true) + 8;
  if (needed > size) return { error: { es: 'el pie de Parquet está dañado', en: 'the Parquet footer is damaged' } };
  if (needed > tail.byteLength) tail = await ctx.s3.readObjectEnd(bucket, key, needed);
  try {
    const meta = parquetMetadata(tail);
    // Top-level columns only: the lab's files are flat tables.
    const columns = meta.schema.slice(1).filter((s) => !s.num_children).map((s) => ({ name: s.name, type: simpleType(s) }));
    const minimums: ParquetFooter['minimums'] = {};
    for (const group of meta.row_groups) {
      for (const chunk of group.columns) {
        const name = chunk.meta_data?.path_in_schema.join('.');
        const stats = chunk.meta_data?.statistics;
        const min = toNumberOrText(stats?.min_value ?? stats?.min);
        if (!name || min === undefined) continue;
        const seen = minimums[name];
        minimums[name] = seen === undefined || min < seen ? min : seen;
      }
    }
    return { rows: Number(meta.num_rows), columns, minimums, createdBy: meta.created_by };
  } catch (error) {
    const why = (error as Error).message;
    return { error: { es: `metadatos de Parquet ilegibles: ${why}`, en: `unreadable Parquet metadata: ${why}` } };
  }
}
