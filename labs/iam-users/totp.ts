import { createHmac } from 'node:crypto';

/**
 * Time-based one-time passwords (RFC 6238, HMAC-SHA1, 30-second steps, 6 digits): what an
 * authenticator app shows for a virtual MFA device, computed from the device's Base32 seed. The
 * reference solution enables the user's MFA device with two consecutive codes, as a person
 * typing them from the app would; real AWS validates them.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 Base32 (padding and case ignored), as IAM's Base32StringSeed is written. */
export function base32Decode(text: string): Buffer {
  const clean = text.replace(/=+$/, '').replace(/\s+/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) throw new Error(`not a Base32 character: ${JSON.stringify(char)}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** RFC 4226 HOTP for one counter value. */
export function hotp(secret: Buffer, counter: number, digits = 6): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', secret).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

export const TOTP_STEP_SECONDS = 30;

/** The code an authenticator shows at `timeMs` for a Base32 seed. */
export function totp(base32Seed: string, timeMs: number, digits = 6): string {
  return hotp(base32Decode(base32Seed), Math.floor(timeMs / 1000 / TOTP_STEP_SECONDS), digits);
}

/** Two consecutive codes, the previous step's and the current one's: what EnableMFADevice asks for. */
export function consecutiveCodes(base32Seed: string, nowMs: number): [string, string] {
  return [totp(base32Seed, nowMs - TOTP_STEP_SECONDS * 1000), totp(base32Seed, nowMs)];
}
