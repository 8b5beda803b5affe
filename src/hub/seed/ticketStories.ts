import type { ExceptionSeverity, ExceptionType, OrderRow, ShipmentRow, TicketPriority } from '../../core';
import type { ShipmentScenario } from './carrierEvents';

/** The words of a ticket: what the customer wrote first, how the agent answered, how it ended. */
export interface TicketStory {
  subject: string;
  opening: string;
  reply: string;
  followUp: string;
  closing: string;
  priority: readonly (readonly [TicketPriority, number])[];
}

export const exceptionTypeOf: Partial<Record<ShipmentScenario, ExceptionType>> = {
  delayed: 'delay',
  damaged: 'damaged',
  customs_hold: 'customs_hold',
  failed_delivery: 'failed_delivery',
  address_issue: 'address_issue',
  refused: 'refused',
  returned: 'returned',
  lost: 'lost',
  stale: 'stale',
};

export const exceptionSeverityOf: Record<ExceptionType, ExceptionSeverity> = {
  delay: 'medium',
  damaged: 'high',
  lost: 'critical',
  customs_hold: 'medium',
  failed_delivery: 'low',
  address_issue: 'medium',
  refused: 'medium',
  returned: 'low',
  stale: 'low',
  backorder: 'medium',
  short_pick: 'medium',
};

const fmt = (ms: number | null): string => (ms === null ? 'soon' : new Date(ms).toUTCString().slice(0, 16));

/** A ticket about a shipment (or, without one, a general question about the account or an order). */
export function ticketStory(scenario: ShipmentScenario | null, order: OrderRow | null, shipment: ShipmentRow | null, variant: number): TicketStory {
  const tn = shipment?.trackingNumber ?? '';
  const on = order?.number ?? '';
  const eta = fmt(shipment?.eta ?? null);
  switch (scenario) {
    case 'delayed':
      return {
        subject: `Where is shipment ${tn}?`,
        opening: `Hi, tracking for ${tn} (order ${on}) has not moved for a while and it was promised for ${fmt(shipment?.promisedDate ?? null)}. Can you check what is going on?`,
        reply: `Thanks for your patience. ${shipment?.carrier ?? 'The carrier'} reports an operational delay on the linehaul. The new ETA is ${eta}; I will keep an eye on it and update you if it moves again.`,
        followUp: 'Thanks. Please make sure it arrives by then, we have customers waiting.',
        closing: 'Delivered this morning, closing this ticket. Sorry again for the delay.',
        priority: [['normal', 50], ['high', 40], ['urgent', 10]],
      };
    case 'damaged':
      return {
        subject: `Damaged delivery – order ${on}`,
        opening: `Our delivery for order ${on} (${tn}) arrived with the packaging crushed and part of the goods broken. Photos attached. How do we claim?`,
        reply: 'I am sorry about that. I have opened a damage claim with the carrier and arranged a replacement; please keep the packaging until the claim is settled.',
        followUp: 'Replacement received, thank you.',
        closing: 'Claim settled with the carrier; closing this ticket.',
        priority: [['high', 70], ['urgent', 30]],
      };
    case 'customs_hold':
      return {
        subject: `Customs hold on ${tn}`,
        opening: `Shipment ${tn} shows "held by customs". What documents are missing and who pays the duties?`,
        reply: 'Customs asked for a corrected commercial invoice with the Incoterm and HS codes. I have requested it from the shipper and will file it as soon as it arrives.',
        followUp: 'The shipper says they sent the invoice yesterday. Any update?',
        closing: 'Customs released the shipment; it is back on its way.',
        priority: [['normal', 40], ['high', 60]],
      };
    case 'failed_delivery':
      return {
        subject: `Missed delivery – please redeliver ${tn}`,
        opening: `The driver tried to deliver ${tn} while we were out. Can it come again tomorrow, or go to a pickup point?`,
        reply: 'I have booked a second delivery attempt for the next working day between 08:00 and 13:00.',
        followUp: 'Great, someone will be in.',
        closing: 'Delivered on the second attempt; closing this ticket.',
        priority: [['low', 30], ['normal', 70]],
      };
    case 'address_issue':
      return {
        subject: `Address problem on ${tn}`,
        opening: `I got a message that the address for ${tn} is incomplete. The correct address is in my account, can you update it?`,
        reply: 'I have corrected the address with the carrier; the parcel goes out again on the next run.',
        followUp: 'Thank you!',
        closing: 'Delivered to the corrected address.',
        priority: [['normal', 80], ['high', 20]],
      };
    case 'refused':
    case 'returned':
      return {
        subject: `Return of order ${on}`,
        opening: `Order ${on} was refused at delivery because it was the wrong item. How do we get the right one, and is the return free?`,
        reply: 'The shipment is on its way back to our warehouse; the correct item ships as soon as it arrives and the return is free of charge.',
        followUp: 'OK, please send the right one quickly.',
        closing: 'Return received and replacement shipped; closing this ticket.',
        priority: [['normal', 70], ['high', 30]],
      };
    case 'lost':
      return {
        subject: `Shipment ${tn} lost?`,
        opening: `${tn} has had no update for days and the carrier hotline cannot find it. Is it lost?`,
        reply: 'The carrier has declared the shipment lost after a trace. I have started a reshipment at no cost and a claim for the original.',
        followUp: 'When will the reshipment arrive?',
        closing: 'Reshipment delivered; closing this ticket.',
        priority: [['high', 50], ['urgent', 50]],
      };
    case 'stale':
      return {
        subject: `No tracking updates for ${tn}`,
        opening: `There has been no scan on ${tn} for three days. Is it still moving?`,
        reply: 'I asked the carrier for a manual location check; the last terminal confirms it is on a trailer and will be scanned at the next stop.',
        followUp: 'Still nothing on the tracking page.',
        closing: 'New scans came through and it was delivered.',
        priority: [['normal', 70], ['high', 30]],
      };
    case 'unknown_code':
      return {
        subject: `What does this tracking status mean? (${tn})`,
        opening: `Tracking for ${tn} shows a status code I do not understand. Is something wrong?`,
        reply: 'That code is an internal carrier scan; nothing is wrong and the shipment is moving normally.',
        followUp: 'Good to know, thanks.',
        closing: 'Closing this ticket as answered.',
        priority: [['low', 60], ['normal', 40]],
      };
    default:
      return generalStory(on, variant);
  }
}

