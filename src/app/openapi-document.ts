import type { Config } from '../config/config.ts';
import { buildOpenApiDocument } from '../http/openapi.ts';
import { allRoutes } from '../modules/routes.ts';
import type { AppContext } from './context.ts';

/** The OpenAPI document without a running server: route definitions only read the context when handling. */
export function openApiDocument(config: Config) {
  return buildOpenApiDocument(allRoutes({ config } as AppContext));
}
