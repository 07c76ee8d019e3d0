import { useContext, useEffect, useState } from 'preact/hooks';
import type { TaughtSite } from '../helpdesk/teach/taught-sites';
import { exportTaughtSites, mergeTaughtSites, parseTaughtSitesFile } from '../helpdesk/teach/taught-sites';
import { forgetTaughtSite, loadTaughtSites, taughtSitesItem } from '../helpdesk/teach/taught-sites-store';
import { UiLocaleContext, useT } from './i18n-context';

/** Sites taught with the picker: listed, forgotten one by one, exported for the team and imported from a file. */
export function TaughtSites() {
  const t = useT();
  const locale = useContext(UiLocaleContext);
  const [sites, setSites] = useState<TaughtSite[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void loadTaughtSites().then(setSites);
    return taughtSitesItem.watch(() => void loadTaughtSites().then(setSites));
  }, []);

  function download() {
    const url = URL.createObjectURL(new Blob([exportTaughtSites(sites)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'calmdesk-taught-sites.json';
    link.click();
    URL.revokeObjectURL(url);
  }

  async function importFile(file: File) {
    const parsed = parseTaughtSitesFile(await file.text());
    if (!parsed.ok) {
      // Nothing is saved from a file with any error, so the sites already taught stay as they were.
      setMessage({ ok: false, text: `${file.name}: ${parsed.errors.map((e) => e.message[locale]).join('; ')}` });
      return;
    }
    await taughtSitesItem.setValue(mergeTaughtSites(await loadTaughtSites(), parsed.sites));
    setMessage({ ok: true, text: t('importTaughtDone', parsed.sites.length) });
  }

  return (
    <fieldset class="taught">
      <legend>{t('taughtSitesTitle')}</legend>
      <ul data-testid="taught-sites">
        {sites.map((site) => (
          <li key={site.origin}>
            <span>{site.origin}</span>
            <button type="button" class="button button--quiet" onClick={() => void forgetTaughtSite(site.origin)}>
              {t('forgetSite')}
            </button>
          </li>
        ))}
      </ul>
      <div class="taught__actions">
        <button type="button" class="button" data-testid="export-taught" disabled={!sites.length} onClick={download}>
          {t('exportTaughtSites')}
        </button>
        <label class="button">
          {t('importTaughtSites')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            data-testid="import-taught"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void importFile(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      {message && (
        <p
          class={message.ok ? 'taught__ok' : 'taught__error'}
          role={message.ok ? 'status' : 'alert'}
          data-testid="taught-message"
        >
          {message.text}
        </p>
      )}
    </fieldset>
  );
}