function generalStory(orderNumber: string, variant: number): TicketStory {
  const stories: TicketStory[] = [
    {
      subject: orderNumber ? `Invoice copy for ${orderNumber}` : 'Invoice copy for last month',
      opening: 'Could you send us a copy of the invoice? Our accounts team cannot find it.',
      reply: 'Of course, the invoice PDF is attached to this reply.',
      followUp: 'Received, thanks.',
      closing: 'Glad to help; closing this ticket.',
      priority: [['low', 80], ['normal', 20]],
    },
    {
      subject: 'Book a pickup for next week',
      opening: 'We have four pallets ready for collection next Tuesday morning. Can you book a pickup?',
      reply: 'Pickup is booked for Tuesday between 08:00 and 12:00; the driver will bring the labels.',
      followUp: 'Perfect, thanks.',
      closing: 'Collected as planned.',
      priority: [['normal', 100]],
    },
    {
      subject: 'Update our delivery address',
      opening: 'We are moving our receiving dock to the new warehouse next month. How do we update the delivery address for future orders?',
      reply: 'I have added the new address to your account from the 1st; orders placed before then still go to the old dock.',
      followUp: 'Thanks, that works.',
      closing: 'Address updated; closing this ticket.',
      priority: [['low', 60], ['normal', 40]],
    },
    {
      subject: orderNumber ? `Change delivery date for ${orderNumber}` : 'Change a delivery date',
      opening: 'Can we push the delivery back two days? Nobody will be at the site on the planned date.',
      reply: 'Done: the carrier has the new date and you will get a fresh delivery window by SMS.',
      followUp: 'Thank you.',
      closing: 'Delivered on the new date.',
      priority: [['low', 40], ['normal', 60]],
    },
  ];
  return stories[variant % stories.length] ?? stories[0]!;
}
