import { Controller, Get, Header, Query } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CurrentCaller, RequireScopes } from '../../access/access.decorators';
import type { KeyCaller } from '../../access/caller';
import { AppError } from '../../common/errors/app-error';
import { toFieldProblems } from '../../common/validation/validation.pipe';
import { TrendQuery, TrendResult } from './dto/trend.types';
import { DIMENSION_COLUMN } from './trend-dimensions';
import { TrendsService } from './trends.service';

/**
 * The same trend query as CSV, for spreadsheets and statistics packages:
 * GET /exports/trends.csv?query=<TrendQuery as JSON>, with the researcher's
 * key. Suppressed cells have an empty count and suppressed=true. Each export
 * is a trend query of the organisation's daily budget, like the GraphQL one.
 */
@Controller('exports')
export class TrendsExportController {
  constructor(private readonly trends: TrendsService) {}

  @RequireScopes('analytics:read')
  @Get('trends.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="trends.csv"')
  async export(@Query('query') raw: string | undefined, @CurrentCaller() caller: KeyCaller): Promise<string> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw ?? '');
    } catch {
      throw AppError.badInput([{ field: 'query', problem: 'JSON_TREND_QUERY' }]);
    }
    const query = plainToInstance(TrendQuery, parsed);
    const errors = await validate(query, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
    if (typeof parsed !== 'object' || parsed === null || !Array.isArray((parsed as { groupBy?: unknown }).groupBy)) {
      throw AppError.badInput([{ field: 'groupBy', problem: 'REQUIRED' }]);
    }
    // Fields are named from inside the query, as GraphQL's trends(query:) names them; the query itself is 'query'.
    if (errors.length) throw AppError.badInput(toFieldProblems(errors, '', 'query'));
    return toCsv(query, await this.trends.query(query, caller));
  }
}

export function toCsv(query: TrendQuery, result: TrendResult): string {
  const fields = [...(query.interval ? ['period'] : []), ...query.groupBy.map((d) => DIMENSION_COLUMN[d].field)];
  const header = [...fields, 'count', 'suppressed'];
  const lines = [header.join(',')];
  for (const cell of result.cells) {
    const record = cell as unknown as Record<string, unknown>;
    lines.push([...fields.map((f) => csvValue(record[f])), cell.count === null ? '' : String(cell.count), String(cell.suppressed)].join(','));
  }
  lines.push(`# minimumCellSize=${result.minimumCellSize}; suppressedCells=${result.suppressedCells}; taxonomyVersion=${result.taxonomyVersion}; counts perturbed (multiples of 3)`);
  return `${lines.join('\n')}\n`;
}

/** Values are codes from allowlists, but quote defensively and neutralise spreadsheet formulas. */
function csvValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value).replace(/^[=+\-@]/, "'$&");
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
