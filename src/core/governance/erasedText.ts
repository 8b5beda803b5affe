/** What erased or anonymised text reads as, everywhere it was (rows, the change log, replicas). */
export const erasedText = {
  customerName: 'Erased customer',
  contactName: 'Erased contact',
  ticketSubject: 'Erased ticket',
  messageBody: '[erased]',
} as const;
