import { buildSchema, DocumentNode, parse, specifiedRules, validate } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { costLimitPlugin, firstArgumentEstimator, singleRootFieldMutationRule, variablesThatWeigh } from './query-limits';

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

describe('cost limit plugin', () => {
  type Hooks = { didResolveOperation(ctx: unknown): Promise<void> };
  const plugin = costLimitPlugin(1000);
  const run = async (document: DocumentNode, variables: Record<string, unknown>, operationName?: string): Promise<string | undefined> => {
    const hooks = (await plugin.requestDidStart!({} as never)) as unknown as Hooks;
    try {
      await hooks.didResolveOperation({ request: { variables, operationName }, document, schema });
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('weighs the same parsed document again when a variable that sets first changes', async () => {
    const document = parse('query($n: Int) { items(first: $n) { edges { node { id name } } } }');
    expect(await run(document, { n: 10 })).toBeUndefined();
    expect(await run(document, { n: 100000 })).toMatch(/estimated cost is above the limit of 1000/);
    expect(await run(document, { n: 10 })).toBeUndefined();
  });

  it('weighs again when a directive variable changes which fields count', async () => {
    const document = parse('query($big: Boolean!) { one { id } items(first: 500) @include(if: $big) { edges { node { id name } } } }');
    expect(await run(document, { big: false })).toBeUndefined();
    expect(await run(document, { big: true })).toMatch(/above the limit/);
  });

  it('keeps operations of one document apart', async () => {
    const document = parse('query Small { one { id } } query Big { items(first: 900) { edges { node { id name } } } }');
    expect(await run(document, {}, 'Small')).toBeUndefined();
    expect(await run(document, {}, 'Big')).toMatch(/above the limit/);
    expect(await run(document, {}, 'Small')).toBeUndefined();
  });

  it('knows which variables can change a cost', () => {
    const document = parse(
      'query($n: Int, $x: String, $b: Boolean!, $m: Int) { items(first: $n) { edges { node { id } } } a: one @skip(if: $b) { name } one { id } other: items(first: $m) { edges { node { id } } } }',
    );
    expect(variablesThatWeigh(document)).toEqual(['b', 'm', 'n']);
    expect(variablesThatWeigh(parse('mutation($x: String) { a(x: $x) { id } }'))).toEqual([]);
  });
});
