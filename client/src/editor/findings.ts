/**
 * Findings inside CodeMirror: underlines by severity, a hover tooltip, a keyboard "card" (F8 /
 * Alt+↓ to the next finding, Enter into its actions, Esc out), and mapping of findings through
 * every edit so that an underline never sits on the wrong words.
 */
import { ChangeSet, EditorSelection, Prec, StateEffect, StateField, type ChangeDesc, type EditorState, type Extension, type Text } from '@codemirror/state';
import { Decoration, EditorView, closeHoverTooltips, hasHoverTooltips, hoverTooltip, keymap, showTooltip, type DecorationSet, type Tooltip } from '@codemirror/view';
import type { LintMessage, RuleInfo } from '../../../rules/api/schemas.ts';
import { categoryName, severityIconSvg, severityLabel } from './labels.ts';
import { correctionsFor, spellingRuleId } from './corrections.ts';
import { isLimitFinding, LimitMarker } from './limit-marker.ts';

/** A post finding at its current place in the document. */
export interface PlacedFinding {
  id: string;
  key: string;
  message: LintMessage;
  from: number;
  to: number;
}

/**
 * The ignore key: rule, channel, where (alt text of which media entry) and the flagged passage.
 * A finding about the whole post (start = end) has no passage in its key, so it stays ignored
 * while the text changes.
 */
export function ignoreKey(message: Pick<LintMessage, 'ruleId' | 'channel' | 'actual' | 'start' | 'end'>, where = ''): string {
  return [message.ruleId, message.channel ?? '', where, message.start === message.end ? '' : message.actual].join('|');
}

interface FindingsValue {
  all: readonly PlacedFinding[];
  ignored: ReadonlySet<string>;
  active: string | null;
  decorations: DecorationSet;
  card: Tooltip | null;
}

const setFindingsEffect = StateEffect.define<readonly PlacedFinding[]>();
const setIgnoredEffect = StateEffect.define<ReadonlySet<string>>();
const setActiveEffect = StateEffect.define<string | null>();

/** Does this change rewrite the finding's passage (so the finding may no longer hold)? */
function touches(changes: ChangeDesc, finding: { from: number; to: number }): boolean {
  let touched = false;
  changes.iterChangedRanges((fromA, toA) => {
    if (touched) return;
    if (fromA === toA) touched = fromA > finding.from && fromA < finding.to;
    else touched = fromA < finding.to && toA > finding.from;
  });
  return touched;
}

/** Maps findings through edits; those whose passage was edited are dropped until the next answer. */
export function mapFindings(findings: readonly PlacedFinding[], changes: ChangeDesc): PlacedFinding[] {
  const mapped: PlacedFinding[] = [];
  for (const finding of findings) {
    if (finding.from < finding.to && touches(changes, finding)) continue;
    const from = changes.mapPos(finding.from, finding.from === finding.to ? -1 : 1);
    const to = finding.from === finding.to ? from : changes.mapPos(finding.to, -1);
    if (finding.from < finding.to && to <= from) continue;
    mapped.push(from === finding.from && to === finding.to ? finding : { ...finding, from, to });
  }
  return mapped;
}

/** Visible (not ignored) findings in document order. */
export function visibleFindings(state: EditorState): PlacedFinding[] {
  const value = state.field(findingsField, false);
  if (!value) return [];
  return value.all.filter((finding) => !value.ignored.has(finding.key)).sort((a, b) => a.from - b.from || a.to - b.to || a.id.localeCompare(b.id));
}

export const findingById = (state: EditorState, id: string) => state.field(findingsField, false)?.all.find((finding) => finding.id === id);

export const activeFindingId = (state: EditorState) => state.field(findingsField, false)?.active ?? null;

function buildDecorations(all: readonly PlacedFinding[], ignored: ReadonlySet<string>, active: string | null): DecorationSet {
  const ranges = all
    .filter((finding) => finding.from < finding.to && !ignored.has(finding.key))
    .map((finding) =>
      isLimitFinding(finding)
        ? Decoration.widget({ widget: new LimitMarker(finding.message.severity, limitLabel(finding.message), finding.id === active), side: -1 }).range(finding.from)
        : Decoration.mark({
            class: `cm-finding cm-finding-${finding.message.severity}${finding.id === active ? ' cm-finding-active' : ''}`,
            attributes: { 'data-rule': finding.message.ruleId },
          }).range(finding.from, finding.to),
    );
  return Decoration.set(ranges, true);
}

/** "Gräns för X" on the marker: the channel it is about. */
const limitLabel = (message: LintMessage) => {
  const channel = message.channel ? (currentConfig?.channelName(message.channel) ?? message.channel) : '';
  return message.ruleId === 'kanal-vikning' ? `vikning${channel ? ` ${channel}` : ''}` : `gräns${channel ? ` ${channel}` : ''}`;
};

