import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-codes';
import { challengeHash, Challenge, issueChallenge, verifySolution } from './proof-of-work';
import { RateLimitsService } from './rate-limits.service';

/** Something that runs SQL inside the submission's transaction. */
export type TxRunner = { query: (sql: string, params?: unknown[]) => Promise<unknown> };

/** Admission of one anonymous submission: done in the transaction that writes the report. */
export type Admission = (tx: TxRunner) => Promise<void>;

/**
 * What holds back abuse of the anonymous channel without tracking anyone:
 * a proof-of-work challenge (single use, short-lived, signed, difficulty
 * configurable) and a service-wide budget per minute. Neither reads an
 * address, a user agent or any header other than Proof-Of-Work.
 */
@Injectable()
export class AnonymousGate {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly limits: RateLimitsService,
  ) {}

  challenge(): Challenge & { required: boolean } {
    const s = this.config.security;
    return { ...issueChallenge(s.powKey, s.powDifficulty, s.powTtlSeconds), required: s.powRequired };
  }

  /**
   * Checks the solution (when required) and charges the budget; returns the
   * step that spends the challenge inside the report's transaction, so a
   * challenge is spent exactly when a report is written.
   */
  async admit(header: string | string[] | undefined): Promise<Admission> {
    const s = this.config.security;
    let spend: Admission = async () => undefined;
    if (s.powRequired) {
      if (typeof header !== 'string' || header.length === 0) {
        throw new AppError(
          ErrorCode.PROOF_OF_WORK_REQUIRED,
          'Anonymous submissions need a solved challenge from anonymousChallenge in the Proof-Of-Work header',
        );
      }
      const verdict = verifySolution(s.powKey, header, s.powDifficulty);
      if (!verdict.ok) {
        throw new AppError(ErrorCode.PROOF_OF_WORK_INVALID, 'The proof of work is not valid; request a new challenge', {
          reason: verdict.reason,
        });
      }
      spend = async (tx) => {
        const rows = (await tx.query(
          `INSERT INTO proof_of_work_spent (challenge_hash, expires_at) VALUES ($1, $2)
           ON CONFLICT (challenge_hash) DO NOTHING RETURNING 1 AS spent`,
          [challengeHash(verdict.challenge), verdict.expiresAt],
        )) as unknown[];
        if (rows.length === 0) {
          throw new AppError(ErrorCode.PROOF_OF_WORK_INVALID, 'The proof of work is not valid; request a new challenge', {
            reason: 'ALREADY_USED',
          });
        }
      };
    }
    await this.limits.chargeAnonymousSubmission();
    return spend;
  }
}
