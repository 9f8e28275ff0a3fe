import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { LintMessage, RuleInfo } from '../../../rules/api/schemas.ts';
import type { Channel, ResolvedProfile } from '../../../rules/profile/schema.ts';
import { getChannels, getProfile, getRules, type ApiFailure } from '../api/client.ts';
import { getProfiles, type ProfileSummary } from '../rules/api.ts';
import { ProfilePicker } from '../editor/ProfilePicker.tsx';
import { ChannelChips } from '../editor/Channels.tsx';
import {
  clearDraft,
  fallbackChannels,
  loadDraft,
  newMedia,
  restoreDraft,
  setDraftText,
  setDefaultChannels,
  toSnapshot,
  updateDraft,
  useDraft,
  useDraftRevision,
  type Draft,
  type IgnoredFinding,
  type MediaDraft,
} from '../editor/draft-store.ts';
import type { FindingsConfig, PlacedFinding } from '../editor/findings.ts';
import { FindingsPanel, type PanelEntry } from '../editor/FindingsPanel.tsx';
import { IgnoredList } from '../editor/IgnoredList.tsx';
import { mediaName } from '../editor/labels.ts';
import { altTextFieldId, isMediaRule, MediaSection } from '../editor/MediaSection.tsx';
import { PostEditor, type EditorHandle } from '../editor/PostEditor.tsx';
import { ChannelPreviews } from '../editor/Previews.tsx';
import { ReviewSlot } from '../editor/ReviewSlot.tsx';
import type { EditorSlotProps } from '../editor/slots.ts';
import { LanguageNote } from '../editor/LanguageNote.tsx';
import { Stats } from '../editor/Stats.tsx';
import { inputKey, useLint, type MediaFinding } from '../editor/useLint.ts';
import { decodeShare } from '../share/fragment.ts';
import { calmMessage } from '../api/messages.ts';
import { PublishSummary } from '../summary/PublishSummary.tsx';
import { ShareLink } from '../share/ShareLink.tsx';
import '../editor/editor.css';

/** Why sharing the draft as a link needs a second thought: the link carries any personal data in it. */
function personalDataWarning(entries: readonly PanelEntry[]): string | null {
  const count = entries.filter((entry) => entry.message.category === 'personal-data').length;
  if (count === 0) return null;
  return `Postkoll har ${count === 1 ? 'en anmärkning' : `${count} anmärkningar`} om personuppgifter i texten, och alla som får länken kan läsa dem. Ta bort uppgifterna först, eller skapa länken ändå om du är säker på att mottagaren får se dem.`;
}