// The config is per editor, but CodeMirror extensions are built once: kept in a facet-like holder.
let currentConfig: FindingsConfig | null = null;

const findingsField = StateField.define<FindingsValue>({
  create: () => ({ all: [], ignored: new Set(), active: null, decorations: Decoration.none, card: null }),
  update(value, tr) {
    let { all, ignored, active } = value;
    if (tr.docChanged) all = mapFindings(all, tr.changes);
    let activeSet = false;
    for (const effect of tr.effects) {
      if (effect.is(setFindingsEffect)) all = effect.value;
      else if (effect.is(setIgnoredEffect)) ignored = effect.value;
      else if (effect.is(setActiveEffect)) {
        active = effect.value;
        activeSet = true;
      }
    }
    if (!activeSet && active !== null) {
      const finding = all.find((item) => item.id === active);
      const head = tr.state.selection.main.head;
      if (!finding || ignored.has(finding.key) || tr.docChanged || (tr.selection && (head < finding.from || head > finding.to))) active = null;
    }
    if (all === value.all && ignored === value.ignored && active === value.active) return value;
    const card = active === value.active && !tr.docChanged ? value.card : active ? cardTooltip(all.find((item) => item.id === active)!) : null;
    return { all, ignored, active, decorations: buildDecorations(all, ignored, active), card };
  },
  provide: (field) => [EditorView.decorations.from(field, (value) => value.decorations), showTooltip.from(field, (value) => value.card)],
});

export interface FindingsConfig {
  ruleInfo(id: string): RuleInfo | undefined;
  channelName(id: string): string;
  /** Called after "Ignorera" with the reason the user typed (may be empty). */
  onIgnore(finding: PlacedFinding, reason: string): void;
  /** A click on a rule link: navigate inside the app. */
  onOpenRule(url: string, event: MouseEvent): void;
  /** Announce things to screen readers (fix applied, finding opened). */
  announce(message: string): void;
}

/** Replaces the finding's passage with one of its fixes, if the passage is still what was flagged. */
export function applyFix(view: EditorView, id: string, replacement: string): boolean {
  const finding = findingById(view.state, id);
  if (!finding) return false;
  const { from, to, message } = finding;
  if (from < to && view.state.sliceDoc(from, to) !== message.actual) return false;
  view.dispatch({
    changes: { from, to, insert: replacement },
    selection: EditorSelection.cursor(from + replacement.length),
    effects: [setActiveEffect.of(null), closeHoverTooltips],
    userEvent: 'input.fix',
    scrollIntoView: true,
  });
  view.focus();
  currentConfig?.announce(replacement ? `Ändrat till ”${replacement}”.` : 'Borttaget.');
  return true;
}

/** Moves the cursor to a finding (selecting its passage), focuses the editor and opens its card. */
export function openFinding(view: EditorView, id: string, focus = true) {
  const finding = findingById(view.state, id);
  if (!finding) return;
  view.dispatch({
    selection: EditorSelection.single(finding.from, finding.to),
    effects: [setActiveEffect.of(id), EditorView.scrollIntoView(finding.from, { y: 'center' })],
  });
  if (focus) view.focus();
  const list = visibleFindings(view.state);
  const index = list.findIndex((item) => item.id === id);
  currentConfig?.announce(
    `Anmärkning ${index + 1} av ${list.length}. ${severityLabel[finding.message.severity]}: ${finding.message.message} Tryck Enter för åtgärder, Esc för att stänga.`,
  );
}

export function closeFinding(view: EditorView) {
  if (activeFindingId(view.state) !== null) view.dispatch({ effects: setActiveEffect.of(null) });
}

function step(view: EditorView, direction: 1 | -1): boolean {
  const list = visibleFindings(view.state);
  if (list.length === 0) {
    currentConfig?.announce('Inga anmärkningar i texten.');
    return true;
  }
  const active = activeFindingId(view.state);
  const current = list.findIndex((item) => item.id === active);
  let next: number;
  if (current !== -1) next = (current + direction + list.length) % list.length;
  else {
    const head = view.state.selection.main.head;
    if (direction === 1) {
      next = list.findIndex((item) => item.from >= head);
      if (next === -1) next = 0;
    } else {
      next = list.length - 1 - [...list].reverse().findIndex((item) => item.from < head);
      if (next === list.length) next = list.length - 1;
    }
  }
  openFinding(view, list[next]!.id);
  return true;
}

export const nextFinding = (view: EditorView) => step(view, 1);
export const previousFinding = (view: EditorView) => step(view, -1);

function focusCard(view: EditorView): boolean {
  if (activeFindingId(view.state) === null) return false;
  const target = view.dom.querySelector<HTMLElement>('.finding-card-active button, .finding-card-active a');
  if (!target) return false;
  target.focus();
  return true;
}

