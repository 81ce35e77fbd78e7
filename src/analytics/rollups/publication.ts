import type { AppConfig } from '../../config/app-config';

/**
 * The journal entries the trend figures may take in now (RollupsService.drain's
 * `before`): with TRENDS_PUBLISHED=daily, those recorded before the current UTC
 * day, so a cell changes at most once a day (someone who adds, withdraws or
 * reviews reports and asks again gets at most one fresh noise draw a day);
 * with `immediately`, all of them (null).
 */
export function publicationCutoff(config: Pick<AppConfig, 'analytics'>, now: Date = new Date()): string | null {
  return config.analytics.published === 'daily' ? now.toISOString().slice(0, 10) : null;
}
