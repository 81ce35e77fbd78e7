import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';

const BASE64_32_BYTES = /^[A-Za-z0-9+/]{43}=$/;
/** The example values shipped in .env.example. Refused in production. */
export const EXAMPLE_SECRETS = new Set([
  'ZGV2LW9ubHktZW5jcnlwdGlvbi1rZXktMzItYnl0ZXM=',
  'ZGV2LW9ubHktaG1hYy1rZXktbm90LWZvci1wcm9kISE=',
]);

const toBool = ({ value }: { value: unknown }): unknown =>
  value === undefined || value === '' ? undefined : value === true || value === 'true' || value === '1';
const toInt = ({ value }: { value: unknown }): unknown =>
  value === undefined || value === '' ? undefined : Number(value);

/**
 * Every environment variable the service reads, validated once at boot.
 * Sensitive ones are marked; their values never appear in an error.
 */
export class EnvironmentVariables {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsString()
  @Matches(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// URL' })
  DATABASE_URL!: string;

  @IsString()
  @Matches(/^rediss?:\/\//, { message: 'must be a redis:// URL' })
  REDIS_URL!: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** sensitive: 32 random bytes, base64. Encrypts raw narratives until they are de-identified. */
  @IsString()
  @Matches(BASE64_32_BYTES, { message: 'must be 32 random bytes, base64-encoded (openssl rand -base64 32)' })
  ENCRYPTION_KEY!: string;

  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'must be 1-32 characters of A-Z a-z 0-9 _ -' })
  ENCRYPTION_KEY_ID = 'k1';

  /** sensitive: earlier keys still needed to decrypt queued narratives, "id:base64,id:base64". */
  @IsOptional()
  @IsString()
  @Matches(/^([A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=)(,[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=)*$/, {
    message: 'must be a comma-separated list of id:base64key',
  })
  ENCRYPTION_KEYS_RETIRED?: string;

  /** sensitive: 32 random bytes, base64. Keys the hashes of case references, idempotency keys, status tokens and the cell-key perturbation. */
  @IsString()
  @Matches(BASE64_32_BYTES, { message: 'must be 32 random bytes, base64-encoded (openssl rand -base64 32)' })
  HMAC_KEY!: string;

  @Transform(toBool)
  @IsBoolean()
  ANONYMOUS_SUBMISSIONS = true;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent' = 'info';

  @IsString()
  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'must be 1-40 characters of a-z 0-9 _ -' })
  QUEUE_PREFIX = 'rr';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  WORKER_CONCURRENCY = 192;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  WORKER_BATCH_SIZE = 96;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1000)
  WORKER_BATCH_WAIT_MS = 25;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  JOB_ATTEMPTS = 6;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(600000)
  JOB_BACKOFF_MS = 1000;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(60000)
  OUTBOX_POLL_MS = 100;

  /** How often the worker moves journalled contributions into the rollup tables (trend reads drain too). */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(60000)
  ROLLUP_DRAIN_INTERVAL_MS = 500;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(86400000)
  SWEEPER_INTERVAL_MS = 30000;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(86400000)
  SWEEPER_STALE_AFTER_MS = 300000;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(600000)
  API_KEY_CACHE_MS = 5000;

  @Transform(toBool)
  @IsBoolean()
  GRAPHQL_INTROSPECTION = false;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  MIN_CELL_SIZE = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  DB_POOL_SIZE = 20;

  /** Anonymous submissions must carry a solved proof-of-work challenge. Default: on in production, off otherwise. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  POW_REQUIRED?: boolean;

  /** Leading zero bits the SHA-256 of challenge + solution must have (each bit doubles the work). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(32)
  POW_DIFFICULTY = 18;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(3600)
  POW_TTL_SECONDS = 300;

  /** Anonymous submissions accepted per minute across the whole service (not per address: none is kept). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000000)
  ANONYMOUS_BUDGET_PER_MINUTE = 120;

  /**
   * Distinct trend queries (GraphQL `trends` and the CSV export together) an organisation may ask per UTC day, all its
   * API keys together; repeating one it already asked that day is free, under any of its keys. Bounds how many
   * independent noise draws an organisation can collect (docs/disclosure-control.md).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  TREND_QUERIES_PER_DAY = 300;

  /**
   * When trend figures take in what changed (new reports, withdrawals, reviews, re-categorisation): `daily`, what
   * was processed before the last UTC midnight, so each cell changes at most once a day and someone who submits or
   * withdraws reports and asks again gets at most one fresh noise draw a day (docs/disclosure-control.md); or
   * `immediately`, at every read (development and tests).
   */
  @IsIn(['daily', 'immediately'])
  TRENDS_PUBLISHED: 'daily' | 'immediately' = 'daily';

  /** Cost points an API key may spend per minute (a submission costs 10, a read 1, a page of reports 1 + first/10, a trend query or CSV export 5). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000000)
  RATE_LIMIT_POINTS_PER_MINUTE = 6000;

  /** Months (by received month) a de-identified narrative and its evidence phrases are kept; 0 keeps them. Counts are never changed. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1200)
  RETENTION_NARRATIVE_MONTHS = 0;

  /** Days a FAILED report keeps its encrypted raw narrative for replay. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3650)
  RETENTION_FAILED_RAW_DAYS = 14;

  /** How often the worker runs the purge job. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(86400000)
  RETENTION_INTERVAL_MS = 3600000;

  /** Days audit-log rows are kept. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  AUDIT_RETENTION_DAYS = 365;
}

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigurationError';
  }
}

/** Validates process.env (or a given record). Messages name the variable, never its value. */
export function validateEnvironment(env: Record<string, string | undefined>): EnvironmentVariables {
  const known = Object.keys(new EnvironmentVariables()).concat([
    'DATABASE_URL',
    'REDIS_URL',
    'ENCRYPTION_KEY',
    'HMAC_KEY',
    'ENCRYPTION_KEYS_RETIRED',
    'POW_REQUIRED',
  ]);
  const picked: Record<string, string> = {};
  for (const name of known) {
    const value = env[name];
    if (value !== undefined && value !== '') picked[name] = value;
  }
  const instance = plainToInstance(EnvironmentVariables, picked, { exposeDefaultValues: true });
  const errors = validateSync(instance, { skipMissingProperties: false, forbidUnknownValues: true });
  const problems = errors.map((e) => {
    // Decorators register bottom-up, so the last failed constraint is the topmost one, the most basic
    // (PORT=abc: "must be an integer", not "must not be greater than 65535").
    const constraint = Object.values(e.constraints ?? {}).at(-1) ?? 'is invalid';
    const missing = picked[e.property] === undefined;
    const text = constraint.startsWith(`${e.property} `) ? constraint.slice(e.property.length + 1) : constraint;
    return missing ? `${e.property} is required` : `${e.property} ${text}`;
  });
  if (instance.NODE_ENV === 'production') {
    for (const name of ['ENCRYPTION_KEY', 'HMAC_KEY'] as const) {
      if (EXAMPLE_SECRETS.has(instance[name])) {
        problems.push(`${name} is the example value from .env.example; generate one with: openssl rand -base64 32`);
      }
    }
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
  return instance;
}
