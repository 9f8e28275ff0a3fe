import { z } from 'zod';

/** Environment variables by name, each with the zod schema that reads it. */
export type EnvSchema = Record<string, z.ZodType>;

/** An empty variable counts as unset, as `VAR= npm start` means; surrounding spaces are not part of a value. */
const blank = (value: unknown) => (typeof value === 'string' ? (value.trim() === '' ? undefined : value.trim()) : value);

function optional<T extends z.ZodType>(schema: T): z.ZodType<z.output<T> | undefined, unknown>;
function optional<T extends z.ZodType>(schema: T, fallback: z.output<T>): z.ZodType<z.output<T>, unknown>;
// The overloads above give the precise types.
function optional<T extends z.ZodType>(schema: T, fallback?: z.output<T>): z.ZodType<any, unknown> {
  return z.preprocess(blank, fallback === undefined ? schema.optional() : schema.optional().transform((value) => value ?? fallback));
}

export const envSettings = { optional };

/** A text setting; unset (or empty) gives the fallback. */
export function textSetting(): z.ZodType<string | undefined, unknown>;
export function textSetting(fallback: string): z.ZodType<string, unknown>;
export function textSetting(fallback?: string) {
  return fallback === undefined ? optional(z.string()) : optional(z.string(), fallback);
}

/** A whole number in [min, max]; unset gives the fallback (or undefined). */
export function integerSetting(min: number, max: number): z.ZodType<number | undefined, unknown>;
export function integerSetting(min: number, max: number, fallback: number, what?: string): z.ZodType<number, unknown>;
export function integerSetting(min: number, max: number, fallback?: number, what = `ett heltal från ${min.toLocaleString('sv-SE')} till ${max.toLocaleString('sv-SE')}`) {
  const message = `måste vara ${what}`;
  const schema = z
    .string()
    .regex(/^[+-]?\d+$/, message)
    .transform(Number)
    .pipe(z.number().int(message).min(min, message).max(max, message));
  return fallback === undefined ? optional(schema) : optional(schema, fallback);
}

const units: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** A size such as "2gb" or "500mb" (powers of 1,024, as body-parser reads POSTKOLL_BODY_LIMIT), in bytes. */
export function byteSizeSetting(minBytes: number, fallback: number) {
  const message = `måste vara en storlek som "2gb" eller "500mb", minst ${minBytes.toLocaleString('sv-SE')} byte`;
  const schema = z
    .string()
    .regex(/^\d+(\.\d+)?\s*(b|kb|mb|gb)?$/i, message)
    .transform((value) => {
      const [, amount, unit = 'b'] = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value)!;
      return Math.floor(Number(amount) * units[unit.toLowerCase()]!);
    })
    .pipe(z.number().min(minBytes, message));
  return optional(schema, fallback);
}

/** A setting refused at start: the message names every bad variable (never its value, which may be a secret). */
export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'EnvError';
  }
}

/** Reads the variables of `schema` from `env`; a bad value throws an EnvError naming the variable and its rule. */
export function parseEnv<S extends EnvSchema>(schema: S, env: NodeJS.ProcessEnv): { [K in keyof S]: z.output<S[K]> } {
  const result = z.object(schema).safeParse(env);
  if (result.success) return result.data as { [K in keyof S]: z.output<S[K]> };
  throw new EnvError(result.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message}.`));
}
