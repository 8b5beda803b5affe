import type { FastifyRequest } from 'fastify';
import type { AgentRow } from '../../core';
import { HubRequestError } from '../HubRequestError';

/**
 * The caller the access hook (registerAccessControl) already authenticated on an `agent` route:
 * routes read it instead of verifying the token again. Missing means a route without that policy.
 */
export function verifiedAgent(request: FastifyRequest): AgentRow {
  if (!request.agent) throw new HubRequestError('unauthorized', 'Sign in first.');
  return request.agent;
}
