import { ConfigurationError } from './environment';

/** Prints a configuration problem (names only, never values) and exits; anything else: its class only. */
export function exitOnConfigurationError(error: unknown): never {
  if (error instanceof ConfigurationError) {
    process.stderr.write(`${error.message}\nSee .env.example and the README's configuration table.\n`);
  } else {
    const name = error instanceof Error ? error.name : typeof error;
    const code = (error as { code?: unknown })?.code;
    process.stderr.write(`Start-up failed: ${name}${typeof code === 'string' ? ` (${code})` : ''}\n`);
    if (process.env.NODE_ENV !== 'production' && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
  }
  process.exit(1);
}
