import type { Rule } from '../core/types.ts';
import klarLix from '../klar-lix/index.ts';
import klarMeningslangd from '../klar-meningslangd/index.ts';
import klarSvartaListan from '../klar-svarta-listan/index.ts';
import klarAlderdomligaOrd from '../klar-alderdomliga-ord/index.ts';
import klarLangaPrepositioner from '../klar-langa-prepositioner/index.ts';
import klarSubstantivsjuka from '../klar-substantivsjuka/index.ts';
import klarSkrytfenor from '../klar-skrytfenor/index.ts';
import klarModeord from '../klar-modeord/index.ts';
import klarOchEllerRespektiveSamt from '../klar-och-eller-respektive-samt/index.ts';
import klarVilkenSom from '../klar-vilken-som/index.ts';
import klarForkortningar from '../klar-forkortningar/index.ts';
import klarOkandaForkortningar from '../klar-okanda-forkortningar/index.ts';
import klarDatum from '../klar-datum/index.ts';
import klarTalformat from '../klar-talformat/index.ts';
import klarKlockslagTidsrymd from '../klar-klockslag-tidsrymd/index.ts';
import klarVeckonummer from '../klar-veckonummer/index.ts';
import klarSiffraForst from '../klar-siffra-forst/index.ts';
import klarTelefonformat from '../klar-telefonformat/index.ts';
import klarLanktext from '../klar-lanktext/index.ts';

/** ton- and klar- rules (rules.md §3.1, §3.2). */
export const toneReadabilityRules: Rule[] = [klarLix, klarMeningslangd, klarSvartaListan, klarAlderdomligaOrd, klarLangaPrepositioner, klarSubstantivsjuka, klarSkrytfenor, klarModeord, klarOchEllerRespektiveSamt, klarVilkenSom, klarForkortningar, klarOkandaForkortningar, klarDatum, klarTalformat, klarKlockslagTidsrymd, klarVeckonummer, klarSiffraForst, klarTelefonformat, klarLanktext];
