/** A class name and, for PostgreSQL or Node errors, their code: never a message, which may quote data. */
export function errorClass(error: unknown): string {
  if (error instanceof Error) {
    const withCode = error as { code?: unknown; driverError?: { code?: unknown } };
    const code = withCode.driverError?.code ?? withCode.code;
    return typeof code === 'string' ? `${error.name}:${code}` : error.name;
  }
  return typeof error;
}
