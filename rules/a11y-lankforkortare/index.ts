import { z } from 'zod';
import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { data } from './shorteners.schema.ts';

const hostOf = (url: string) => url.toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').split(/[/?#:]/, 1)[0]!;

export default defineRule(
  {
    id: 'a11y-lankforkortare',
    category: 'accessibility',
    severity: 'warning',
    title: 'Förkortad länk',
    description:
      'Stockholms stad: "Undvik länk-förkortningar … exempelvis bit.ly-länkar" och använd länkar som visar var man hamnar. En förkortad länk säger inget om målet, läses upp som en rad tecken och kan inte kontrolleras innan man klickar. Länkar som LinkedIn själv kortar (lnkd.in) får bara ett råd.',
    basis: ['Stockholms stad: Tillgänglighet på sociala medier', 'WCAG 2.1 2.4.4 Länkens syfte'],
    examples: [{
      bad: 'Anmäl dig här: bit.ly/3xYz12',
      good: 'Anmäl dig på alingsas.se/sommarjobb',
      findings: [
        { actual: 'bit.ly/3xYz12', severity: 'warning' },
      ],
    }],
    options: z.strictObject({ shorteners: z.array(z.string()).default([]) }),
  },
  (settings) => {
    const shorteners = new Set([...data.shorteners, ...settings.options.shorteners].map((host) => host.toLowerCase()));
    const platform = new Set(data.platformGenerated);
    return (_tree, file) => {
      // One host per distinct address: a post can repeat one link thousands of times.
      const hosts = new Map<string, string>();
      for (const source of contextOf(file).sources) {
        if (source.kind !== 'url') continue;
        let host = hosts.get(source.value);
        if (host === undefined) hosts.set(source.value, (host = hostOf(source.value)));
        if (!shorteners.has(host)) continue;
        report(file, settings, {
          start: source.start,
          end: source.end,
          shift: platform.has(host) ? -1 : 0,
          message: format('Använd en fullständig, beskrivande adress i stället för en förkortad länk ({match}).', { match: source.value }),
        });
      }
    };
  },
);
