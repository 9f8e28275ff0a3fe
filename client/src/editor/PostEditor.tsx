import { useEffect, useRef, type RefObject } from 'react';
import { EditorState, type ChangeSet } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import {
  EditTracker,
  allFindings,
  applyFix,
  clearFindings,
  closeFinding,
  findingsExtension,
  ignoredKeys,
  openFinding,
  setIgnoredKeys,
  showFindings,
  type FindingsConfig,
  type PlacedFinding,
} from './findings.ts';

/** What the page (and the lint loop) may do with the editor. */
export interface EditorHandle {
  view: EditorView;
  /** The text to send now, and a tracker of the edits made after this moment. */
  beginRequest(): { text: string; tracker: EditTracker };
  showFindings(findings: PlacedFinding[], editsSince: ChangeSet): void;
  openFinding(id: string): void;
  applyFix(id: string, replacement: string): boolean;
  focus(): void;
}

interface PostEditorProps {
  text: string;
  /** Bumps when the text was replaced from outside; the editor then takes `text`. */
  revision: number;
  ignored: ReadonlySet<string>;
  config: FindingsConfig;
  handleRef: RefObject<EditorHandle | null>;
  onTextChange(text: string): void;
  onFindingsChange(findings: readonly PlacedFinding[], ignored: ReadonlySet<string>): void;
  labelledBy: string;
  describedBy: string;
}

const nonce = () => document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';

/** CodeMirror 6, dressed as a plain text field. */
export function PostEditor(props: PostEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  latest.current = props;
  const viewRef = useRef<EditorView | null>(null);
  const trackers = useRef<EditTracker | null>(null);

  useEffect(() => {
    const config: FindingsConfig = {
      ruleInfo: (id) => latest.current.config.ruleInfo(id),
      channelName: (id) => latest.current.config.channelName(id),
      onIgnore: (finding, reason) => latest.current.config.onIgnore(finding, reason),
      onOpenRule: (url, event) => latest.current.config.onOpenRule(url, event),
      announce: (message) => latest.current.config.announce(message),
    };
    const view = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: latest.current.text,
        extensions: [
          EditorView.cspNonce.of(nonce()),
          history(),
          findingsExtension(config),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          EditorView.lineWrapping,
          placeholder('Skriv ditt inlägg här …'),
          EditorView.contentAttributes.of({
            'aria-labelledby': latest.current.labelledBy,
            'aria-describedby': latest.current.describedBy,
            spellcheck: 'true',
            lang: 'sv',
            autocapitalize: 'sentences',
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) {
              trackers.current?.record(update.changes);
              latest.current.onTextChange(update.state.doc.toString());
            }
            if (allFindings(update.state) !== allFindings(update.startState) || ignoredKeys(update.state) !== ignoredKeys(update.startState)) {
              latest.current.onFindingsChange(allFindings(update.state), ignoredKeys(update.state));
            }
          }),
        ],
      }),
    });
    viewRef.current = view;
    setIgnoredKeys(view, latest.current.ignored);
    latest.current.handleRef.current = {
      view,
      beginRequest() {
        const tracker = new EditTracker(view.state.doc);
        trackers.current = tracker;
        return { text: view.state.doc.toString(), tracker };
      },
      showFindings: (findings, editsSince) => showFindings(view, findings, editsSince),
      openFinding: (id) => openFinding(view, id),
      applyFix: (id, replacement) => applyFix(view, id, replacement),
      focus: () => view.focus(),
    };
    return () => {
      latest.current.handleRef.current = null;
      viewRef.current = null;
      view.destroy();
    };
  }, []);

  // A text loaded from elsewhere (shared link, exercise, "Rensa") replaces the document.
  useEffect(() => {
    const view = viewRef.current;
    if (!view || view.state.doc.toString() === latest.current.text) return;
    closeFinding(view);
    clearFindings(view);
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: latest.current.text }, userEvent: 'input.load' });
  }, [props.revision]);

  useEffect(() => {
    const view = viewRef.current;
    if (view) setIgnoredKeys(view, props.ignored);
  }, [props.ignored]);

  return <div className="post-editor" ref={host} />;
}
