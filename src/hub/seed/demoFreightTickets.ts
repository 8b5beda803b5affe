import type { DemoTicket } from './DemoTicket';

/** Freight Desk: business customers, pallets and containers. */
export const demoFreightTickets: readonly DemoTicket[] = [
  {
    team: 'freight',
    customer: 'harborpine',
    subject: 'Pallet damaged on arrival: 3 cartons crushed (PO 77-4410)',
    channel: 'email',
    status: 'open',
    priority: 'urgent',
    assignee: 'tom',
    messages: [
      { at: 30, from: 'customer', body: 'Pallet 2 of 4 on PO 77-4410 arrived this morning with the shrink wrap torn and three cartons crushed (dining chairs). We signed for it as "damaged, subject to inspection". Photos and the POD attached.' },
      { at: 70, from: 'tom', body: "Thanks for noting it on the POD, that makes the claim straightforward. I've opened damage claim DC-20931 with the haulier. Please keep the cartons and packaging for 7 days in case their surveyor wants to inspect." },
      { at: 75, from: 'tom', note: true, body: 'Haulier is Midlands Freight; their cross-dock in Daventry had a forklift incident logged the same night. Ask for the incident report.' },
      { at: 410, from: 'customer', body: 'Understood. Can you also arrange replacements? We have a customer install on the 27th.' },
    ],
  },
  {
    team: 'freight',
    customer: 'nordwind',
    subject: 'Customs hold at Rotterdam: EORI missing on commercial invoice',
    channel: 'email',
    status: 'open',
    priority: 'high',
    assignee: 'daniel',
    messages: [
      { at: 150, from: 'customer', body: 'Container MSKU 704412-6 has been held at Rotterdam since Friday. Our broker says the import declaration was rejected. We have stock-outs on two SKUs from Wednesday. What is needed?' },
      { at: 185, from: 'daniel', body: "The declaration was rejected because the commercial invoice has no EORI for the importer of record. If you send us your EORI (DE…) and a signed corrected invoice today, our broker can resubmit tonight and we'll book the first free slot at the terminal." },
      { at: 260, from: 'customer', body: 'Corrected invoice attached, EORI is DE 4471 2230 9981 004. Please confirm once resubmitted.' },
    ],
  },
  {
    team: 'freight',
    customer: 'kestrel',
    subject: 'Temperature log request for shipment of insulin pens',
    channel: 'phone',
    status: 'pending',
    priority: 'high',
    assignee: 'tom',
    messages: [
      { at: 500, from: 'tom', note: true, body: "Call with Kestrel QA: they need the reefer's data-logger export (2–8 °C) for shipment KM-5520 before they can release the stock. Pharmacy audit on Friday." },
      { at: 520, from: 'tom', body: "Hello, following our call: I've requested the data-logger export for KM-5520 from the carrier. I'll send you the PDF and the raw CSV as soon as it arrives, normally within one working day." },
      { at: 1480, from: 'customer', body: 'Any update on the logger file? Our QA cannot release without it.' },
    ],
  },
  {
    team: 'freight',
    customer: 'alder',
    subject: 'Need liftgate delivery: no loading dock at our site',
    channel: 'chat',
    status: 'new',
    priority: 'normal',
    assignee: null,
    messages: [
      { at: 1550, from: 'customer', body: "We've booked 2 pallets of flour for Thursday but our new unit has no loading dock. Can the truck have a tail-lift?" },
      { at: 1553, from: 'customer', body: 'Also the street has a 7.5t limit, so a small truck please.' },
    ],
  },
  {
    team: 'freight',
    customer: 'brightline',
    subject: 'Dispute: detention charges on invoice INV-30418',
    channel: 'email',
    status: 'closed',
    priority: 'normal',
    assignee: 'daniel',
    messages: [
      { at: 20, from: 'customer', body: 'Invoice INV-30418 includes 3 hours of detention at our Aurora warehouse. Our gate log shows the driver arrived 2 hours after the appointment, so the wait was not on us.' },
      { at: 90, from: 'daniel', body: "You're right: the ELD data shows the truck arrived at 11:52 for a 10:00 appointment. I've credited the detention line ($225.00) and a corrected invoice INV-30418-C is on its way." },
      { at: 140, from: 'customer', body: 'Received, thanks for sorting it quickly.' },
    ],
  },
];
