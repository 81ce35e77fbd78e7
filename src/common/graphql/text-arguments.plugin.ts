import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, VariableDefinitionNode, visit } from 'graphql';
import { AppError } from '../errors/app-error';
import type { FieldProblem } from '../errors/error-codes';
import { hasForbiddenCharacters } from '../validation/text';
import { joinPath, pathOf, Position, recordVariableUse } from './variable-uses';

/**
 * Control characters (NUL, C0/C1 other than tab and line breaks, DEL) and lone
 * surrogates are refused in EVERY string a request carries, whether in its
 * variables or inline in the document: tokens, cursors, ids, filters, not only
 * the fields whose DTO says so. The answer names the path and the problem
 * CONTROL_CHARACTERS, never the value.
 */
export function textArgumentsPlugin(): ApolloServerPlugin {
  // A parsed document is reused by Apollo for a repeated query, so it is scanned once.
  const scans = new WeakMap<DocumentNode, DocumentScan>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const problems: FieldProblem[] = [];
          let scan = scans.get(document);
          if (!scan) scans.set(document, (scan = scanDocument(document)));
          for (const [name, value] of Object.entries(request.variables ?? {})) {
            // The variable's name is the caller's text: a problem is named by where the variable is used.
            const usedAt = scan.variables.get(name);
            if (usedAt) collect(value, pathOf(usedAt, isObject(value)), problems, usedAt.argument);
          }
          problems.push(...scan.literalProblems);
          if (problems.length > 0) {
            const error = AppError.badInput(problems.slice(0, 20));
            throw new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
          }
        },
      };
    },
  };
}

interface DocumentScan {
  /** The first place each variable is used. */
  variables: Map<string, Position>;
  literalProblems: readonly FieldProblem[];
}

const isObject = (value: unknown): boolean => value !== null && typeof value === 'object' && !Array.isArray(value);

/** `whole` names the argument itself, for a problem at the top of an object argument (a key of it). */
function collect(value: unknown, path: string, out: FieldProblem[], whole: string, depth = 0): void {
  if (out.length >= 20 || depth > 20) return;
  if (typeof value === 'string') {
    if (hasForbiddenCharacters(value)) out.push({ field: path || whole, problem: 'CONTROL_CHARACTERS' });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collect(item, joinPath(path || whole, `[${i}]`), out, whole, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      // A key is the caller's text: only safe names are repeated in the path.
      collect(item, joinPath(path, /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(key) ? key : '?'), out, whole, depth + 1);
    }
    for (const key of Object.keys(value as Record<string, unknown>)) {
      if (hasForbiddenCharacters(key)) out.push({ field: path || whole, problem: 'CONTROL_CHARACTERS' });
    }
  }
}

function scanDocument(document: DocumentNode): DocumentScan {
  const variables = new Map<string, Position>();
  const literalProblems: FieldProblem[] = [];
  const names: string[] = [];
  const here = (): Position => ({ argument: names[0] ?? '', fields: names.slice(1) });
  const definitions: VariableDefinitionNode[] = [];
  visit(document, {
    VariableDefinition: (node) => void definitions.push(node),
    Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    ObjectField: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    Variable(node) {
      // A variable's definition is not a use; an argument's value is.
      if (names.length > 0 && !variables.has(node.name.value)) variables.set(node.name.value, here());
    },
    StringValue(node) {
      if (literalProblems.length < 20 && hasForbiddenCharacters(node.value)) {
        literalProblems.push({ field: pathOf(here(), false) || 'document', problem: 'CONTROL_CHARACTERS' });
      }
    },
  });
  // For the error formatter: graphql-js reports a variable's bad value on its definition node.
  for (const definition of definitions) {
    const use = variables.get(definition.variable.name.value);
    if (use) recordVariableUse(definition, use);
  }
  return { variables, literalProblems };
}
