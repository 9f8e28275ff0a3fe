import type { LintMessage, RuleInfo } from '../../../rules/api/schemas.ts';
import type { MediaDraft, MediaType } from './draft-store.ts';
import { FindingDetails } from './FindingDetails.tsx';
import { mediaName } from './labels.ts';
import type { MediaFinding } from './useLint.ts';

interface MediaSectionProps {
  media: MediaDraft[];
  findings: MediaFinding[];
  rules: Map<string, RuleInfo>;
  onAdd(type: MediaType): void;
  onRemove(id: string): void;
  onChange(id: string, patch: Partial<MediaDraft>): void;
  onFix(finding: MediaFinding, replacement: string): void;
  onIgnore(finding: MediaFinding, reason: string): void;
  /** Post findings from the media rules (consent, credit, captions …), repeated here beside the flags. */
  notes: Array<{ id: string; message: LintMessage }>;
  onIgnoreNote(id: string, reason: string): void;
}

/** Rules that read the media list (rules.md "Media"); their findings are about the post as a whole. */
export const isMediaRule = (ruleId: string) => ruleId.startsWith('bild-') || ['a11y-alttext-saknas', 'a11y-video-textning', 'a11y-text-i-bild'].includes(ruleId);

type Flag = 'decorative' | 'showsPeople' | 'showsChildren' | 'consent' | 'containsText' | 'hasSpeech' | 'captions';

const flags: Array<{ flag: Flag; label: string; only?: MediaType }> = [
  { flag: 'decorative', label: 'Dekorativ bild (behöver ingen alternativtext)', only: 'image' },
  { flag: 'showsPeople', label: 'Visar personer' },
  { flag: 'showsChildren', label: 'Visar barn' },
  { flag: 'consent', label: 'Samtycke finns (dokumenterat)' },
  { flag: 'containsText', label: 'Innehåller text' },
  { flag: 'hasSpeech', label: 'Tal', only: 'video' },
  { flag: 'captions', label: 'Textad', only: 'video' },
];

export const altTextFieldId = (id: string) => `alt-${id}`;

/** Images and videos: alt text (linted like the post, findings right under it), credit and flags. */
export function MediaSection({ media, findings, rules, onAdd, onRemove, onChange, onFix, onIgnore, notes, onIgnoreNote }: MediaSectionProps) {
  return (
    <section className="media-section" aria-labelledby="media-heading">
      <h2 id="media-heading">Bilder och filmer</h2>
      <p className="hint">Beskriv det som syns. Uppgifterna här används bara för granskningen – själva bilden laddas inte upp.</p>
      {media.map((item, index) => {
        const name = mediaName(item.type, index);
        const altFindings = findings.filter((finding) => finding.mediaId === item.id && finding.altText);
        const otherFindings = findings.filter((finding) => finding.mediaId === item.id && !finding.altText);
        const findingsId = `${altTextFieldId(item.id)}-findings`;
        return (
          <fieldset key={item.id} className="media-item" data-media={index}>
            <legend>{name}</legend>
            <div className="field">
              <label htmlFor={altTextFieldId(item.id)}>Alternativtext för {name.toLowerCase()}</label>
              <textarea
                id={altTextFieldId(item.id)}
                rows={2}
                maxLength={5000}
                value={item.altText}
                aria-describedby={altFindings.length > 0 ? findingsId : undefined}
                onChange={(event) => onChange(item.id, { altText: event.target.value })}
              />
              <div id={findingsId} className="alt-findings" aria-live="polite">
                {altFindings.length > 0 && <p className="visually-hidden">{altFindings.length} anmärkningar om alternativtexten:</p>}
                {altFindings.map((finding) => (
                  <FindingDetails
                    key={finding.id}
                    message={finding.message}
                    rule={rules.get(finding.message.ruleId)}
                    onFix={(replacement) => onFix(finding, replacement)}
                    onIgnore={(reason) => onIgnore(finding, reason)}
                  />
                ))}
              </div>
            </div>
            <div className="field">
              <label htmlFor={`credit-${item.id}`}>Fotograf eller källa</label>
              <input id={`credit-${item.id}`} type="text" maxLength={500} value={item.credit} onChange={(event) => onChange(item.id, { credit: event.target.value })} />
            </div>
            <div className="media-flags">
              {flags
                .filter(({ only }) => !only || only === item.type)
                .map(({ flag, label }) => (
                  <label key={flag} className="checkbox">
                    <input type="checkbox" checked={item[flag]} onChange={(event) => onChange(item.id, { [flag]: event.target.checked })} /> {label}
                  </label>
                ))}
            </div>
            {otherFindings.map((finding) => (
              <FindingDetails
                key={finding.id}
                message={finding.message}
                rule={rules.get(finding.message.ruleId)}
                onIgnore={(reason) => onIgnore(finding, reason)}
              />
            ))}
            <button type="button" className="remove-media" onClick={() => onRemove(item.id)}>
              Ta bort {name.toLowerCase()}
            </button>
          </fieldset>
        );
      })}
      {media.length > 0 && notes.length > 0 && (
        <div className="media-notes">
          <h3>Att tänka på om bilderna och filmerna</h3>
          {notes.map((note) => (
            <FindingDetails key={note.id} message={note.message} rule={rules.get(note.message.ruleId)} onIgnore={(reason) => onIgnoreNote(note.id, reason)} />
          ))}
        </div>
      )}
      <div className="media-add">
        <button type="button" onClick={() => onAdd('image')}>
          Lägg till bild
        </button>
        <button type="button" onClick={() => onAdd('video')}>
          Lägg till film
        </button>
      </div>
    </section>
  );
}
