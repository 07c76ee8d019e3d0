import { useEffect, useState } from 'preact/hooks';
import { disableSite, isSiteEnabled } from '../helpdesk/site-access';
import { useT } from './i18n-context';

/** "Disable on this site", shown for a site the agent enabled; what was enabled can be undone from the same place. */
export function SiteAccess({ url }: { url: string | undefined }) {
  const t = useT();
  const origin = url && /^https?:/.test(url) ? new URL(url).origin : null;
  const [enabled, setEnabled] = useState(false);
  useEffect(() => {
    setEnabled(false);
    if (origin) void isSiteEnabled(origin).then(setEnabled, () => setEnabled(false));
  }, [origin]);
  if (!origin || !enabled) return null;
  return (
    <button
      type="button"
      class="button"
      data-testid="disable-site"
      onClick={() => void disableSite(origin).then(() => setEnabled(false))}
    >
      {t('disableOnSite', new URL(origin).host)}
    </button>
  );
}
