import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReportEntity } from '../../reports/report.entity';

/**
 * Where the trend rollups are kept in step with reports. Categorisation adds
 * a report's contribution, withdrawal and re-categorisation reverse it, in the
 * same transaction as the change itself.
 */
@Injectable()
export class RollupsService {
  async apply(_tx: EntityManager, _report: ReportEntity): Promise<void> {
    // Rollups arrive with the trends capability.
  }

  async reverse(_tx: EntityManager, _report: ReportEntity): Promise<void> {
    // Rollups arrive with the trends capability.
  }
}
