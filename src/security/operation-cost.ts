/** Points an operation costs an API key: a write 10, a page of reports 1 + first/10, anything else 1. */
export function operationCost(field: string, args: Record<string, unknown>): number {
  switch (field) {
    case 'submitReport':
    case 'withdrawReport':
      return 10;
    case 'reports': {
      const first = typeof args.first === 'number' && args.first > 0 ? args.first : 20;
      return 1 + Math.ceil(Math.min(first, 1000) / 10);
    }
    case 'trends':
      return 5;
    default:
      return 1;
  }
}

/** The plain-HTTP routes a key may call, charged as their GraphQL twin: the CSV export costs what `trends` does. */
export function httpOperationCost(path: string): number {
  return path === '/exports/trends.csv' ? operationCost('trends', {}) : 1;
}
