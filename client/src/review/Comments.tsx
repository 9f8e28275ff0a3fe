import { useId, useState } from 'react';
import type { DraftComment, DraftView } from '../../../rules/api/drafts.ts';
import { draftLimits } from '../../../rules/api/limits.ts';
import { excerpt, formatTime, roleName } from './labels.ts';
import { useVersionText } from './versionTexts.ts';

interface Props {
  view: DraftView;
  /** The passage selected in the text, in the latest version; null when the text has unsaved edits. */
  selection: { start: number; end: number } | null;
  onComment: (range: { start: number; end: number }, body: string) => Promise<boolean>;
  onShow: (range: { start: number; end: number }) => void;
}

function CommentItem({ comment, view, onShow }: { comment: DraftComment; view: DraftView; onShow: Props['onShow'] }) {
  const general = comment.start === comment.end;
  const inLatest = comment.anchor.version === view.latestVersion;
  const anchorText = useVersionText(view, comment.anchor.version) ?? '';
  const passage = anchorText.slice(comment.anchor.start, comment.anchor.end);
  return (
    <li className={`rv-comment${!general && !inLatest ? ' rv-comment-older' : ''}`}>
      <p className="rv-meta">
        <strong>{comment.authorName}</strong> ({roleName[comment.role]}) · {formatTime(comment.createdAt)} · version {comment.version}
      </p>
      {general ? (
        <p className="rv-comment-passage">Om hela texten</p>
      ) : (
        <blockquote className="rv-comment-passage">”{excerpt(passage, 160)}”</blockquote>
      )}
      <p className="rv-comment-body">{comment.body}</p>
      {!general && !inLatest && (
        <p className="rv-comment-note">
          Hör till version {comment.anchor.version}: stycket finns inte kvar i version {view.latestVersion}.
        </p>
      )}
      {!general && inLatest && (
        <button type="button" onClick={() => onShow(comment.anchor)}>
          Visa stycket i texten
        </button>
      )}
    </li>
  );
}

/** Comments on passages (anchored ranges) or on the whole text, and the form to add one. */
export function Comments({ view, selection, onComment, onShow }: Props) {
  const id = useId();
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const latestText = view.latest.text;
  const range = selection && selection.start < selection.end ? selection : null;
  return (
    <section className="rv-review-panel" aria-labelledby="comments-heading">
      <h2 id="comments-heading">Kommentarer ({view.comments.length})</h2>
      <form
        aria-labelledby={`${id}-legend`}
        className="rv-comment-form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (busy) return;
          setBusy(true);
          const saved = await onComment(range ?? { start: 0, end: 0 }, body);
          setBusy(false);
          if (saved) setBody('');
        }}
      >
        <h3 id={`${id}-legend`}>Ny kommentar</h3>
        <p className="rv-hint" id={`${id}-target`} aria-live="polite">
          {selection === null
            ? 'Texten har osparade ändringar, så kommentaren gäller hela texten.'
            : range
              ? `Gäller det markerade stycket: ”${excerpt(latestText.slice(range.start, range.end), 100)}”`
              : 'Markera ett stycke i texten (med musen eller Skift + piltangenterna) för att kommentera just det. Utan markering gäller kommentaren hela texten.'}
        </p>
        <label htmlFor={`${id}-body`}>Kommentar</label>
        <textarea
          id={`${id}-body`}
          aria-describedby={`${id}-target`}
          value={body}
          rows={3}
          maxLength={draftLimits.commentLength}
          required
          onChange={(event) => setBody(event.target.value)}
        />
        <div className="rv-button-row">
          {/* aria-disabled, not disabled, while saving: a disabled button would drop the focus to the page. */}
          <button type="submit" className="primary" aria-disabled={busy || undefined}>
            {range ? 'Kommentera stycket' : 'Kommentera hela texten'}
          </button>
        </div>
      </form>
      {view.comments.length > 0 && (
        <ol className="rv-comment-list">
          {view.comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} view={view} onShow={onShow} />
          ))}
        </ol>
      )}
    </section>
  );
}
