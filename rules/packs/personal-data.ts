import type { Rule } from '../core/types.ts';
import pdPersonnummer from '../pd-personnummer/index.ts';
import pdSamordningsnummer from '../pd-samordningsnummer/index.ts';
import pdTelefon from '../pd-telefon/index.ts';
import pdEpost from '../pd-epost/index.ts';
import pdAdress from '../pd-adress/index.ts';
import pdRegnr from '../pd-regnr/index.ts';
import pdBank from '../pd-bank/index.ts';
import pdKansligKategori from '../pd-kanslig-kategori/index.ts';
import pdLagovertradelse from '../pd-lagovertradelse/index.ts';
import pdBarnElev from '../pd-barn-elev/index.ts';
import pdSekretessIndividarende from '../pd-sekretess-individarende/index.ts';
import pdUppmaningLamnaUppgifter from '../pd-uppmaning-lamna-uppgifter/index.ts';
import bildBarnSamtycke from '../bild-barn-samtycke/index.ts';
import bildBarnNamn from '../bild-barn-namn/index.ts';
import bildPersonerSamtycke from '../bild-personer-samtycke/index.ts';
import bildKansligMiljo from '../bild-kanslig-miljo/index.ts';
import bildFotograf from '../bild-fotograf/index.ts';

/** pd- and bild- rules (rules.md §3.3, §3.6). */
export const personalDataRules: Rule[] = [
  pdPersonnummer,
  pdSamordningsnummer,
  pdTelefon,
  pdEpost,
  pdAdress,
  pdRegnr,
  pdBank,
  pdKansligKategori,
  pdLagovertradelse,
  pdBarnElev,
  pdSekretessIndividarende,
  pdUppmaningLamnaUppgifter,
  bildBarnSamtycke,
  bildBarnNamn,
  bildPersonerSamtycke,
  bildKansligMiljo,
  bildFotograf,
];