const findingKeymap = Prec.highest(
  keymap.of([
    { key: 'F8', run: nextFinding, shift: previousFinding, preventDefault: true },
    { key: 'Alt-ArrowDown', run: nextFinding, preventDefault: true },
    { key: 'Alt-ArrowUp', run: previousFinding, preventDefault: true },
    { key: 'Enter', run: focusCard },
    {
      key: 'Escape',
      run: (view) => {
        if (activeFindingId(view.state) === null) return false;
        closeFinding(view);
        return true;
      },
    },
  ]),
);

// ---- The finding card (hover tooltip and keyboard card share it) ----

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

let cardCounter = 0;

/**
 * Adds the spelling corrections to a card once they arrive, before its "Ignorera…" button. Typing never
 * waits for them, and an answer for a card that is gone, or for a word that has since changed, is dropped.
 */
function offerCorrections(view: EditorView, finding: PlacedFinding, before: HTMLElement, fixButton: (replacement: string) => HTMLElement) {
  const waiting = element('span', 'fix-waiting', 'Hämtar rättelser …');
  before.before(waiting);
  const word = finding.message.actual;
  correctionsFor(word)
    .then((corrections) => {
      if (!waiting.isConnected) return;
      const current = findingById(view.state, finding.id);
      if (!current || view.state.sliceDoc(current.from, current.to) !== word) return waiting.remove();
      waiting.replaceWith(...corrections.map(fixButton));
      if (corrections.length > 0) currentConfig?.announce(`${corrections.length === 1 ? 'En rättelse' : `${corrections.length} rättelser`} föreslås: ${corrections.join(', ')}.`);
    })
    .catch(() => waiting.remove())
    .finally(() => view.requestMeasure());
}

function renderFinding(view: EditorView, finding: PlacedFinding, keyboard: boolean): HTMLElement {
  const config = currentConfig;
  const { message } = finding;
  const rule = config?.ruleInfo(message.ruleId);
  const box = element('div', 'finding');
  box.setAttribute('role', 'group');
  cardCounter += 1;
  const messageId = `finding-card-message-${cardCounter}`;
  box.setAttribute('aria-labelledby', messageId);

  const head = element('p', `finding-head severity-${message.severity}`);
  head.append(severityIconSvg(message.severity), element('span', 'finding-severity', severityLabel[message.severity]));
  const where = [categoryName(message.category), message.channel ? config?.channelName(message.channel) ?? message.channel : null].filter(Boolean).join(' · ');
  head.append(element('span', 'finding-where', ` · ${where}`));
  box.append(head);

  const text = element('p', 'finding-message', message.message);
  text.id = messageId;
  box.append(text);
  if (message.period) box.append(element('p', 'finding-period', `Regeln gäller så här under perioden ”${message.period}”.`));
  const actions = element('div', 'finding-actions');
  const fixButton = (replacement: string) => {
    const button = element('button', 'fix-button', replacement === '' ? 'Ta bort' : `Ersätt med ”${replacement}”`);
    button.type = 'button';
    button.addEventListener('click', () => applyFix(view, finding.id, replacement));
    return button;
  };
  for (const replacement of message.expected) actions.append(fixButton(replacement));
  const ignore = element('button', 'ignore-button', 'Ignorera…');
  ignore.type = 'button';
  ignore.setAttribute('aria-expanded', 'false');
  actions.append(ignore);
  const link = element('a', 'rule-link', 'Om regeln');
  link.href = message.url;
  link.setAttribute('aria-label', `Om regeln: ${rule?.title ?? message.ruleId}`);
  link.addEventListener('click', (event) => config?.onOpenRule(message.url, event));
  actions.append(link);
  box.append(actions);
  if (message.ruleId === spellingRuleId && message.expected.length === 0 && message.actual) offerCorrections(view, finding, ignore, fixButton);

  // Message and fixes first; the guideline in one line; the reasons open on request.
  if (rule?.guidelineRef) {
    const ref = element('p', 'finding-guideline');
    ref.append(element('span', 'finding-guideline-label', 'Riktlinjen: '), document.createTextNode(rule.guidelineRef));
    box.append(ref);
  }
  if (rule) {
    const more = element('div', 'finding-more');
    const section = (title: string, body: string, className: string) => {
      const details = element('details', className);
      details.append(element('summary', undefined, title), element('p', undefined, body));
      // The card is a tooltip: CodeMirror places it again when its size changes.
      details.addEventListener('toggle', () => view.requestMeasure());
      return details;
    };
    more.append(section('Varför?', rule.description, 'finding-why'));
    if (rule.basis.length > 0) more.append(section('Grund', rule.basis.join('; '), 'finding-basis'));
    box.append(more);
  }

  const form = element('form', 'ignore-form');
  form.hidden = true;
  const label = element('label', undefined, 'Anledning (valfritt)');
  const input = element('input');
  input.type = 'text';
  input.maxLength = 300;
  input.id = `finding-ignore-reason-${cardCounter}`;
  label.htmlFor = input.id;
  const confirm = element('button', 'primary', 'Ignorera');
  confirm.type = 'submit';
  const cancel = element('button', undefined, 'Avbryt');
  cancel.type = 'button';
  form.append(label, input, confirm, cancel);
  actions.after(form);

  ignore.addEventListener('click', () => {
    form.hidden = false;
    ignore.setAttribute('aria-expanded', 'true');
    view.requestMeasure();
    input.focus();
  });
  cancel.addEventListener('click', () => {
    form.hidden = true;
    ignore.setAttribute('aria-expanded', 'false');
    view.requestMeasure();
    ignore.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    config?.onIgnore(finding, input.value.trim());
    view.dispatch({ effects: [setActiveEffect.of(null), closeHoverTooltips] });
    config?.announce('Anmärkningen ignoreras i det här utkastet.');
    view.focus();
  });
  if (keyboard) {
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        closeFinding(view);
        view.focus();
      }
    });
  }
  return box;
}

