import { useId, useMemo, useState, type ReactNode } from 'react';
import type { ChannelStats } from '../../../rules/api/schemas.ts';
import type { Channel } from '../../../rules/profile/schema.ts';
import { ChannelCounter } from './Channels.tsx';
import type { MediaDraft } from './draft-store.ts';
import { mediaName } from './labels.ts';
import { cutSegments, displayedText, foldOffset, segments, splitSegments, type Segment } from './preview.ts';

interface PreviewsProps {
  channels: Channel[];
  text: string;
  stats: ChannelStats[];
  media: MediaDraft[];
  accountName: string;
  /** Where the text goes past each channel's limit (from kanal-langd), by channel id. */
  overflow: Record<string, number>;
}

/** One preview per chosen channel: the post as that feed would show it. Plain React and CSS. */
export function ChannelPreviews({ channels, text, stats, media, accountName, overflow }: PreviewsProps) {
  if (channels.length === 0) return <p className="hint">Välj minst en kanal för att se hur inlägget visas där.</p>;
  return (
    <div className="previews">
      {channels.map((channel) => (
        <ChannelPreview
          key={channel.id}
          channel={channel}
          text={text}
          stat={stats.find((item) => item.id === channel.id)}
          media={media}
          accountName={accountName}
          overflowAt={overflow[channel.id]}
        />
      ))}
    </div>
  );
}

function renderSegment(channel: Channel, segment: Segment, index: number) {
  switch (segment.kind) {
    case 'link':
      // Links are styled only where the channel makes them clickable.
      return channel.linksClickable ? (
        <span key={index} className="pv-link">
          {segment.text}
        </span>
      ) : (
        segment.text
      );
    case 'hashtag':
      return (
        <span key={index} className="pv-tag">
          {segment.text}
        </span>
      );
    case 'mention':
      return channel.typedMentionsLink ? (
        <span key={index} className="pv-mention">
          {segment.text}
        </span>
      ) : (
        segment.text
      );
    default:
      return segment.text;
  }
}

const mediaFirst = new Set(['instagram', 'tiktok', 'youtube']);

function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}

function ChannelPreview({ channel, text, stat, media, accountName, overflowAt }: {
  channel: Channel;
  text: string;
  stat: ChannelStats | undefined;
  media: MediaDraft[];
  accountName: string;
  overflowAt: number | undefined;
}) {
  const [expanded, setExpanded] = useState(false);
  const headingId = useId();
  const shown = displayedText(channel, text);
  const all = useMemo(() => segments(shown), [shown]);
  const fold = foldOffset(channel, shown);
  const folded = fold !== null && !expanded;
  let body: ReactNode;
  if (folded) {
    const visible = cutSegments(all, fold);
    const last = visible.at(-1);
    if (last?.kind === 'text') visible[visible.length - 1] = { kind: 'text', text: last.text.replace(/\s+$/, '') };
    body = visible.map((segment, index) => renderSegment(channel, segment, index));
  } else if (overflowAt !== undefined && shown === text && overflowAt < text.length) {
    const [before, after] = splitSegments(all, overflowAt);
    body = (
      <>
        {before.map((segment, index) => renderSegment(channel, segment, index))}
        <mark className="pv-overflow">
          <span className="visually-hidden">Över gränsen: </span>
          {after.map((segment, index) => renderSegment(channel, segment, index))}
        </mark>
      </>
    );
  } else {
    body = all.map((segment, index) => renderSegment(channel, segment, index));
  }
  const mediaStrip =
    media.length > 0 ? (
      <div className="pv-media">
        {media.map((item, index) => (
          <div key={item.id} className={`pv-media-item pv-${item.type}`}>
            <span aria-hidden="true">{item.type === 'video' ? '▶' : '▧'}</span> {mediaName(item.type, index)}
          </div>
        ))}
      </div>
    ) : null;
  return (
    <article className={`preview preview-${channel.id}`} aria-labelledby={headingId} data-channel={channel.id}>
      <header className="pv-header">
        <span className="pv-avatar" aria-hidden="true">
          {initials(accountName)}
        </span>
        <span className="pv-account">{accountName}</span>
        <h3 id={headingId} className="pv-channel">
          {channel.name}
        </h3>
      </header>
      {mediaFirst.has(channel.id) && mediaStrip}
      <p className="pv-text">
        {text.trim() === '' ? <span className="pv-empty">Inlägget är tomt.</span> : body}
        {fold !== null && (
          <>
            {folded ? '' : ' '}
            <button type="button" className="pv-more" aria-expanded={expanded} onClick={() => setExpanded((value) => !value)}>
              {expanded ? 'Visa mindre' : channel.foldLabel}
            </button>
          </>
        )}
      </p>
      {!mediaFirst.has(channel.id) && mediaStrip}
      <footer className="pv-footer">
        <ChannelCounter channel={channel} stat={stat} />
        {fold !== null && !expanded && <span className="pv-fold-note"> · viks efter {fold} tecken</span>}
      </footer>
    </article>
  );
}
