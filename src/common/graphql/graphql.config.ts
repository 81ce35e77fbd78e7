import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { toSafeError } from '../errors/format-error';
import { errorClass } from '../errors/error-class';
import { armor, costLimitPlugin, PARSE_OPTIONS } from './query-limits';
import { schemaNamesPlugin } from './schema-names';
import { textArgumentsPlugin } from './text-arguments.plugin';

const logger = new Logger('GraphQL');

/** Apollo settings, each set explicitly rather than left to NODE_ENV. */
export function graphqlOptions(config: AppConfig, extraPlugins: ApolloDriverConfig['plugins'] = []): ApolloDriverConfig {
  const limits = armor();
  const names = new Set<string>();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    graphiql: false,
    introspection: config.graphql.introspection,
    hideSchemaDetailsFromClientErrors: !config.graphql.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: PARSE_OPTIONS,
    validationRules: limits.validationRules,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      schemaNamesPlugin(names),
      ...limits.plugins,
      costLimitPlugin(),
      textArgumentsPlugin(),
      ...(extraPlugins ?? []),
    ],
    formatError: (formatted, error) => {
      const safe = toSafeError(formatted, error, names);
      if (safe.extensions?.code === 'INTERNAL_SERVER_ERROR') {
        logger.error({ cause: errorClass((error as { originalError?: unknown }).originalError ?? error) }, 'unexpected error');
      }
      return safe;
    },
  };
}
