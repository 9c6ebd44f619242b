import type { Pause } from './sla-types.js';

/** A pause with a definite end; `open` when it was still running at `now`. */
export interface ClosedPause {
  from: number;
  to: number;
  open: boolean;
}

/**
 * Pauses as known at `now`, in order and without overlaps: pauses starting after `now` are
 * dropped, a pause still open (or ending after `now`) ends at `now` and is marked `open`, and
 * overlapping or touching pauses merge so waiting time is never counted twice.
 */
export function mergePauses(pauses: readonly Pause[], now: Date): ClosedPause[] {
  const nowMs = now.getTime();
  const known = pauses
    .filter((pause) => pause.from.getTime() <= nowMs)
    .map((pause) => {
      const to = pause.to === null ? nowMs : Math.min(pause.to.getTime(), nowMs);
      return { from: pause.from.getTime(), to, open: pause.to === null || pause.to.getTime() > nowMs };
    })
    .filter((pause) => pause.to >= pause.from)
    .sort((a, b) => a.from - b.from);
  const merged: ClosedPause[] = [];
  for (const pause of known) {
    const last = merged[merged.length - 1];
    if (last && pause.from <= last.to) {
      last.to = Math.max(last.to, pause.to);
      last.open = last.open || pause.open;
    } else {
      merged.push({ ...pause });
    }
  }
  return merged;
}
