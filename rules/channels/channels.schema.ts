import { z } from 'zod';
import { dataFile, dataFileSchema } from '../core/data-file.ts';
import { channelSchema } from '../profile/schema.ts';
import raw from './channels.json' with { type: 'json' };

/** The shape of channels.json: each channel's facts, the defaults a profile may override. */
export const schema = dataFileSchema({ channels: z.array(channelSchema) });

/** channels.json, validated when the module loads. */
export const data = dataFile(schema, raw, 'rules/channels/channels.json');
