/** A file that might be the security policy: a path in a repository and its text. */
export interface SecurityPolicyCandidate {
  /** Path inside its repository, `/`-separated: `SECURITY.md`, `.github/SECURITY.md`, `docs/security.md`. */
  path: string;
  text: string;
  /** `true` for files of the organisation's (or user's) `.github` repository. */
  fromOrgRepository?: boolean;
}

/** Where GitHub found the policy. */
export type SecurityPolicyLocation = 'root' | '.github' | 'docs';

/** The candidate GitHub shows as the security policy. */
export interface PickedSecurityPolicy {
  path: string;
  text: string;
  location: SecurityPolicyLocation;
  fromOrgRepository: boolean;
}

const LOCATIONS: Record<string, SecurityPolicyLocation> = { '': 'root', '.github': '.github', docs: 'docs' };
const LOCATION_RANK: Record<SecurityPolicyLocation, number> = { root: 0, '.github': 1, docs: 2 };

/**
 * The file GitHub uses as the security policy, out of any list of candidate files: the
 * repository's own `SECURITY.md` in the root, then `.github/`, then `docs/`; only when it has
 * none, the one in the organisation's `.github` repository (same order inside it). The file
 * name is matched without regard to case, as GitHub does; other paths are ignored. When one
 * folder holds two spellings, `SECURITY.md` is preferred, then the first in code-point order.
 */
export function pickSecurityPolicy(
  candidates: readonly SecurityPolicyCandidate[],
): PickedSecurityPolicy | null {
  let best: { picked: PickedSecurityPolicy; rank: number; exact: boolean } | null = null;
  for (const candidate of candidates) {
    const path = candidate.path.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '');
    const slash = path.lastIndexOf('/');
    const folder = path.slice(0, Math.max(0, slash)).toLowerCase();
    const name = path.slice(slash + 1);
    const location = LOCATIONS[folder];
    if (location === undefined || name.toLowerCase() !== 'security.md') continue;
    const fromOrgRepository = candidate.fromOrgRepository === true;
    const rank = (fromOrgRepository ? 3 : 0) + LOCATION_RANK[location];
    const exact = name === 'SECURITY.md';
    const better =
      !best ||
      rank < best.rank ||
      (rank === best.rank && exact && !best.exact) ||
      (rank === best.rank && exact === best.exact && path < best.picked.path);
    if (better) best = { picked: { path, text: candidate.text, location, fromOrgRepository }, rank, exact };
  }
  return best?.picked ?? null;
}
