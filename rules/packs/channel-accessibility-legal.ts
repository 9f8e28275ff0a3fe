import type { Rule } from '../core/types.ts';
import kanalLangd from '../kanal-langd/index.ts';
import kanalRekommenderadLangd from '../kanal-rekommenderad-langd/index.ts';
import kanalVikning from '../kanal-vikning/index.ts';
import kanalHashtagMax from '../kanal-hashtag-max/index.ts';
import kanalHashtagAntal from '../kanal-hashtag-antal/index.ts';
import kanalLankEjKlickbar from '../kanal-lank-ej-klickbar/index.ts';
import kanalLankAntal from '../kanal-lank-antal/index.ts';
import kanalOmnamning from '../kanal-omnamning/index.ts';
import kanalAlttextLangd from '../kanal-alttext-langd/index.ts';
import kanalTommaRader from '../kanal-tomma-rader/index.ts';
import a11yFejkfontUnicode from '../a11y-fejkfont-unicode/index.ts';
import a11yVersaler from '../a11y-versaler/index.ts';
import a11yHashtagVersal from '../a11y-hashtag-versal/index.ts';
import a11yHashtagAntalPlacering from '../a11y-hashtag-antal-placering/index.ts';
import a11yEmojiIRad from '../a11y-emoji-i-rad/index.ts';
import a11yEmojiAntal from '../a11y-emoji-antal/index.ts';
import a11yEmojiErsatterOrd from '../a11y-emoji-ersatter-ord/index.ts';
import a11yEmojiPunktlista from '../a11y-emoji-punktlista/index.ts';
import a11yLankforkortare from '../a11y-lankforkortare/index.ts';
import a11yAntalLankar from '../a11y-antal-lankar/index.ts';
import a11yAlttextSaknas from '../a11y-alttext-saknas/index.ts';
import a11yTextIBild from '../a11y-text-i-bild/index.ts';
import a11yVideoTextning from '../a11y-video-textning/index.ts';
import a11yFargberoende from '../a11y-fargberoende/index.ts';
import neutralPartipolitik from '../neutral-partipolitik/index.ts';
import neutralReklamEnskiltForetag from '../neutral-reklam-enskilt-foretag/index.ts';
import neutralVarderandeOmdomen from '../neutral-varderande-omdomen/index.ts';
import legalSpekulation from '../legal-spekulation/index.ts';
import legalCitatUtanKalla from '../legal-citat-utan-kalla/index.ts';
import legalUpphovsrattMaterial from '../legal-upphovsratt-material/index.ts';
import legalAllmanHandlingInfo from '../legal-allman-handling-info/index.ts';
import legalBbsBrottsligtInnehall from '../legal-bbs-brottsligt-innehall/index.ts';

/** kanal-, a11y-, neutral- and legal- rules (rules.md: channel rules, §3.4, §3.5). */
export const channelAccessibilityLegalRules: Rule[] = [
  kanalLangd,
  kanalRekommenderadLangd,
  kanalVikning,
  kanalHashtagMax,
  kanalHashtagAntal,
  kanalLankEjKlickbar,
  kanalLankAntal,
  kanalOmnamning,
  kanalAlttextLangd,
  kanalTommaRader,
  a11yFejkfontUnicode,
  a11yVersaler,
  a11yHashtagVersal,
  a11yHashtagAntalPlacering,
  a11yEmojiIRad,
  a11yEmojiAntal,
  a11yEmojiErsatterOrd,
  a11yEmojiPunktlista,
  a11yLankforkortare,
  a11yAntalLankar,
  a11yAlttextSaknas,
  a11yTextIBild,
  a11yVideoTextning,
  a11yFargberoende,
  neutralPartipolitik,
  neutralReklamEnskiltForetag,
  neutralVarderandeOmdomen,
  legalSpekulation,
  legalCitatUtanKalla,
  legalUpphovsrattMaterial,
  legalAllmanHandlingInfo,
  legalBbsBrottsligtInnehall,
];
