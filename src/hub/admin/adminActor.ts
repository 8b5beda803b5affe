import type { FastifyRequest } from 'fastify';
import type { AgentRow } from '../../core';

/** The admin making the request; the access hook set it, so its absence is a wiring bug. */
export function adminActor(request: FastifyRequest): AgentRow {
  if (!request.agent || request.agent.role !== 'admin') throw new Error('admin route reached without an admin caller');
  return request.agent;
}
