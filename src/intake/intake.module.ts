import { Module } from '@nestjs/common';
import { SecurityModule } from '../security/security.module';
import { IntakeResolver } from './intake.resolver';
import { IntakeService } from './intake.service';

@Module({ imports: [SecurityModule], providers: [IntakeService, IntakeResolver], exports: [IntakeService] })
export class IntakeModule {}
