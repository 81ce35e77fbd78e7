import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { SecurityModule } from '../security/security.module';
import { AccessGuard } from './access.guard';
import { ApiKeyService } from './api-key.service';

@Global()
@Module({
  imports: [SecurityModule],
  providers: [ApiKeyService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [ApiKeyService],
})
export class AccessModule {}
