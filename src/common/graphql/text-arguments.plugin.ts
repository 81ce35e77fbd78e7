import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, visit } from 'graphql';
import { AppError } from '../errors/app-error';
import type { FieldProblem } from '../errors/error-codes';
import { hasForbiddenCharacters } from '../validation/text';

/**
 * Control characters (NUL, C0/C1 other than tab and line breaks, DEL) and lone
 * surrogates are refused in EVERY string a request carries, whether in its
 * variables or inline in the document: tokens, cursors, ids, filters, not only
 * the fields whose DTO says so. The answer names the path and the problem
 * CONTROL_CHARACTERS, never the value.
 */
export function textArgumentsPlugin(): ApolloServerPlugin {
  // A parsed document is reused by Apollo for a repeated query, so its literals are checked once.
  const literalProblems = new WeakMap<DocumentNode, readonly FieldProblem[]>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const problems: FieldProblem[] = [];
          for (const [name, value] of Object.entries(request.variables ?? {})) collect(value, name, problems);
          let inDocument = literalProblems.get(document);
          if (!inDocument) {
            const found: FieldProblem[] = [];
            collectLiterals(document, found);
            literalProblems.set(document, (inDocument = found));
          }
          problems.push(...inDocument);
          if (problems.length > 0) {
            const error = AppError.badInput(problems.slice(0, 20));
            throw new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
          }
        },
      };
    },
  };
}

function collect(value: unknown, path: string, out: FieldProblem[], depth = 0): void {
  if (out.length >= 20 || depth > 20) return;
  if (typeof value === 'string') {
    if (hasForbiddenCharacters(value)) out.push({ field: path, problem: 'CONTROL_CHARACTERS' });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collect(item, `${path}[${i}]`, out, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      // A key is the caller's text: only safe names are repeated in the path.
      collect(item, /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(key) ? `${path}.${key}` : `${path}.?`, out, depth + 1);
    }
    for (const key of Object.keys(value as Record<string, unknown>)) {
      if (hasForbiddenCharacters(key)) out.push({ field: path, problem: 'CONTROL_CHARACTERS' });
    }
  }
}

function collectLiterals(document: DocumentNode, out: FieldProblem[]): void {
  const names: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    ObjectField: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    StringValue(node) {
      if (out.length < 20 && hasForbiddenCharacters(node.value)) {
        out.push({ field: names.join('.') || 'document', problem: 'CONTROL_CHARACTERS' });
      }
    },
  });
}
