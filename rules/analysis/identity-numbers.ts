import Personnummer from 'personnummer';
import { parsePhoneNumber } from 'awesome-phonenumber';
import { overlapTest, type TextContext } from '../core/context.ts';
import { cached } from '../core/text-cache.ts';

export interface IdentityNumber {
  start: number;
  end: number;
  value: string;
  /** Day number raised by 60 (samordningsnummer). */
  coordination: boolean;
  /** A letter in position 7 (interimsnummer, "T-nummer", used by universities and health care). */
  interim: boolean;
  /** The check digit is right. */
  checksumValid: boolean;
}

// rules.md pd-personnummer, widened to days 00–91 so that samordningsnummer and Skatteverket's
// partly unknown birth dates (month 00, day 60) are found too, and to a letter in position 7
// (interimsnummer: T R S U W X J K L M N, as the personnummer package accepts); the date is checked below.
const candidate = /(?<![\p{N}\p{L}])((?:18|19|20)?\d{2})(\d{2})(\d{2})([-+ ]?)(\d{3}|[TRSUWXJKLMN]\d{2})(\d)(?![\p{N}\p{L}])/gu;

// Words that make a bare ten-digit number an order, invoice, OCR or case number (rules.md trap).
const referenceBefore =
  /(?<!\p{L})(?:ocr|faktur\p{L}*|order\p{L}*|referens\p{L}*|ref|kund\p{L}*|ärende\p{L}*|diarie\p{L}*|dnr|avi\p{L}*|boknings\p{L}*|artikel\p{L}*|art|best|bestnr|bankgiro|bg|plusgiro|pg|konto\p{L}*|clearing\p{L}*|lopnr|löpnummer|serienummer|id)[\s.:#-]*(?:nr\.?|nummer|number|no\.?)?[\s.:#-]*$/iu;

const sixDigits = /\d{6}/;

/** Luhn over the ten-digit form, an interim letter counting as 1 as in the personnummer package. */
function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let index = 0; index < 10; index++) {
    const char = tenDigits[index]!;
    let digit = (/\d/.test(char) ? Number(char) : 1) * (index % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return sum % 10 === 0;
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function fullYear(digits: string, separator: string): number {
  if (digits.length === 4) return Number(digits);
  const short = Number(digits);
  const now = new Date().getUTCFullYear();
  let year = 2000 + short;
  if (year > now) year -= 100;
  if (separator === '+') year -= 100;
  return year;
}

/**
 * Personnummer, samordningsnummer and interimsnummer in a text.
 *
 * A candidate needs a real birth date. With "-" or "+" between date and serial it is reported even
 * when the check digit is wrong (then one step lower: probably a typo of a real number). With a space
 * or no separator the check digit must be right, because "240412 1800" is a date and a time and bare
 * ten-digit runs are often order or OCR numbers (rules.md traps); a bare number right after "OCR",
 * "fakturanummer" and the like is skipped, and a bare ten-digit number that is a valid Swedish mobile
 * number ("0701234567") is left to pd-telefon.
 */
export function findIdentityNumbers(text: string): IdentityNumber[] {
  const found: IdentityNumber[] = [];
  // Six digits in a row first (a plain test): most posts have none.
  if (!sixDigits.test(text)) return found;
  for (const match of text.matchAll(candidate)) {
    const [value, yearDigits, monthDigits, dayDigits, separator, serial, check] = match as unknown as string[];
    const year = fullYear(yearDigits!, separator!);
    const month = Number(monthDigits);
    const rawDay = Number(dayDigits);
    const coordination = rawDay >= 60;
    const day = coordination ? rawDay - 60 : rawDay;
    const interim = /\D/.test(serial!);
    // Skatteverket's samordningsnummer may carry a partly unknown or impossible birth date
    // (month 00, day 60, "31 April"); its test data has them, so only the ranges are checked.
    const dateValid = coordination ? month <= 12 && day <= 31 : isCalendarDay(year, month, day);
    if (!dateValid) continue;
    const tenDigits = `${yearDigits!.slice(-2)}${monthDigits}${dayDigits}${serial}${check}`;
    const checksumValid = coordination
      ? luhnValid(tenDigits) && (!interim || Personnummer.valid(value!.replace(' ', ''), { allowCoordinationNumber: true, allowInterimNumber: true }))
      : Personnummer.valid(value!.replace(' ', ''), { allowCoordinationNumber: false, allowInterimNumber: true });
    const strongSeparator = separator === '-' || separator === '+';
    if (!checksumValid && !strongSeparator) continue;
    const start = match.index!;
    if (!separator && yearDigits!.length === 2) {
      if (referenceBefore.test(text.slice(Math.max(0, start - 30), start))) continue;
      if (value!.startsWith('07') && parsePhoneNumber(value!, { regionCode: 'SE' }).type === 'mobile') continue;
    }
    found.push({ start, end: start + value!.length, value: value!, coordination, interim, checksumValid });
  }
  return found;
}

/** findIdentityNumbers for a text context, computed once and shared by the pd- rules. */
export function identityNumbersOf(context: TextContext): IdentityNumber[] {
  return cached(context, 'identity-numbers', () => findIdentityNumbers(context.text));
}

/**
 * Whether [start, end) overlaps an identity number of the text: one finding, one rule (personnummer
 * and bank numbers have their own). A binary search per question, not a scan of every number.
 */
export function overlapsIdentityNumber(context: TextContext): (start: number, end: number) => boolean {
  return cached(context, 'identity-number-overlap', () => overlapTest([...identityNumbersOf(context)].sort((a, b) => a.start - b.start)));
}
