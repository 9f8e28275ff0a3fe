import { useEffect, useLayoutEffect, useRef, type Ref, type RefObject } from 'react';

export type HighlightKind = 'comment' | 'error' | 'warning' | 'info';

export interface Highlight {
  start: number;
  end: number;
  kind: HighlightKind;
}

interface Props {
  id: string;
  label: string;
  value: string;
  /** Absent: the text is read-only (it can still be focused and selected by keyboard). */
  onChange?: (value: string) => void;
  highlights: Highlight[];
  onSelectionChange?: (range: { start: number; end: number }) => void;
  describedBy?: string;
  maxLength?: number;
  inputRef?: RefObject<HTMLTextAreaElement | null>;
}

/** Cuts the text where any highlight starts or ends; each piece carries every highlight over it. */
function segments(text: string, highlights: Highlight[]) {
  const cuts = new Set([0, text.length]);
  for (const item of highlights) {
    if (item.start < item.end && item.end <= text.length) {
      cuts.add(item.start);
      cuts.add(item.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Array<{ start: number; text: string; kinds: HighlightKind[] }> = [];
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index]!;
    const end = points[index + 1]!;
    const kinds = highlights.filter((item) => item.start <= start && end <= item.end && item.start < item.end).map((item) => item.kind);
    pieces.push({ start, text: text.slice(start, end), kinds: [...new Set(kinds)] });
  }
  return pieces;
}

/**
 * The draft's text in a real textarea (so it can be read, selected and, for the author, edited by
 * keyboard; the reviewer's is read-only), with a backdrop behind it that marks commented passages and findings. The marks are
 * decoration only (aria-hidden); the lists beside the text say the same in words.
 */
export function DraftText({ id, label, value, onChange, highlights, onSelectionChange, describedBy, maxLength, inputRef }: Props) {
  const ownRef = useRef<HTMLTextAreaElement>(null);
  const textarea = inputRef ?? ownRef;
  const backdrop = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const element = textarea.current;
    if (!element) return;
    // Grow with the text so the backdrop never needs to scroll.
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight + 2}px`;
  }, [value, textarea]);

  // Read-only, but not `readonly`: Chromium gives a readonly textarea no keyboard caret, so keyboard users
  // could not select a passage to comment on. Every change is refused instead, and aria-readonly says so.
  const readOnly = !onChange;
  useEffect(() => {
    const element = textarea.current;
    if (!element || !readOnly) return;
    const refuse = (event: Event) => event.preventDefault();
    element.addEventListener('beforeinput', refuse);
    element.addEventListener('drop', refuse);
    return () => {
      element.removeEventListener('beforeinput', refuse);
      element.removeEventListener('drop', refuse);
    };
  }, [readOnly, textarea]);

  const report = () => {
    const element = textarea.current;
    if (element && onSelectionChange) onSelectionChange({ start: element.selectionStart, end: element.selectionEnd });
  };

  return (
    <div className="rv-draft-text">
      <label htmlFor={id} className="rv-draft-text-label">
        {label}
      </label>
      <div className="rv-draft-text-frame">
        <div className="rv-draft-text-backdrop" ref={backdrop} aria-hidden="true">
          {segments(value, highlights).map((piece) =>
            piece.kinds.length > 0 ? (
              <mark key={piece.start} className={piece.kinds.map((kind) => `rv-hl-${kind}`).join(' ')}>
                {piece.text}
              </mark>
            ) : (
              <span key={piece.start}>{piece.text}</span>
            ),
          )}
          {/* A trailing line break needs something after it to take up a line. */}
          {'\u200b'}
        </div>
        <textarea
          id={id}
          ref={textarea as Ref<HTMLTextAreaElement>}
          className="rv-draft-text-input"
          value={value}
          aria-readonly={readOnly || undefined}
          inputMode={readOnly ? 'none' : undefined}
          aria-describedby={describedBy}
          maxLength={maxLength}
          spellCheck={!readOnly}
          // Controlled: with no onChange, anything typed is put back at once.
          onChange={(event) => onChange?.(event.target.value)}
          onSelect={report}
          onKeyUp={report}
          onMouseUp={report}
          onScroll={(event) => {
            if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
          }}
        />
      </div>
    </div>
  );
}
