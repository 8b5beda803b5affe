/** Help-centre articles for the demo knowledge base (Markdown bodies). */
export const demoArticles: ReadonlyArray<{ title: string; category: string; tags: string[]; body: string }> = [
  {
    title: 'Reading a tracking history',
    category: 'Tracking',
    tags: ['tracking', 'status codes'],
    body: `# Reading a tracking history

Every scan a carrier sends is stored with **two** values:

- the *normalised status* Relay shows (for example **In transit** or **Out for delivery**), and
- the carrier's own *raw code* (for example \`X6\` in an X12 214 message, or \`OUT_FOR_DELIVERY\` in a JSON feed).

The raw code is never thrown away. When a carrier sends a code Relay does not know yet, the event is kept, shown as **Unknown** and **flagged** so a team lead can map it.

## What to tell the customer

1. Quote the latest *normalised* status and where it happened.
2. Give the ETA, not the promised date, when they differ.
3. If the latest scan is flagged, say that the carrier sent an internal update and that nothing is wrong unless the shipment also has an exception.`,
  },
  {
    title: 'What to do when a shipment is delayed',
    category: 'Exceptions',
    tags: ['delay', 'eta', 'exceptions'],
    body: `# What to do when a shipment is delayed

A **delay** exception opens when the carrier reports a delay (X12 status \`SD\`) or when the ETA moves past the promised date.

## Checklist

- Check the reason code: weather (\`AO\`), mechanical breakdown (\`AI\`) and missed cut-off (\`AW\`) usually clear within 24–48 hours.
- Confirm the new ETA in the shipment panel.
- Use the macro **Shipment delayed – apology with new ETA**; it fills in the tracking number and ETA for you.
- Acknowledge the exception so your team knows someone owns it.

> Platinum customers get a proactive message automatically unless they are in their quiet hours.`,
  },
  {
    title: 'Damaged goods: opening a claim',
    category: 'Claims',
    tags: ['damage', 'claims'],
    body: `# Damaged goods: opening a claim

1. Ask the customer for photos of the **outer packaging** and the **damaged items**, and the delivery note if it was signed "damaged".
2. Tell them to keep the packaging until the claim is settled.
3. Open the claim with the carrier within **7 days** of delivery (parcel) or **14 days** (freight).
4. Arrange a replacement if the customer is Gold or Platinum; otherwise wait for the carrier's decision.

Claims without photos are usually refused.`,
  },
  {
    title: 'Customs holds explained',
    category: 'Customs',
    tags: ['customs', 'duties', 'documents'],
    body: `# Customs holds explained

A shipment is held when customs needs something before releasing it:

| Reason | What we need |
|---|---|
| Missing commercial invoice | Invoice with Incoterm, HS codes and values |
| Duties unpaid (DAP) | Payment by the receiver, or a corrected invoice if the sale was DDP |
| Restricted goods | Licence or certificate from the shipper |

Send the **Customs documents needed** macro, then move the ticket to *Pending* — the SLA clock pauses while we wait for the customer.`,
  },
  {
    title: 'Failed delivery attempts and redelivery',
    category: 'Delivery',
    tags: ['delivery', 'redelivery'],
    body: `# Failed delivery attempts and redelivery

When nobody is available, the carrier records an **attempted delivery** (\`AH\` with reason \`A1\` or \`AQ\`). Most carriers try twice more before returning the parcel.

- Offer a new date or a pickup point.
- For freight, book a delivery window with the consignee's dock.
- After three failed attempts the shipment is returned to the shipper.`,
  },
  {
    title: 'Changing a delivery address',
    category: 'Delivery',
    tags: ['address', 'delivery'],
    body: `# Changing a delivery address

- **Before dispatch:** update the order; the label is printed with the new address.
- **In transit:** request an address correction from the carrier. Parcel carriers charge a fee; freight needs a new delivery appointment.
- **Address issue exception:** the carrier could not find the address (\`A2\`/\`A5\`). Confirm the full address with the customer, including building and dock numbers.`,
  },
  {
    title: 'Refused and returned shipments',
    category: 'Returns',
    tags: ['returns', 'refused'],
    body: `# Refused and returned shipments

A consignee can refuse a delivery (\`A7\`). The shipment then travels back to the shipper (\`A3\`).

1. Find out **why** it was refused (wrong item, damage, not ordered).
2. If we made the mistake, ship the correct item at once and make the return free.
3. Update the order status when the return arrives.`,
  },
  {
    title: 'Lost shipments and traces',
    category: 'Claims',
    tags: ['lost', 'trace', 'claims'],
    body: `# Lost shipments and traces

A shipment with **no scan for 72 hours** raises a *stale* exception. Ask the carrier for a trace; most "lost" parcels turn up at a hub within two days.

If the carrier declares it **lost**:

- reship at no cost to the customer,
- open a claim for the original value,
- link the new shipment to the same ticket so the history stays together.`,
  },
  {
    title: 'Parcel, LTL, FTL, ocean and air: how they differ',
    category: 'Shipping modes',
    tags: ['modes', 'freight', 'parcel'],
    body: `# Parcel, LTL, FTL, ocean and air

- **Parcel** — boxes up to ~30 kg, scanned at every hub, delivered in 1–3 days in Europe.
- **LTL** (less than truckload) — pallets sharing a trailer, cross-docked at terminals, 2–5 days.
- **FTL** (full truckload) — one customer's freight, direct from pickup to delivery.
- **Ocean** — containers, 4–6 weeks from Asia, customs at the port of entry.
- **Air** — fastest international option, customs at the destination airport.

Promised dates differ by mode; always compare the ETA with the promised date of *that* shipment.`,
  },
  {
    title: 'Service levels: first response and resolution times',
    category: 'Policies',
    tags: ['sla', 'priority', 'tiers'],
    body: `# Service levels

Every ticket has two clocks: **first response** and **resolution**. Their targets depend on the ticket's priority and the customer's tier (Standard, Gold, Platinum).

- Urgent Platinum tickets need a first response within **15 minutes**.
- Clocks **pause** while a ticket is *Pending* (waiting on the customer) or *On hold* (waiting on the carrier).
- A breach is shown on the ticket and counted on the team dashboard.`,
  },
  {
    title: 'Proactive notifications and quiet hours',
    category: 'Policies',
    tags: ['notifications', 'automations', 'preferences'],
    body: `# Proactive notifications and quiet hours

Relay can message customers before they ask — for example when a shipment is delayed.

- Messages go to the customer's **preferred channel**, only if they **opted in** to it.
- Nothing is sent during the customer's **quiet hours** (their own time zone); it waits until the window ends.
- A throttle stops the same customer receiving more than one automated message about a shipment in 12 hours.

Every automated message appears in the ticket and customer timeline like any other.`,
  },
  {
    title: 'Writing good replies',
    category: 'Working in Relay',
    tags: ['replies', 'macros', 'tone'],
    body: `# Writing good replies

- Start with the answer: *where is it and when will it arrive*.
- Use macros, then personalise the first line.
- One question per message when you need something from the customer.
- Close with what happens next and when you will update them.

Placeholders such as \`{{customer.name}}\`, \`{{shipment.trackingNumber}}\` and \`{{shipment.eta}}\` are filled in when you insert a macro.`,
  },
  {
    title: 'Working offline',
    category: 'Working in Relay',
    tags: ['offline', 'sync'],
    body: `# Working offline

Relay keeps a copy of your team's tickets on your computer. When the network drops you can keep reading, replying and updating tickets; the changes are sent in order as soon as you are back online.

If the hub refuses a change (for example the ticket was closed meanwhile), Relay tells you why and lets you open the ticket to fix it.`,
  },
  {
    title: 'Incoterms in two minutes',
    category: 'Customs',
    tags: ['incoterms', 'customs', 'duties'],
    body: `# Incoterms in two minutes

- **EXW** — the buyer arranges everything from the seller's door.
- **FCA** — the seller hands over to the buyer's carrier, export-cleared.
- **DAP** — delivered to the buyer's address; **the buyer pays import duties**.
- **DDP** — delivered duty paid; **the seller pays import duties**.

Most customs-hold tickets about unexpected duty bills are DDP shipments invoiced as DAP.`,
  },
];
