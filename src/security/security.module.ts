import { Module } from '@nestjs/common';
import { AnonymousGate } from './anonymous-gate.service';
import { RateLimitsService } from './rate-limits.service';
import { SecurityResolver } from './security.resolver';

/**
 * Proof of work and the anonymous budget (anonymous channel), cost-based
 * limits per API key (charged by AccessGuard once it has identified the key).
 */
@Module({
  providers: [RateLimitsService, AnonymousGate, SecurityResolver],
  exports: [AnonymousGate, RateLimitsService],
})
export class SecurityModule {}
