import type { VariableDefinitionNode } from 'graphql';

/**
 * Where a value sits, named as the validation pipe names fields: inside an
 * input object, the path of its fields from the argument (`narrative`,
 * `filter.countries`); a whole argument that is not an object, the
 * argument's name (`statusToken`).
 */
export interface Position {
  argument: string;
  fields: readonly string[];
}

/**
 * Where each variable definition of a scanned document is first used. A
 * variable's name is the caller's text; an error about its value (graphql-js
 * names the variable, and its definition is the error's node) is reported
 * by this position instead. Weak: entries go with their document.
 */
const USES = new WeakMap<VariableDefinitionNode, Position>();

export function recordVariableUse(definition: VariableDefinitionNode, position: Position): void {
  USES.set(definition, position);
}

export function variableUse(definition: VariableDefinitionNode): Position | undefined {
  return USES.get(definition);
}

/** The field path of a value at `position`; an object filling a whole argument is named from inside (''). */
export function pathOf(position: Position, objectValue: boolean): string {
  if (position.fields.length > 0) return position.fields.join('.');
  return objectValue ? '' : position.argument;
}

/** `a` + `b`, `a` + `[1]` → `a.b`, `a[1]`; either side may be empty. */
export function joinPath(a: string, b: string): string {
  if (!a || !b) return a || b;
  return b.startsWith('[') ? `${a}${b}` : `${a}.${b}`;
}
