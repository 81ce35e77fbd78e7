import { GraphQLError, GraphQLFormattedError, Kind, OperationDefinitionNode, ValueNode } from 'graphql';
import type { Caller } from '../access/caller';
import { toSafeError } from '../common/errors/format-error';
import { UUID_PATTERN } from '../common/validation/uuid';

/** One audit line: ids, an operation name, an outcome code. Never content, never an address. */
export interface AuditEntry {
  actor: string;
  operation: string;
  reportId: string | null;
  outcome: string;
}

/** Public reads that carry nothing worth auditing (and would flood the log). */
const NOT_AUDITED = new Set(['__typename', '__schema', '__type', 'violationTaxonomy', 'anonymousChallenge']);
/** The argument that names a report, per operation. */
const REPORT_ARGUMENT: Record<string, string> = { report: 'id', withdrawReport: 'id', reviewReport: 'id', reportStatus: 'receiptId' };

export function actorOf(caller: Caller | undefined, presentedKey: boolean): string {
  if (caller?.kind === 'key') return caller.keyId;
  return presentedKey ? 'unidentified' : 'anonymous';
}

/** The audit entries of one executed operation: one per root field. */
export function auditEntries(input: {
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  data: Record<string, unknown> | null | undefined;
  errors: readonly GraphQLError[];
  actor: string;
}): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (const selection of input.operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || NOT_AUDITED.has(selection.name.value)) continue;
    const name = selection.name.value;
    const key = selection.alias?.value ?? name;
    const error = input.errors.find((e) => !e.path || e.path.length === 0 || e.path[0] === key);
    let reportId: string | null = null;
    const argName = REPORT_ARGUMENT[name];
    if (argName) {
      const arg = selection.arguments?.find((a) => a.name.value === argName);
      reportId = arg ? asUuid(valueOf(arg.value, input.variables)) : null;
    } else if (name === 'submitReport') {
      const payload = input.data?.[key] as { receipt?: { id?: unknown } } | null | undefined;
      reportId = asUuid(payload?.receipt?.id);
    }
    // An anonymous caller's report id is not recorded: with the minute, it would let anyone holding a
    // proxy or network log tie a report to a connection. Key holders are accountable, so theirs is.
    if (input.actor === 'anonymous' || input.actor === 'unidentified') reportId = null;
    entries.push({ actor: input.actor, operation: name, reportId, outcome: error ? outcomeOf(error) : 'OK' });
  }
  return entries;
}

function outcomeOf(error: GraphQLError): string {
  const formatted: GraphQLFormattedError = { message: error.message, extensions: error.extensions, path: error.path };
  const code = toSafeError(formatted, error).extensions?.code;
  return typeof code === 'string' && /^[A-Z_]{2,40}$/.test(code) ? code : 'INTERNAL_SERVER_ERROR';
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.STRING) return node.value;
  return undefined;
}

function asUuid(value: unknown): string | null {
  return typeof value === 'string' && UUID_PATTERN.test(value) ? value.toLowerCase() : null;
}
