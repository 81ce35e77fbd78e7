import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { randomToken, sha256 } from '../common/crypto/keyed-hash';
import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-codes';
import type { KeyCaller } from './caller';
import { isScope, Scope } from './scopes';

export const KEY_PREFIX = 'rrk_';
const KEY_PATTERN = /^rrk_[A-Za-z0-9_-]{43}$/;

interface CacheEntry {
  caller: KeyCaller | null;
  expires: number;
}

/**
 * Issues, revokes and checks API keys. A key is random (256 bits), shown once
 * and stored only as its SHA-256. Lookups are cached for API_KEY_CACHE_MS, so
 * a revocation takes effect within that time (0 disables the cache).
 */
@Injectable()
export class ApiKeyService {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async createOrganisation(name: string): Promise<{ id: string }> {
    const trimmed = name.trim();
    if (trimmed.length < 1 || trimmed.length > 200 || /[\p{Cc}]/u.test(trimmed)) {
      throw AppError.badInput([{ field: 'name', problem: 'LENGTH_1_200_NO_CONTROL_CHARACTERS' }]);
    }
    const rows: { id: string }[] = await this.db.query('INSERT INTO organisation (name) VALUES ($1) RETURNING id', [trimmed]);
    return { id: rows[0]!.id };
  }

  async issue(organisationId: string, scopes: string[], label?: string): Promise<{ id: string; key: string; prefix: string }> {
    const unknown = scopes.filter((s) => !isScope(s));
    if (scopes.length === 0 || unknown.length > 0) {
      throw AppError.badInput([{ field: 'scopes', problem: 'UNKNOWN_SCOPE' }]);
    }
    if (!isUuid(organisationId)) throw AppError.notFound('No such organisation');
    const org: unknown[] = await this.db.query('SELECT 1 FROM organisation WHERE id = $1', [organisationId]);
    if (org.length === 0) throw AppError.notFound('No such organisation');
    const key = KEY_PREFIX + randomToken(32);
    const prefix = key.slice(0, 10);
    const rows: { id: string }[] = await this.db.query(
      'INSERT INTO api_key (organisation_id, key_hash, prefix, scopes, label) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [organisationId, sha256(key), prefix, [...new Set(scopes)], label ?? null],
    );
    return { id: rows[0]!.id, key, prefix };
  }

  async revoke(keyId: string): Promise<boolean> {
    if (!isUuid(keyId)) return false;
    const result: [unknown[], number] = await this.db.query(
      'UPDATE api_key SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL',
      [keyId],
    );
    this.cache.clear();
    return result[1] > 0;
  }

  /** Resolves an Authorization header value to a caller, or throws UNAUTHENTICATED. */
  async authenticate(header: string): Promise<KeyCaller> {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    const key = match?.[1];
    if (!key || !KEY_PATTERN.test(key)) {
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'The Authorization header must be "Bearer <API key>"');
    }
    const hash = sha256(key);
    const cacheKey = hash.toString('base64');
    const now = Date.now();
    const cached = this.cache.get(cacheKey);
    let caller: KeyCaller | null;
    if (cached && cached.expires > now) {
      caller = cached.caller;
    } else {
      const rows: { id: string; organisation_id: string; scopes: string[] }[] = await this.db.query(
        'SELECT id, organisation_id, scopes FROM api_key WHERE key_hash = $1 AND revoked_at IS NULL',
        [hash],
      );
      const row = rows[0];
      caller = row
        ? { kind: 'key', keyId: row.id, organisationId: row.organisation_id, scopes: new Set(row.scopes.filter(isScope)) as ReadonlySet<Scope> }
        : null;
      if (this.config.access.apiKeyCacheMs > 0) {
        if (this.cache.size > 10_000) this.cache.clear();
        this.cache.set(cacheKey, { caller, expires: now + this.config.access.apiKeyCacheMs });
      }
    }
    if (!caller) throw new AppError(ErrorCode.UNAUTHENTICATED, 'The API key is not valid or has been revoked');
    return caller;
  }
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(value);
}
