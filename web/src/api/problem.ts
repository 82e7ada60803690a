/** One field problem from an application/problem+json answer. */
export interface FieldProblem {
  in: 'body' | 'query' | 'path' | 'header';
  /** A body's JSON pointer (for an imported file also the line and field in it), or a parameter's name. */
  location: { pointer: string; line?: number; field?: string } | { name: string };
  code: string;
  detail: string;
}

/** The problem+json body the Kring API sends with every 4xx and 5xx. */
export interface ProblemBody {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  instance?: string;
  errors?: FieldProblem[];
  currentVersion?: number;
  existing?: { id: string; href?: string };
}

/** A failed API call, carrying the parsed problem details so forms can show them per field. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: ProblemBody;

  constructor(problem: ProblemBody) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code ?? 'unknown';
    this.problem = problem;
  }

  /** The field problems of the request body (query/path problems are not tied to a form field). */
  get fieldProblems(): FieldProblem[] {
    return this.problem.errors ?? [];
  }
}

/** Turns any answer body into a ProblemBody, tolerating servers or proxies that send HTML or nothing. */
export function parseProblem(status: number, body: unknown): ProblemBody {
  if (body && typeof body === 'object') {
    const b = body as Record<string, unknown>;
    const errors = Array.isArray(b.errors) ? b.errors.filter(isFieldProblem) : undefined;
    return {
      status: typeof b.status === 'number' ? b.status : status,
      type: str(b.type),
      title: str(b.title),
      detail: str(b.detail),
      code: str(b.code),
      instance: str(b.instance),
      errors,
      currentVersion: typeof b.currentVersion === 'number' ? b.currentVersion : undefined,
      existing: isExisting(b.existing) ? b.existing : undefined,
    };
  }
  return { status };
}

/**
 * The form field a problem belongs to: the JSON pointer's segments joined with dots,
 * so `/affiliations/0/organisationId` becomes `affiliations.0.organisationId`.
 */
export function fieldOf(problem: FieldProblem): string | undefined {
  if (problem.in !== 'body' || !('pointer' in problem.location)) return undefined;
  const pointer = problem.location.pointer;
  if (pointer === '') return undefined;
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function isFieldProblem(v: unknown): v is FieldProblem {
  if (!v || typeof v !== 'object') return false;
  const p = v as Record<string, unknown>;
  return typeof p.code === 'string' && typeof p.location === 'object' && p.location !== null;
}

function isExisting(v: unknown): v is { id: string; href?: string } {
  return !!v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string';
}
