import { z } from 'zod';
import type { TaughtSelectors } from './derive-selectors';

const selector = z.string().min(1).max(500);
export const taughtSelectorsSchema = z.strictObject({
  container: selector,
  message: selector,
  customer: selector,
  agent: selector,
  text: selector.optional(),
  composer: selector.optional(),
}) satisfies z.ZodType<TaughtSelectors>;

/** One site the agent taught: the page origin (scheme + host + port) and what the picker learned there. */
export const taughtSiteSchema = z.strictObject({
  origin: z
    .string()
    // Checked without throwing: a refinement also runs on values an earlier check already refused.
    .refine(
      (value) => URL.canParse(value) && new URL(value).origin === value,
      'must be an origin such as https://desk.example.com',
    ),
  selectors: taughtSelectorsSchema,
  savedAt: z.iso.datetime(),
});
export type TaughtSite = z.infer<typeof taughtSiteSchema>;

export const taughtSitesSchema = z.array(taughtSiteSchema).max(500);

/** The file a team lead exports and another agent imports. */
export const taughtSitesFileSchema = z.strictObject({
  kind: z.literal('calmdesk-taught-sites'),
  version: z.literal(1),
  sites: taughtSitesSchema,
});

export interface ImportError {
  path: string;
  message: { 'zh-CN': string; en: string };
}

export function exportTaughtSites(sites: TaughtSite[]): string {
  return `${JSON.stringify({ kind: 'calmdesk-taught-sites', version: 1, sites }, null, 2)}\n`;
}

/** Parses an exported file; on any error nothing is returned to merge, so saved sites stay as they were. */
export function parseTaughtSitesFile(
  text: string,
): { ok: true; sites: TaughtSite[] } | { ok: false; errors: ImportError[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    return {
      ok: false,
      errors: [{ path: '', message: { 'zh-CN': `不是有效的 JSON：${detail}`, en: `not valid JSON: ${detail}` } }],
    };
  }
  const parsed = taughtSitesFileSchema.safeParse(raw);
  if (parsed.success) return { ok: true, sites: parsed.data.sites };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => {
      const path = issue.path.map(String).join('.');
      return {
        path,
        message: { 'zh-CN': `${path || '文件'}：${issue.message}`, en: `${path || 'file'}: ${issue.message}` },
      };
    }),
  };
}

/** Imported sites replace saved ones of the same origin; all others are kept. */
export function mergeTaughtSites(saved: TaughtSite[], imported: TaughtSite[]): TaughtSite[] {
  const byOrigin = new Map(saved.map((site) => [site.origin, site]));
  for (const site of imported) byOrigin.set(site.origin, site);
  return [...byOrigin.values()];
}
