import type { AppContext } from '../app/context.ts';

export interface DemoLoadResult {
  workspaceId: string;
  counts: { workspaceName: string; organisations: number; people: number; relations: number; themes: number };
}

/** Loads the demo region into a new workspace owned by the given user, in one transaction. */
export async function loadDemoRegion(ctx: AppContext, ownerId: string): Promise<DemoLoadResult> {
  void ctx;
  void ownerId;
  throw new Error('not yet');
}
