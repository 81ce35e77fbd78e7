import { ApiKeyEntity } from '../access/api-key.entity';
import { OrganisationEntity } from '../access/organisation.entity';
import { ReportEntity } from '../reports/report.entity';

export const ENTITIES = [OrganisationEntity, ApiKeyEntity, ReportEntity];
