import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { firstArgumentEstimator, singleRootFieldMutationRule } from './query-limits';

const schema = buildSchema(`
  type Item { id: ID! name: String }
  type Edge { node: Item! }
  type Connection { edges: [Edge!]! }
  type Query { items(first: Int): Connection! one: Item }
  type Mutation { a(x: String): Item b: Item }
`);

function errors(source: string): string[] {
  return validate(schema, parse(source), [...specifiedRules, singleRootFieldMutationRule]).map((e) => e.message);
}

describe('one root field per mutation', () => {
  it.each([
    ['mutation { a { id } }', []],
    ['query { one { id } items { edges { node { id } } } }', []],
    ['mutation { a { id } b { id } }', ['A mutation must select exactly one root field']],
    ['mutation { x: a { id } y: a { id } }', ['A mutation must select exactly one root field']],
    ['mutation { ...F } fragment F on Mutation { a { id } b { id } }', ['A mutation must select exactly one root field']],
    ['mutation { ... on Mutation { a { id } } b { id } }', ['A mutation must select exactly one root field']],
    ['mutation M { a { id } } mutation N { b { id } }', ['A document with a mutation must contain only that operation']],
    ['mutation M { a { id } } query Q { one { id } }', ['A document with a mutation must contain only that operation']],
  ])('%s', (source, expected) => {
    expect(errors(source)).toEqual(expected);
  });
});

describe('cost by first', () => {
  const cost = (source: string, variables: Record<string, unknown> = {}) =>
    getComplexity({ schema, query: parse(source), variables, estimators: [firstArgumentEstimator, simpleEstimator({ defaultComplexity: 1 })] });

  it('multiplies a connection\'s children by first, also through variables', () => {
    const small = cost('{ items(first: 10) { edges { node { id name } } } }');
    const big = cost('query($n: Int) { items(first: $n) { edges { node { id name } } } }', { n: 100000 });
    expect(small).toBe(1 + 10 * 4);
    expect(big).toBe(1 + 100000 * 4);
  });
});
