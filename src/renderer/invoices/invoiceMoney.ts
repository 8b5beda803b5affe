import { fromMinorUnits } from '../../core';
import { formatLogistics } from '../customer/formatLogistics';

/** Minor units as money text ("€1,250.00"), through the 360's money format. */
export function invoiceMoney(amountMinor: number, currency: string): string {
  return formatLogistics.money(fromMinorUnits(amountMinor, currency), currency);
}
