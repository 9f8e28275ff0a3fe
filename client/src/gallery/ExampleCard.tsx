import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { RuleInfo } from '../../../rules/api/schemas.ts';
import type { Catalog } from '../rules/useRules.ts';
import { countFindings } from '../rules/labels.ts';
import { ShareLink } from '../share/ShareLink.tsx';
import { exampleRequest, type Version } from './lintQueue.ts';
import { useLint } from './useLint.ts';
import { useSeen } from './useVisible.ts';
import { HighlightedText } from './HighlightedText.tsx';
import { TextBox } from './TextBox.tsx';
import { FindingList } from './FindingList.tsx';
import { MediaSummary } from './MediaSummary.tsx';
import './gallery.css';

interface Props {
  rule: RuleInfo;
  index: number;
  catalog: Catalog;
  headingLevel: 2 | 3 | 4;
  onPresent?: (ruleId: string, index: number, opener: HTMLElement) => void;
}

export const exercisepath = (ruleId: string, index: number) => `/ova/${encodeURIComponent(ruleId)}/${index + 1}`;

/** One catalog example with its real findings and a before/after toggle. */
export function ExampleCard({ rule, index, catalog, headingLevel, onPresent }: Props) {
  const example = rule.examples[index]!;
  const [version, setVersion] = useState<Version>('bad');
  const ref = useRef<HTMLElement>(null);
  const seen = useSeen(ref);
  const lint = useLint(seen ? exampleRequest(example, version) : null);
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const text = example[version];
  const messages = lint.status === 'done' ? lint.result.messages : [];
  const inText = messages.filter((message) => !message.field);
  const channelNames = example.channels?.map((id) => catalog.channelsById.get(id)?.name ?? id);

  return (
    <article ref={ref} className="example-card" data-rule-id={rule.id} data-example-index={index} data-version={version} aria-labelledby={headingId}>
      <div className="example-head">
        <Heading id={headingId} className="example-title">
          Exempel {index + 1}
          <span className="visually-hidden">: {rule.title}</span>
        </Heading>
        <div className="version-toggle" role="group" aria-label={`Version av exempel ${index + 1}`}>
          <button type="button" aria-pressed={version === 'bad'} onClick={() => setVersion('bad')}>
            Före
          </button>
          <button type="button" aria-pressed={version === 'good'} onClick={() => setVersion('good')}>
            Efter
          </button>
        </div>
      </div>
      <p className={`version-label version-${version}`}>{version === 'bad' ? 'Före: texten bryter mot regeln.' : 'Efter: texten följer regeln.'}</p>
      {channelNames && channelNames.length > 0 && <p className="example-channels">Granskad för {channelNames.join(', ')}.</p>}
      <TextBox label={`Text i exempel ${index + 1}, ${version === 'bad' ? 'före' : 'efter'}`}>
        <HighlightedText text={text} messages={inText} />
      </TextBox>
      {example.media && example.media.length > 0 && <MediaSummary media={example.media} />}
      <div className="example-findings">
        {lint.status === 'idle' || lint.status === 'loading' ? (
          <p className="example-pending">Granskar exemplet …</p>
        ) : lint.status === 'error' ? (
          <p className="notice error">{lint.message}</p>
        ) : (
          <>
            <p className="example-count">
              {messages.length === 0 ? 'Inga markeringar.' : `${countFindings(messages.length)}:`}
            </p>
            {messages.length > 0 && <FindingList messages={messages} rulesById={catalog.rulesById} channelsById={catalog.channelsById} focusRuleId={rule.id} />}
          </>
        )}
        {rule.severity === 'off' && <p className="notice">Regeln är avstängd i kommunens profil, så den markerar inget här.</p>}
      </div>
      <div className="example-actions">
        {onPresent && (
          <button type="button" aria-describedby={headingId} onClick={(event) => onPresent(rule.id, index, event.currentTarget)}>
            Presentera
          </button>
        )}
        {rule.severity !== 'off' && (
          <Link className="button" to={exercisepath(rule.id, index)} aria-describedby={headingId}>
            Öva
          </Link>
        )}
        <ShareLink draft={() => ({ text, ...(example.channels ? { channels: example.channels } : {}) })} describedBy={headingId} />
      </div>
    </article>
  );
}
