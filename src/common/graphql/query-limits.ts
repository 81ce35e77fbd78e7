import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  ASTVisitor,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  visit,
} from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppError } from '../errors/app-error';
import { ErrorCode } from '../errors/error-codes';

/** The limits every GraphQL request is held to. */
export const QUERY_LIMITS = {
  maxDepth: 8,
  maxAliases: 5,
  maxDirectives: 10,
  maxTokens: 1000,
  /** Estimated cost: 1 per field, a list's children multiplied by its `first`. */
  maxCost: 5000,
  /** Bytes of the GraphQL document itself (checked over HTTP, see src/http/graphql-document-limit.ts). */
  maxDocumentBytes: 8 * 1024,
} as const;

/** A GraphQLError that the formatter passes through with its code (and no http 200). */
export function limitError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    originalError: new AppError(code, message, details),
    extensions: { http: { status: 400 } },
  });
}

/**
 * graphql-armor's depth, alias and directive limits, and its field suggestion
 * masking. Its cost limit is off: it cannot weigh a connection by `first`,
 * which graphql-query-complexity does (see costLimitPlugin). Its token limit
 * is off too: it parses the document a second time in a plugin, and a syntax
 * error met there left Apollo as an "unexpected error" whose message quoted
 * the document (inline literals included) with HTTP 500. graphql-js's own
 * parser counts tokens (PARSE_OPTIONS, given to Apollo), so a document is
 * parsed once and every syntax error is an ordinary parse failure.
 */
export function armor(): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: false, exposeLimits: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, allowList: [], exposeLimits: true },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: true },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true, mask: '' },
  }).protect();
  return { plugins, validationRules: [...validationRules, singleRootFieldMutationRule] };
}

/** graphql-js's parser refuses a document of more than `maxTokens` tokens, before building it. */
export const PARSE_OPTIONS = { maxTokens: QUERY_LIMITS.maxTokens } as const;

/** Armor's messages (fixed texts with numbers), recognised by the formatter. */
export function isQueryLimitMessage(message: string): boolean {
  return /^(Syntax Error: )?(Query depth limit|Aliases limit|Directives limit|Token limit) of \d+ exceeded/.test(message);
}

/** graphql-js's "Document contains more than N tokens" (spelt "more that" in graphql 16), as our fixed text. */
export function tokenLimitMessage(message: string): string | undefined {
  const n = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/.exec(message)?.[1];
  return n === undefined ? undefined : `Token limit of ${n} exceeded.`;
}

/**
 * A mutation selects exactly one root field, and a document holding a
 * mutation holds nothing else: one write per request, one audit line, one
 * idempotency decision.
 */
export const singleRootFieldMutationRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  Document(node) {
    const operations = node.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (operations.length > 1 && operations.some((o) => o.operation === 'mutation')) {
      context.reportError(
        limitError(ErrorCode.QUERY_LIMIT_EXCEEDED, 'A document with a mutation must contain only that operation', { limit: 'ONE_OPERATION' }),
      );
    }
  },
  OperationDefinition(node) {
    if (node.operation !== 'mutation') return;
    const fields = countRootFields(node.selectionSet, (name) => context.getFragment(name), new Set());
    if (fields !== 1) {
      context.reportError(
        limitError(ErrorCode.QUERY_LIMIT_EXCEEDED, 'A mutation must select exactly one root field', { limit: 'ONE_ROOT_FIELD' }),
      );
    }
  },
});

function countRootFields(
  set: SelectionSetNode,
  fragment: (name: string) => FragmentDefinitionNode | null | undefined,
  seen: Set<string>,
): number {
  let n = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) n += 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) n += countRootFields(selection.selectionSet, fragment, seen);
    else {
      const name = selection.name.value;
      if (seen.has(name)) continue;
      seen.add(name);
      const def = fragment(name);
      if (def) n += countRootFields(def.selectionSet, fragment, seen);
    }
  }
  return n;
}

/** A list with `first` costs its children `first` times over; everything else costs 1 plus its children. */
export const firstArgumentEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first: unknown = args.first;
  if (typeof first === 'number' && Number.isFinite(first)) return 1 + Math.max(0, first) * Math.max(1, childComplexity);
  return undefined;
};

/**
 * Cost limit, computed once the operation and its variables are known
 * (a validation rule cannot see variables, so `first: $n` would escape it).
 *
 * A document's cost depends on its variables only through `first` arguments
 * and directives (`@include(if: $x)`), so the cost is remembered per parsed
 * document (Apollo hands back the same object for a repeated query), operation
 * and the values of just those variables: a partner app's `submitReport` is
 * weighed once, not walked again on every request.
 */
export function costLimitPlugin(maxCost: number = QUERY_LIMITS.maxCost): ApolloServerPlugin {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const costVariables = new WeakMap<DocumentNode, readonly string[]>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const variables = request.variables ?? {};
          let names = costVariables.get(document);
          if (!names) costVariables.set(document, (names = variablesThatWeigh(document)));
          const key = JSON.stringify([request.operationName ?? null, ...names.map((n) => variables[n] ?? null)]);
          let known = costs.get(document);
          let cost = known?.get(key);
          if (cost === undefined) {
            try {
              cost = getComplexity({
                schema,
                query: document,
                operationName: request.operationName ?? undefined,
                variables,
                estimators: [firstArgumentEstimator, simpleEstimator({ defaultComplexity: 1 })],
              });
            } catch {
              // Variables that do not coerce: execution refuses them with BAD_USER_INPUT before any resolver runs.
              return;
            }
            if (!known) costs.set(document, (known = new Map()));
            // Bounded: a document sent with ever new `first` values is weighed each time once this is full.
            if (known.size < COSTS_PER_DOCUMENT) known.set(key, cost);
          }
          if (cost > maxCost) {
            throw limitError(ErrorCode.QUERY_TOO_COMPLEX, `The query's estimated cost is above the limit of ${maxCost}`, {
              cost,
              limit: maxCost,
            });
          }
        },
      };
    },
  };
}

const COSTS_PER_DOCUMENT = 64;

/** The variables a document's cost can depend on: those inside a `first` argument or a directive's arguments. */
export function variablesThatWeigh(document: DocumentNode): readonly string[] {
  const names = new Set<string>();
  let inside = 0;
  visit(document, {
    Argument: {
      enter: (node) => void (node.name.value === 'first' && inside++),
      leave: (node) => void (node.name.value === 'first' && inside--),
    },
    Directive: { enter: () => void inside++, leave: () => void inside-- },
    Variable(node) {
      if (inside > 0) names.add(node.name.value);
    },
  });
  return [...names].sort();
}
