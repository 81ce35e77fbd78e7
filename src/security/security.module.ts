import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AnonymousGate } from './anonymous-gate.service';
import { RateLimitInterceptor } from './rate-limit.interceptor';
import { RateLimitsService } from './rate-limits.service';
import { SecurityResolver } from './security.resolver';

/** Proof of work and the anonymous budget (anonymous channel), cost-based limits per API key. */
@Module({
  providers: [RateLimitsService, AnonymousGate, SecurityResolver, { provide: APP_INTERCEPTOR, useClass: RateLimitInterceptor }],
  exports: [AnonymousGate, RateLimitsService],
})
export class SecurityModule {}
