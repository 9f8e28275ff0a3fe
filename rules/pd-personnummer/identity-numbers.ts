import Personnummer from 'personnummer';

export interface IdentityNumber {
  start: number;
  end: number;
  value: string;
  /** Day number raised by 60 (samordningsnummer). */
  coordination: boolean;
  /** The check digit is right. */
  checksumValid: boolean;
}

// rules.md pd-personnummer, widened to days 00–91 so that samordningsnummer and Skatteverket's
// partly unknown birth dates (month 00, day 60) are found too; the date is checked below.
const candidate = /(?<![\p{N}\p{L}])((?:18|19|20)?\d{2})(\d{2})(\d{2})([-+ ]?)(\d{3})(\d)(?![\p{N}\p{L}])/gu;

/** Luhn over the ten-digit form; the personnummer package rejects month 00 and day 60, which Skatteverket allows for samordningsnummer. */
function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let index = 0; index < 10; index++) {
    let digit = Number(tenDigits[index]) * (index % 2 === 0 ? 2 : 1);
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
 * Personnummer and samordningsnummer in a text. A candidate needs a real birth date, and either a
 * separator or a valid check digit, so that order and invoice numbers stay clean (rules.md traps).
 */
export function findIdentityNumbers(text: string): IdentityNumber[] {
  const found: IdentityNumber[] = [];
  for (const match of text.matchAll(candidate)) {
    const [value, yearDigits, monthDigits, dayDigits, separator, serial, check] = match as unknown as string[];
    const year = fullYear(yearDigits!, separator!);
    const month = Number(monthDigits);
    const rawDay = Number(dayDigits);
    const coordination = rawDay >= 60;
    const day = coordination ? rawDay - 60 : rawDay;
    const partlyUnknown = coordination && (month === 0 || day === 0);
    if (!partlyUnknown && !isCalendarDay(year, month, day)) continue;
    if (partlyUnknown && month > 12) continue;
    const tenDigits = `${yearDigits!.slice(-2)}${monthDigits}${dayDigits}${serial}${check}`;
    const checksumValid = partlyUnknown ? luhnValid(tenDigits) : Personnummer.valid(value!.replace(' ', ''), { allowCoordinationNumber: true, allowInterimNumber: false });
    if (!checksumValid && !separator) continue;
    found.push({ start: match.index!, end: match.index! + value!.length, value: value!, coordination, checksumValid });
  }
  return found;
}
