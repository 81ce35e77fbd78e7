import { createCipheriv, createDecipheriv } from 'node:crypto';
import { randomPool } from './random-pool';
import type { EncryptionKey } from '../../config/app-config';

/**
 * AES-256-GCM for raw narratives, which live only until de-identification.
 *
 * Layout: [0x01 version][key-id length][key id ASCII][12-byte IV][ciphertext][16-byte tag].
 * The report id is bound as associated data, so a ciphertext moved to another
 * report's row fails to decrypt. The key id lets keys rotate: the current key
 * encrypts, retired keys still decrypt what is queued.
 */
const VERSION = 0x01;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class NarrativeCipher {
  private readonly keys: Map<string, Buffer>;

  constructor(
    private readonly current: EncryptionKey,
    retired: EncryptionKey[] = [],
  ) {
    if (current.key.length !== 32) throw new Error('Encryption key must be 32 bytes');
    this.keys = new Map([...retired, current].map((k) => [k.id, k.key]));
  }

  encrypt(plaintext: string, reportId: string): Buffer {
    const iv = randomPool.take(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    cipher.setAAD(Buffer.from(reportId, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const keyId = Buffer.from(this.current.id, 'ascii');
    return Buffer.concat([Buffer.from([VERSION, keyId.length]), keyId, iv, body, cipher.getAuthTag()]);
  }

  decrypt(payload: Buffer, reportId: string): string {
    if (payload.length < 2 + IV_BYTES + TAG_BYTES || payload[0] !== VERSION) {
      throw new Error('Unsupported narrative ciphertext');
    }
    const idLength = payload[1]!;
    const keyId = payload.subarray(2, 2 + idLength).toString('ascii');
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`No key with id ${keyId} is configured`);
    const ivStart = 2 + idLength;
    const iv = payload.subarray(ivStart, ivStart + IV_BYTES);
    const tag = payload.subarray(payload.length - TAG_BYTES);
    const body = payload.subarray(ivStart + IV_BYTES, payload.length - TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(reportId, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }
}
