import { imageSize } from 'image-size';

/**
 * An image's type and size, read from the first bytes of the file: PNG keeps them in its first
 * chunk, JPEG in a frame header that follows the EXIF block (which can reach 64 KiB).
 */
export const HEADER_BYTES = 128 * 1024;

export interface ImageInfo {
  type: 'jpg' | 'png';
  width: number;
  height: number;
}

/** undefined: not a JPEG or PNG (or too damaged to read its size). */
export function imageInfo(head: Uint8Array): ImageInfo | undefined {
  try {
    const { type, width, height } = imageSize(head);
    if ((type === 'jpg' || type === 'png') && width > 0 && height > 0) return { type, width, height };
  } catch {
    // image-size throws on anything it does not recognise: for the lab that is "not an image".
  }
  return undefined;
}