function cardTooltip(finding: PlacedFinding): Tooltip {
  return {
    pos: finding.from,
    end: finding.to,
    above: false,
    create: (view) => {
      const dom = element('div', 'finding-card finding-card-active');
      dom.append(renderFinding(view, finding, true));
      return { dom };
    },
  };
}

const findingHover = hoverTooltip(
  (view, pos, side) => {
    const value = view.state.field(findingsField);
    const here = value.all.filter(
      (finding) =>
        finding.from < finding.to &&
        !value.ignored.has(finding.key) &&
        (isLimitFinding(finding)
          ? pos === finding.from
          : (finding.from < pos || (finding.from === pos && side > 0)) && (pos < finding.to || (pos === finding.to && side < 0))),
    );
    if (here.length === 0 || here.some((finding) => finding.id === value.active)) return null;
    return {
      pos: Math.min(...here.map((finding) => finding.from)),
      end: Math.max(...here.map((finding) => (isLimitFinding(finding) ? finding.from : finding.to))),
      above: false,
      create: (tooltipView) => {
        const dom = element('div', 'finding-card');
        for (const finding of here) dom.append(renderFinding(tooltipView, finding, false));
        return { dom };
      },
    };
  },
  { hoverTime: 250, hideOnChange: true },
);

/**
 * A hover card sits below its passage and may cover the lines under it: any key closes it, so it never
 * hides the text the keyboard is working in (WCAG 2.4.11). The keyboard's own card (F8) opens below the
 * finding, which stays in view.
 */
const closeHoverOnKey = EditorView.domEventHandlers({
  keydown: (_event, view) => {
    if (hasHoverTooltips(view.state)) view.dispatch({ effects: closeHoverTooltips });
    return false;
  },
});

/** The findings extension for one editor. */
export function findingsExtension(config: FindingsConfig): Extension {
  currentConfig = config;
  return [findingsField, findingKeymap, findingHover, closeHoverOnKey];
}

/** Places the findings of an answer that was linted on `sentDoc`, mapped through the edits made since. */
export function showFindings(view: EditorView, findings: PlacedFinding[], editsSince: ChangeSet) {
  // A finding that is still the same one keeps its id, so an open card stays open.
  const previous = new Map(allFindings(view.state).map((finding) => [`${finding.key}@${finding.from}-${finding.to}`, finding.id]));
  const placed = mapFindings(findings, editsSince).map((finding) => {
    const where = `${finding.key}@${finding.from}-${finding.to}`;
    const id = previous.get(where);
    previous.delete(where);
    return id ? { ...finding, id } : finding;
  });
  view.dispatch({ effects: setFindingsEffect.of(placed) });
}

export function setIgnoredKeys(view: EditorView, keys: ReadonlySet<string>) {
  view.dispatch({ effects: setIgnoredEffect.of(keys) });
}

export const clearFindings = (view: EditorView) => view.dispatch({ effects: [setFindingsEffect.of([]), setActiveEffect.of(null)] });

/** Tracks the edits made since a request was sent, to map its answer onto the text as it is now. */
export class EditTracker {
  changes: ChangeSet;
  constructor(readonly sentDoc: Text) {
    this.changes = ChangeSet.empty(sentDoc.length);
  }
  record(changes: ChangeSet) {
    this.changes = this.changes.compose(changes);
  }
}

/** All post findings as the field holds them now (for the side panel). */
export const allFindings = (state: EditorState): readonly PlacedFinding[] => state.field(findingsField, false)?.all ?? [];
export const ignoredKeys = (state: EditorState): ReadonlySet<string> => state.field(findingsField, false)?.ignored ?? new Set();
