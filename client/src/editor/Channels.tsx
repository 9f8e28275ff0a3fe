import type { ChannelStats } from '../../../rules/api/schemas.ts';
import type { Channel } from '../../../rules/profile/schema.ts';
import { formatNumber, unitLabel } from './labels.ts';

export type CountState = 'ok' | 'near' | 'over';

/** Grey below 80 % of the limit, amber from 80 %, red over it (Bluesky: the stricter of its two caps). */
export function countState(stat: ChannelStats): CountState {
  const ratios = [stat.length / stat.limit];
  if (stat.bytes !== undefined && stat.byteLimit) ratios.push(stat.bytes / stat.byteLimit);
  if (!stat.fits || Math.max(...ratios) > 1) return 'over';
  return Math.max(...ratios) >= 0.8 ? 'near' : 'ok';
}

const stateText: Record<CountState, string> = { ok: '', near: 'nära gränsen', over: 'över gränsen' };

/** "224 / 2 200 tecken", with "nära gränsen" / "över gränsen" in words as well as colour. */
export function ChannelCounter({ channel, stat, compact = false }: { channel: Channel; stat: ChannelStats | undefined; compact?: boolean }) {
  if (!stat) return <span className="channel-count count-unknown">– / {formatNumber(channel.limit)}</span>;
  const state = countState(stat);
  const unit = unitLabel[channel.unit] ?? 'tecken';
  return (
    <span className={`channel-count count-${state}`}>
      <span className="count-figures">
        {formatNumber(stat.length)} / {formatNumber(stat.limit)}
        {compact ? <span className="visually-hidden"> {unit}</span> : ` ${unit}`}
        {stat.bytes !== undefined && stat.byteLimit ? `, ${formatNumber(stat.bytes)} / ${formatNumber(stat.byteLimit)} byte` : ''}
      </span>
      {state !== 'ok' && <span className="count-state"> {stateText[state]}</span>}
    </span>
  );
}

interface ChipsProps {
  channels: Channel[];
  selected: string[];
  stats: ChannelStats[];
  onToggle(id: string): void;
}

/** Toggle buttons (aria-pressed) that choose the channels the post is checked against. */
export function ChannelChips({ channels, selected, stats, onToggle }: ChipsProps) {
  return (
    <div className="channel-chips" role="group" aria-labelledby="channels-heading">
      {channels.map((channel) => {
        const on = selected.includes(channel.id);
        const stat = on ? stats.find((item) => item.id === channel.id) : undefined;
        return (
          <button key={channel.id} type="button" className="chip" aria-pressed={on} data-channel={channel.id} onClick={() => onToggle(channel.id)}>
            <span className="chip-check" aria-hidden="true">
              {on ? '✓' : '+'}
            </span>
            <span className="chip-name">{channel.name}</span>
            {on && <ChannelCounter channel={channel} stat={stat} compact />}
          </button>
        );
      })}
    </div>
  );
}
