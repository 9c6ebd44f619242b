import { ANNOTATIONS_PER_REQUEST, type CheckRunResult } from '../core/report/to-check-run.js';
import type { GitHubClient, RepoRef } from './client.js';

/** Starts a check run on a commit, shown as in progress. */
export async function startCheckRun(
  gh: GitHubClient,
  ref: RepoRef,
  name: string,
  headSha: string,
  now: Date,
): Promise<number> {
  const { data } = await gh.rest.checks.create({
    ...ref,
    name,
    head_sha: headSha,
    status: 'in_progress',
    started_at: now.toISOString(),
  });
  return data.id;
}

/**
 * Completes a check run with every annotation: GitHub takes 50 per request and appends each
 * batch, so the first batches go as in-progress updates and the last completes the run.
 */
export async function completeCheckRun(
  gh: GitHubClient,
  ref: RepoRef,
  checkRunId: number,
  result: CheckRunResult,
  now: Date,
): Promise<void> {
  const output = {
    title: result.title,
    summary: result.summary,
    ...(result.text ? { text: result.text } : {}),
  };
  const batches: CheckRunResult['annotations'][] = [];
  for (let i = 0; i < result.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(result.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  const last = batches.pop() ?? [];
  for (const annotations of batches) {
    await gh.rest.checks.update({ ...ref, check_run_id: checkRunId, output: { ...output, annotations } });
  }
  await gh.rest.checks.update({
    ...ref,
    check_run_id: checkRunId,
    status: 'completed',
    conclusion: result.conclusion,
    completed_at: now.toISOString(),
    output: { ...output, ...(last.length ? { annotations: last } : {}) },
  });
}

/** Completes a check run that could not do its job, saying what went wrong and what to do. */
export async function failCheckRun(
  gh: GitHubClient,
  ref: RepoRef,
  checkRunId: number,
  problem: { title: string; summary: string; conclusion?: 'failure' | 'action_required' | 'neutral' },
  now: Date,
): Promise<void> {
  await gh.rest.checks.update({
    ...ref,
    check_run_id: checkRunId,
    status: 'completed',
    conclusion: problem.conclusion ?? 'failure',
    completed_at: now.toISOString(),
    output: { title: problem.title, summary: problem.summary.slice(0, 65_535) },
  });
}