export function EditorPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const draft = useDraft();
  const revision = useDraftRevision();
  const handleRef = useRef<EditorHandle | null>(null);
  const [rules, setRules] = useState<Map<string, RuleInfo>>(new Map());
  const [channels, setChannels] = useState<Channel[]>([]);
  const [profile, setProfile] = useState<ResolvedProfile | null>(null);
  const [profiles, setProfiles] = useState<ProfileSummary[]>([]);
  const [placed, setPlaced] = useState<{ all: readonly PlacedFinding[]; ignored: ReadonlySet<string> }>({ all: [], ignored: new Set() });
  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });
  const [notice, setNotice] = useState<{ text: string; undo?: Draft } | null>(null);
  const [actionStatus, setActionStatus] = useState('');
  const [catalogAttempt, setCatalogAttempt] = useState(0);

  const announce = useCallback((text: string) => setAnnouncement((previous) => ({ text, count: previous.count + 1 })), []);

  // The catalog (for "why"), the channels and the profile's defaults; retried after a lost server comes back.
  useEffect(() => {
    let live = true;

    getChannels()
      .then((list) => live && setChannels(list))
      .catch(() => undefined);
    getProfiles()
      .then((list) => {
        if (live) setProfiles(list);
        // A profile the server no longer has: back to its default.
        if (draft.profile && !list.some((item) => item.id === draft.profile)) updateDraft({ profile: undefined });
        const chosen = list.find((item) => item.id === draft.profile) ?? list.find((item) => item.default) ?? list[0];
        return chosen ? getProfile(chosen.id) : null;
      })
      .then((resolved) => {
        if (!live || !resolved) return;
        setProfile(resolved);
        setDefaultChannels(resolved.defaultChannels);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // The draft's profile is read when the page loads and when the user picks another (below).
  }, [catalogAttempt]);

  // The catalog (for "why" and the guideline reference) of the draft's profile.
  useEffect(() => {
    let live = true;
    getRules(draft.profile)
      .then((list) => live && setRules(new Map(list.map((rule) => [rule.id, rule]))))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [draft.profile, catalogAttempt]);

  const chooseProfile = (id: string) => {
    const chosen = profiles.find((item) => item.id === id);
    updateDraft(chosen?.default ? { profile: undefined } : { profile: id });
    getProfile(id)
      .then((resolved) => {
        setProfile(resolved);
        setDefaultChannels(resolved.defaultChannels);
      })
      .catch(() => undefined);
    announce(`Texten granskas nu mot ${chosen?.name ?? id}.`);
  };

  // A "Dela" link (#dela=…, share/fragment.ts): the text rides in the fragment; load it, then drop the fragment.
  const handledHash = useRef('');
  useEffect(() => {
    const shared = decodeShare(location.hash);
    if (!shared || handledHash.current === location.hash) return;
    handledHash.current = location.hash;
    const previous = loadDraft({ text: shared.text, channels: shared.channels ?? null });
    navigate({ pathname: location.pathname, search: location.search, hash: '' }, { replace: true });
    const hadDraft = previous.text.trim() !== '' && previous.text !== shared.text;
    setNotice({ text: 'Texten från länken ligger nu i redigeraren.', ...(hadDraft ? { undo: previous } : {}) });
  }, [location.hash, location.pathname, location.search, navigate]);

  const lint = useLint({ text: draft.text, channels: draft.channels, media: draft.media, profile: draft.profile, revision }, handleRef);

  useEffect(() => {
    if (lint.stats && (channels.length === 0 || rules.size === 0)) setCatalogAttempt((value) => value + 1);
    // Only when an answer arrives.
  }, [lint.stats]);

  const scheduleLint = lint.schedule;
  const onTextChange = useCallback(
    (text: string) => {
      setDraftText(text);
      scheduleLint();
    },
    [scheduleLint],
  );

  const ignoredKeys = useMemo(() => new Set(draft.ignored.map((item) => item.key)), [draft.ignored]);
  const channelName = useCallback((id: string) => channels.find((channel) => channel.id === id)?.name ?? id, [channels]);
  const selected = draft.channels ?? profile?.defaultChannels ?? fallbackChannels;
  const chosenChannels = channels.filter((channel) => selected.includes(channel.id));

  const ignore = useCallback((item: Omit<IgnoredFinding, 'reason'>, reason: string) => {
    updateDraft((current) => ({ ignored: [...current.ignored.filter((other) => other.key !== item.key), { ...item, reason }] }));
  }, []);

  const ignorePost = useCallback(
    (finding: PlacedFinding, reason: string) =>
      ignore(
        {
          key: finding.key,
          ruleId: finding.message.ruleId,
          message: finding.message.message,
          actual: finding.from < finding.to ? finding.message.actual : '',
          ...(finding.message.channel ? { channel: finding.message.channel } : {}),
        },
        reason,
      ),
    [ignore],
  );

  const latestRules = useRef(rules);
  latestRules.current = rules;
  const latestChannelName = useRef(channelName);
  latestChannelName.current = channelName;
  const config = useMemo<FindingsConfig>(
    () => ({
      ruleInfo: (id) => latestRules.current.get(id),
      channelName: (id) => latestChannelName.current(id),
      onIgnore: (finding, reason) => ignorePost(finding, reason),
      onOpenRule: (url, event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(url);
      },
      announce,
    }),
    [announce, ignorePost, navigate],
  );

  const onFindingsChange = useCallback((all: readonly PlacedFinding[], ignored: ReadonlySet<string>) => setPlaced({ all, ignored }), []);

  const postFindings = useMemo(
    () => placed.all.filter((finding) => !ignoredKeys.has(finding.key)).sort((a, b) => a.from - b.from || a.to - b.to),
    [placed, ignoredKeys],
  );

  // Alt-text findings only while the passage they name is still there (the field may have changed since).
  const mediaFindings = useMemo(
    () =>
      lint.mediaFindings.filter((finding) => {
        const item = draft.media.find((media) => media.id === finding.mediaId);
        if (!item || ignoredKeys.has(finding.key)) return false;
        const { start, end, actual } = finding.message;
        return !finding.altText || start === end || item.altText.slice(start, end) === actual;
      }),
    [lint.mediaFindings, draft.media, ignoredKeys],
  );

  const mediaLabel = useCallback(
    (finding: MediaFinding) => {
      const index = draft.media.findIndex((item) => item.id === finding.mediaId);
      const name = index === -1 ? 'Bild' : mediaName(draft.media[index]!.type, index);
      return finding.altText ? `${name}, alternativtext` : name;
    },
    [draft.media],
  );

  const entries: PanelEntry[] = [
    ...postFindings.map((finding) => ({
      id: finding.id,
      message: finding.message,
      ...(isMediaRule(finding.message.ruleId) ? { where: 'Bilder och filmer' } : {}),
      ...(finding.message.channel ? { channelName: channelName(finding.message.channel) } : {}),
    })),
    ...mediaFindings.map((finding) => ({ id: finding.id, message: finding.message, where: mediaLabel(finding) })),
  ];

  const chooseEntry = (entry: PanelEntry) => {
    const media = mediaFindings.find((finding) => finding.id === entry.id);
    if (!media) {
      handleRef.current?.openFinding(entry.id);
      return;
    }
    const field = document.getElementById(altTextFieldId(media.mediaId)) as HTMLTextAreaElement | null;
    if (!field) return;
    field.focus();
    if (media.altText) field.setSelectionRange(media.message.start, media.message.end);
  };

  const changeMedia = (id: string, patch: Partial<MediaDraft>) =>
    updateDraft((current) => ({ media: current.media.map((item) => (item.id === id ? { ...item, ...patch } : item)) }));

  const focusAfterAdd = useRef<string | null>(null);
  useEffect(() => {
    if (!focusAfterAdd.current) return;
    document.getElementById(altTextFieldId(focusAfterAdd.current))?.focus();
    focusAfterAdd.current = null;
  }, [draft.media]);

  const fixMedia = (finding: MediaFinding, replacement: string) => {
    const item = draft.media.find((media) => media.id === finding.mediaId);
    const { start, end, actual } = finding.message;
    if (!item || item.altText.slice(start, end) !== actual) return;
    changeMedia(item.id, { altText: item.altText.slice(0, start) + replacement + item.altText.slice(end) });
    announce(`Alternativtexten ändrad till ”${replacement}”.`);
    document.getElementById(altTextFieldId(item.id))?.focus();
  };

  const toggleChannel = (id: string) => {
    const next = selected.includes(id) ? selected.filter((other) => other !== id) : [...selected, id];
    updateDraft({ channels: channels.map((channel) => channel.id).filter((other) => next.includes(other)) });
  };

  const copyText = async () => {
    try {
      await navigator.clipboard.writeText(draft.text);
      setActionStatus('Texten är kopierad.');
    } catch {
      setActionStatus('Det gick inte att kopiera automatiskt. Markera texten och kopiera med Ctrl+C.');
    }
  };

  const clearAll = () => {
    if (!window.confirm('Vill du rensa utkastet? Texten, kanalvalen, bilderna och de ignorerade anmärkningarna tas bort.')) return;
    clearDraft();
    setNotice(null);
    setActionStatus('Utkastet är rensat.');
    handleRef.current?.focus();
  };

  const previewText = useDeferredValue(draft.text);
  const overflow = useMemo(() => {
    const result: Record<string, number> = {};
    for (const finding of postFindings) {
      if (finding.message.ruleId === 'kanal-langd' && finding.message.channel && finding.from < finding.to) result[finding.message.channel] = finding.from;
    }
    return result;
  }, [postFindings]);

  const snapshot = toSnapshot(draft);
  const slotProps: EditorSlotProps = {
    draft: snapshot,
    findings: [...postFindings.map((finding) => finding.message), ...mediaFindings.map((finding) => finding.message)] as LintMessage[],
    upToDate: !lint.pending && lint.lintedKey === inputKey({ text: draft.text, channels: draft.channels, media: draft.media, profile: draft.profile }),
    focusEditor: () => handleRef.current?.focus(),
    ...(profile ? { retentionDays: profile.retentionDays } : {}),
  };

  return (
    <div className="editor-page">
      <h1 tabIndex={-1}>Skriv inlägg</h1>
      <p className="lead">
        Skriv eller klistra in ditt inlägg. Postkoll granskar texten mot kommunens riktlinje för sociala medier medan du skriver. Utkastet sparas bara i den här
        webbläsarfliken.
      </p>
      {notice && (
        <div className="notice load-notice">
          <p>{notice.text}</p>
          {notice.undo && (
            <button
              type="button"
              onClick={() => {
                restoreDraft(notice.undo!);
                setNotice(null);
                announce('Ditt tidigare utkast är tillbaka.');
              }}
            >
              Ångra och ta tillbaka mitt utkast
            </button>
          )}
          <button type="button" onClick={() => setNotice(null)}>
            Stäng
          </button>
        </div>
      )}
      {draft.text.trim() !== '' && (
        <PublishSummary
          channels={chosenChannels}
          findings={entries}
          pending={!slotProps.upToDate}
          onOpen={(id) => {
            const entry = entries.find((item) => item.id === id);
            if (entry) chooseEntry(entry);
          }}
        />
      )}
      <div className="editor-layout">
        <div className="editor-main">
          <ProfilePicker profiles={profiles} value={profile?.id ?? draft.profile ?? ''} onChange={chooseProfile} />
          <section className="channels-section" aria-labelledby="channels-heading">
            <h2 id="channels-heading">Kanaler</h2>
            {channels.length === 0 ? (
              <p className="hint">Kanalerna hämtas …</p>
            ) : (
              <ChannelChips channels={channels} selected={selected} stats={lint.stats?.channels ?? []} onToggle={toggleChannel} />
            )}
          </section>
          <div className="editor-field">
            <h2 id="editor-label">Inlägg</h2>
            <PostEditor
              text={draft.text}
              revision={revision}
              ignored={ignoredKeys}
              config={config}
              handleRef={handleRef}
              onTextChange={onTextChange}
              onFindingsChange={onFindingsChange}
              labelledBy="editor-label"
              describedBy="editor-help"
            />
            <p id="editor-help" className="hint shortcuts">
              Tangentbord: <kbd>F8</kbd> eller <kbd>Alt</kbd>+<kbd>↓</kbd> går till nästa anmärkning, <kbd>Skift</kbd>+<kbd>F8</kbd> eller <kbd>Alt</kbd>+<kbd>↑</kbd>{' '}
              till föregående. <kbd>Enter</kbd> öppnar åtgärderna, <kbd>Esc</kbd> stänger.
            </p>
            <div className="editor-status" role="status">
              {lint.error && (
                <div className="notice error">
                  <p>{calmMessage(lint.error, 'Korta texten, så granskas den igen.')}</p>
                  <button
                    type="button"
                    onClick={() => {
                      lint.retry();
                      // The button goes away once the answer comes: keep the focus in the text.
                      handleRef.current?.focus();
                    }}
                  >
                    Försök igen
                  </button>
                </div>
              )}
            </div>
          </div>
          <Stats stats={lint.stats} />
          <LanguageNote stats={lint.stats} />
          <div className="editor-actions">
            <button type="button" onClick={copyText}>
              Kopiera texten
            </button>
            <button type="button" onClick={clearAll}>
              Rensa
            </button>
            <ShareLink draft={() => ({ text: draft.text, channels: selected })} warning={() => personalDataWarning(entries)} />
            {/* Slot for "Skicka för granskning" (review workflow): see editor/ReviewSlot.tsx. */}
            <ReviewSlot {...slotProps} />
            <span className="action-status" role="status">
              {actionStatus}
            </span>
          </div>
          <MediaSection
            media={draft.media}
            findings={mediaFindings}
            rules={rules}
            onAdd={(type) => {
              const item = newMedia(type);
              focusAfterAdd.current = item.id;
              updateDraft((current) => ({ media: [...current.media, item] }));
            }}
            onRemove={(id) => updateDraft((current) => ({ media: current.media.filter((item) => item.id !== id) }))}
            onChange={changeMedia}
            onFix={fixMedia}
            notes={postFindings.filter((finding) => isMediaRule(finding.message.ruleId))}
            onIgnoreNote={(id, reason) => {
              const finding = postFindings.find((item) => item.id === id);
              if (finding) ignorePost(finding, reason);
            }}
            onIgnore={(finding, reason) =>
              ignore(
                {
                  key: finding.key,
                  ruleId: finding.message.ruleId,
                  message: finding.message.message,
                  actual: finding.message.start < finding.message.end ? finding.message.actual : '',
                  where: mediaLabel(finding),
                  ...(finding.message.channel ? { channel: finding.message.channel } : {}),
                },
                reason,
              )
            }
          />
        </div>
        <div className="editor-side">
          <FindingsPanel entries={entries} ignoredCount={draft.ignored.length} checked={lint.lintedKey !== null} onChoose={chooseEntry} />
          <IgnoredList
            ignored={draft.ignored}
            channelName={channelName}
            onRestore={(key) => {
              updateDraft((current) => ({ ignored: current.ignored.filter((item) => item.key !== key) }));
              announce('Anmärkningen visas igen.');
            }}
          />
        </div>
      </div>
      <section className="previews-section" aria-labelledby="preview-heading">
        <h2 id="preview-heading">Förhandsvisning</h2>
        <p className="hint">Så ungefär visas inlägget i flödet. Vikningen (”… mer”) följer kanalens gräns.</p>
        <ChannelPreviews
          channels={chosenChannels}
          text={previewText}
          stats={lint.stats?.channels ?? []}
          media={draft.media}
          accountName={profile?.organisation.name ?? 'Kommunen'}
          overflow={overflow}
        />
      </section>
      <div className="visually-hidden" aria-live="polite">
        {announcement.text}
        {announcement.count % 2 === 0 ? '' : '\u200b'}
      </div>
    </div>
  );
}
