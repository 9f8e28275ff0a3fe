import { Router, type Request } from 'express';
import { z } from 'zod';
import type { RuleInfo } from '../../rules/api/schemas.ts';
import type { Linter } from '../../rules/core/linter.ts';
import { registry } from '../../rules/registry.ts';
import { vocabulary } from '../../rules/vocabulary.ts';
import { ApiError, parseOr400 } from '../errors.ts';
import type { Linters } from '../linters.ts';

const profileQuery = z.object({ profile: z.string().min(1).max(40).optional() });

function linterFor(req: Request, linters: Linters): Linter {
  return linters.get(parseOr400(profileQuery, req.query, 'Ogiltig parameter.').profile);
}

/** The catalog as a profile sees it: every rule, with its severity there ("off" when turned off). */
export function ruleCatalog(linter: Linter): RuleInfo[] {
  return registry.map(({ meta }) => {
    const setting = linter.profile.rules[meta.id]!;
    const guidelineRef = setting.guidelineRef ?? meta.guidelineRef;
    return {
      id: meta.id,
      category: meta.category,
      severity: setting.severity,
      defaultSeverity: meta.severity,
      title: meta.title,
      description: meta.description,
      basis: meta.basis,
      ...(guidelineRef ? { guidelineRef } : {}),
      examples: meta.examples,
    };
  });
}

/**
 * `retentionDays`: POSTKOLL_RETENTION_DAYS, which wins over the profile's. Health is ok as soon as the
 * request thread serves: ordinary lints, the catalog and drafts need nothing else. The worker pool's
 * threads go on loading for a few seconds (at nice +10); a pool task sent meanwhile waits for them
 * before its deadline starts (server/work-pool.ts), so nothing is refused for it.
 */
export function catalogRoutes(linters: Linters, { retentionDays }: { retentionDays?: number } = {}): Router {
  const router = Router();
  router.get('/api/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/api/rules', (req, res) => {
    res.json({ rules: ruleCatalog(linterFor(req, linters)), vocabulary });
  });
  router.get('/api/channels', (req, res) => {
    res.json({ channels: Object.values(linterFor(req, linters).profile.channels) });
  });
  router.get('/api/profiles', (_req, res) => {
    res.json({ profiles: linters.ids.map((id) => ({ id, name: linters.get(id).profile.name, default: id === linters.defaultProfile })) });
  });
  router.get('/api/profiles/:id', (req, res) => {
    const id = String(req.params.id);
    if (!linters.has(id)) throw new ApiError('not_found', `Profilen "${id.slice(0, 40)}" finns inte.`);
    // The profile as written, with every period, and the names of those in force today.
    // retentionDays as the server applies it (POSTKOLL_RETENTION_DAYS wins over the profile).
    const profile = linters.profile(id);
    res.json({ ...profile, retentionDays: retentionDays ?? profile.retentionDays, periodsInForce: linters.periodsOn(id).map((period) => period.name), today: linters.today() });
  });
  return router;
}
