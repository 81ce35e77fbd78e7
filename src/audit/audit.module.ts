import { Module } from '@nestjs/common';
import { AuditPlugin } from './audit.plugin';

/** The audit log, written by an Apollo plugin for every executed operation. */
@Module({ providers: [AuditPlugin] })
export class AuditModule {}
