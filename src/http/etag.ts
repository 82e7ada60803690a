import type { FastifyReply, FastifyRequest } from 'fastify';
import { preconditionFailed, preconditionRequired } from './errors.ts';

/** The ETag of a record version. */
export const etagOf = (version: number): string => `"${version}"`;

/** Sets the ETag of the record being answered. */
export function sendEtag(reply: FastifyReply, record: { version: number }): void {
  reply.header('ETag', etagOf(record.version));
}

/** Reads If-Match as a version number; a missing header is 428, a malformed one can never match. */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined || header === '') throw preconditionRequired();
  const match = /^(?:W\/)?"(\d+)"$/.exec(String(header).trim());
  return match ? Number(match[1]) : -1;
}

/** Throws 412 unless the record is still at the version the client edited. */
export function assertVersion(current: { version: number }, expected: number): void {
  if (current.version !== expected) throw preconditionFailed(current.version);
}
