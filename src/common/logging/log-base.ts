/** Fields on every log line of every process (pino's default pid and hostname are left out). */
export const LOG_BASE = { service: 'rights-report' } as const;
