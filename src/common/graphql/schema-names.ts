import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';

/** Every name the schema defines: types, fields, arguments, input fields, enum values, directives. */
export function namesOf(schema: GraphQLSchema): Set<string> {
  const names = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    names.add(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        names.add(field.name);
        for (const arg of field.args) names.add(arg.name);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) names.add(field.name);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) names.add(value.name);
    }
  }
  for (const directive of schema.getDirectives()) {
    names.add(directive.name);
    for (const arg of directive.args) names.add(arg.name);
  }
  return names;
}

/**
 * Fills `names` with the schema's names when the server starts, so that the
 * error formatter can tell a name of ours in a validation message from one the
 * caller typed (which it does not repeat).
 */
export function schemaNamesPlugin(names: Set<string>): ApolloServerPlugin {
  return {
    async serverWillStart({ schema }) {
      for (const name of namesOf(schema)) names.add(name);
    },
  };
}
