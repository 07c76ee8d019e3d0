import { useContext, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { refreshTeamPhrasebook } from '../library/team-fetch';
import { checkTeamUrl, MAX_REFRESH_MINUTES, MIN_REFRESH_MINUTES, saveTeamSource } from '../library/team-source';
import { UiLocaleContext, useT } from '../panel/i18n-context';
import { formatPhrasebookError } from '../phrasebook/validate';
import type { TeamView } from './use-team';

/** Where the team phrasebook comes from: enterprise policy, and/or a URL the lead sets, refreshed on a schedule. */
export function TeamTab({ team }: { team: TeamView }) {
  const t = useT();
  const locale = useContext(UiLocaleContext);
  const { policy, cache, source } = team;
  const [url, setUrl] = useState(source.url ?? '');
  const [minutes, setMinutes] = useState(String(source.refreshMinutes));
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setUrl(source.url ?? '');
    setMinutes(String(source.refreshMinutes));
  }, [source.url, source.refreshMinutes]);
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  const lockedUrl = policy.teamUrl;

  async function refresh() {
    setBusy(true);
    const result = await refreshTeamPhrasebook();
    setBusy(false);
    setMessage(
      result?.lastError
        ? { text: result.lastError.message[locale], error: true }
        : { text: t('teamRefreshed'), error: false },
    );
  }

  function save(event: Event) {
    event.preventDefault();
    const refreshMinutes = Math.min(
      MAX_REFRESH_MINUTES,
      Math.max(MIN_REFRESH_MINUTES, Math.round(Number(minutes)) || 60),
    );
    if (url.trim() === '') {
      void saveTeamSource({ url: null, refreshMinutes }).then(() =>
        setMessage({ text: t('teamRemoved'), error: false }),
      );
      return;
    }
    const checked = checkTeamUrl(url);
    if (!checked.ok) {
      setMessage({ text: checked.message[locale], error: true });
      return;
    }
    // Asked for in the click itself: browsers grant a host permission only in answer to a user gesture.
    void browser.permissions.request({ origins: [checked.originPattern] }).then(async (granted) => {
      if (!granted) {
        setMessage({ text: t('teamPermissionDenied', new URL(checked.url).host), error: true });
        return;
      }
      const failure = await saveTeamSource({ url: checked.url, refreshMinutes });
      if (failure) setMessage({ text: t('storageFull'), error: true });
      else await refresh();
    });
  }

  return (
    <section class="team" aria-labelledby="team-title">
      <h2 id="team-title">{t('optionsTab_team')}</h2>
      <p class="hint">{t('teamHint')}</p>
      {(policy.phrasebook || policy.errors.length > 0 || lockedUrl) && (
        <div class="notice" data-testid="team-policy">
          <h3>{t('teamPolicyTitle')}</h3>
          {policy.phrasebook && (
            <p data-testid="team-policy-book">
              {t('teamPolicyBook', policy.phrasebook.name[locale], policy.phrasebook.entries.length)}
            </p>
          )}
          {policy.errors.length > 0 && (
            <ul class="field-errors" data-testid="team-policy-errors">
              {policy.errors.slice(0, 10).map((error) => (
                <li key={`${error.entryId}-${error.path}`}>{formatPhrasebookError(error, locale)}</li>
              ))}
            </ul>
          )}
          {lockedUrl && <p>{t('teamPolicyUrl', lockedUrl)}</p>}
        </div>
      )}
      <form class="team__form" onSubmit={save}>
        <label>
          {t('teamUrl')}
          <input
            type="url"
            data-testid="team-url"
            value={lockedUrl ?? url}
            disabled={lockedUrl !== null}
            placeholder="https://intranet.example.com/calmdesk/team.json"
            spellcheck={false}
            onInput={(event) => setUrl(event.currentTarget.value)}
          />
        </label>
        <label>
          {t('teamRefreshMinutes')}
          <input
            type="number"
            data-testid="team-minutes"
            min={MIN_REFRESH_MINUTES}
            max={MAX_REFRESH_MINUTES}
            value={policy.refreshMinutes ?? minutes}
            disabled={policy.refreshMinutes !== null}
            onInput={(event) => setMinutes(event.currentTarget.value)}
          />
        </label>
        <div class="editor__actions">
          <button type="submit" class="button button--primary" data-testid="team-save" disabled={lockedUrl !== null}>
            {t('teamSave')}
          </button>
          <button
            type="button"
            class="button"
            data-testid="team-refresh"
            disabled={busy || (!lockedUrl && !source.url)}
            onClick={() => void refresh()}
          >
            {t('teamRefreshNow')}
          </button>
        </div>
      </form>
      {message && (
        <p
          class={`notice${message.error ? ' notice--error' : ''}`}
          role={message.error ? 'alert' : 'status'}
          data-testid="team-message"
        >
          {message.text}
        </p>
      )}
      {cache && (
        <div class="team__status" data-testid="team-status">
          <h3>{t('teamStatusTitle')}</h3>
          <dl>
            <dt>{t('teamCopyFrom')}</dt>
            <dd>
              <code>{cache.url}</code>
            </dd>
            <dt>{t('teamEntries')}</dt>
            <dd data-testid="team-count">{cache.phrasebook ? cache.phrasebook.entries.length : 0}</dd>
            <dt>{t('teamFetchedAt')}</dt>
            <dd>{cache.fetchedAt ? time.format(cache.fetchedAt) : '—'}</dd>
            <dt>{t('teamCheckedAt')}</dt>
            <dd data-testid="team-checked">{cache.checkedAt ? time.format(cache.checkedAt) : '—'}</dd>
            <dt>ETag</dt>
            <dd data-testid="team-etag">{cache.etag ?? '—'}</dd>
          </dl>
          {cache.lastError && (
            <div class="notice notice--error" role="alert" data-testid="team-error" data-kind={cache.lastError.kind}>
              <p>
                {t('teamLastError', time.format(cache.lastError.at))} {cache.lastError.message[locale]}
              </p>
              {cache.lastError.errors && (
                <ul>
                  {cache.lastError.errors.map((error) => (
                    <li key={`${error.entryId}-${error.path}-${error.message.en}`}>
                      {formatPhrasebookError(error, locale)}
                    </li>
                  ))}
                </ul>
              )}
              {cache.phrasebook && <p>{t('teamKeptCopy')}</p>}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
