import { Global, Module } from '@nestjs/common';
import { RollupsService } from './rollups.service';

@Global()
@Module({ providers: [RollupsService], exports: [RollupsService] })
export class RollupsModule {}
