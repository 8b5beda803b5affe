import type { DemoTicket } from './DemoTicket';

/** Parcel Support: consumer parcels, last-mile problems. */
export const demoParcelTickets: readonly DemoTicket[] = [
  {
    team: 'parcel',
    customer: 'sofia',
    subject: 'Parcel stuck in transit for 6 days (RLY48213370)',
    channel: 'email',
    status: 'open',
    priority: 'high',
    assignee: 'priya',
    messages: [
      { at: 12, from: 'customer', body: "Hi, my parcel RLY48213370 has shown 'In transit – Leipzig hub' since last Tuesday. It's a birthday present and I need it by Friday. Can you tell me what's going on?" },
      { at: 55, from: 'priya', body: "Hi Sofia, sorry for the wait. The parcel missed its linehaul from Leipzig after a sorter fault there. I've asked the hub to put it on tonight's trailer to Madrid; you should see a scan tomorrow morning and delivery on Thursday. I'll keep an eye on it." },
      { at: 1460, from: 'customer', body: 'Thanks Priya, I can see a new scan in Madrid this morning. Fingers crossed for Thursday!' },
    ],
  },
  {
    // An HTML email with a tracking pixel and a remote logo: the inbox blocks both until the agent allows them.
    team: 'parcel',
    customer: 'sofia',
    subject: 'Your parcel RLY48213370: delivery update?',
    channel: 'email',
    status: 'new',
    priority: 'normal',
    assignee: null,
    messages: [
      {
        at: 1400,
        from: 'customer',
        body: 'Hello again, I am writing about parcel RLY48213370 once more. The tracking page still says In transit - Leipzig hub. Could you check? Thanks, Sofia',
        html:
          '<div><img src="https://cdn.mail.example/brand/logo.png" alt="MailExample" width="120"><p>Hello again,</p>' +
          '<p>I am writing about parcel <b>RLY48213370</b> once more. The <a href="https://track.example/RLY48213370">tracking page</a> still says <i>In transit – Leipzig hub</i>. Could you check?</p>' +
          '<p>Thanks,<br>Sofia</p><script>document.title = "pwned"</script><img src="https://pixel.mail.example/open.gif?u=sofia" width="1" height="1" onerror="alert(1)"></div>',
      },
    ],
  },
  {
    team: 'parcel',
    customer: 'liam',
    subject: 'Change delivery address before dispatch',
    channel: 'chat',
    status: 'solved',
    priority: 'normal',
    assignee: 'priya',
    messages: [
      { at: 95, from: 'customer', body: "I moved flat last week and the order still has my old address (14 Harcourt Rd). Can you send it to 3B Camden Row, Dublin 8 instead? It hasn't shipped yet." },
      { at: 101, from: 'priya', body: "Done: the label was not printed yet, so I've updated the address to 3B Camden Row, Dublin 8 (D08 X2K7). You'll get a new tracking email once it's collected." },
      { at: 104, from: 'customer', body: 'Brilliant, thank you!' },
    ],
  },
  {
    team: 'parcel',
    customer: 'aiko',
    subject: 'Parcel marked delivered but not received',
    channel: 'phone',
    status: 'pending',
    priority: 'high',
    assignee: 'maya',
    messages: [
      { at: 240, from: 'maya', note: true, body: 'Call from Aiko: RLY48299105 scanned as delivered yesterday 14:12, nothing at the door, neighbours have nothing. Driver photo shows a green door; hers is white. Opened a trace with the depot.' },
      { at: 252, from: 'maya', body: "Hi Aiko, as discussed on the phone: the driver's photo shows a different door, so we've opened a trace with the Croydon depot. They will check the GPS point and visit the address tomorrow. If it isn't found within 48 hours we'll reship at no cost." },
      { at: 1510, from: 'customer', body: 'No news from the driver yet. Should I order again myself or wait for you?' },
    ],
  },
  {
    team: 'parcel',
    customer: 'jonas',
    subject: 'Customs hold: duties invoice for order from the UK',
    channel: 'email',
    status: 'on_hold',
    priority: 'normal',
    assignee: 'priya',
    messages: [
      { at: 300, from: 'customer', body: 'I got an SMS asking me to pay 412 SEK import VAT before my parcel is released. The shop said duties were included (DDP). Is this a scam?' },
      { at: 330, from: 'priya', body: "Hi Jonas, the SMS is genuine, but you're right that the shipment was booked DDP. Customs in Malmö billed it as DAP because the commercial invoice was missing the Incoterm. I've asked the shipper for a corrected invoice; please don't pay for now. The parcel is safe in bond." },
      { at: 340, from: 'priya', note: true, body: 'Shipper contact at the UK shop: returns@ukshop.example. Chase on Wednesday if no corrected CI.' },
    ],
  },
  {
    team: 'parcel',
    customer: 'grace',
    subject: 'Damaged box: ceramic vase arrived broken',
    channel: 'social',
    status: 'new',
    priority: 'normal',
    assignee: null,
    messages: [
      { at: 1620, from: 'customer', body: 'Box arrived with one corner completely crushed and the vase inside is in pieces. Photos attached. Tracking RLY48350021. What now?' },
      { at: 1626, from: 'customer', body: 'Also the outer box has a "fragile" sticker, so not sure how this happened.' },
    ],
  },
  {
    team: 'parcel',
    customer: 'henrik',
    subject: 'Reschedule delivery to Saturday',
    channel: 'sms',
    status: 'new',
    priority: 'low',
    assignee: null,
    messages: [
      { at: 1700, from: 'customer', body: "Hi, I'm away Thursday and Friday. Can parcel RLY48361187 come on Saturday instead, or go to a pickup point near Nørrebro?" },
      { at: 1702, from: 'customer', body: 'Pickup point is fine too if Saturday is not possible.' },
    ],
  },
];
