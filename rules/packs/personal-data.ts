import type { Rule } from '../core/types.ts';
import pdPersonnummer from '../pd-personnummer/index.ts';
import pdSamordningsnummer from '../pd-samordningsnummer/index.ts';

/** pd- and bild- rules (rules.md §3.3, §3.6). */
export const personalDataRules: Rule[] = [pdPersonnummer, pdSamordningsnummer];
