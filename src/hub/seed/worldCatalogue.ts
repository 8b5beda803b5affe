import type { ShipmentMode } from '../../core';

/** Carriers by mode, with the prefix their tracking numbers carry. */
export const carriers: Record<ShipmentMode, readonly { name: string; prefix: string }[]> = {
  parcel: [
    { name: 'DHL Parcel', prefix: 'JJD' },
    { name: 'DPD', prefix: '0150' },
    { name: 'UPS', prefix: '1Z' },
    { name: 'GLS', prefix: 'GLS' },
    { name: 'Relay Express', prefix: 'RLY' },
  ],
  ltl: [
    { name: 'Nordic Freightways', prefix: 'NFW' },
    { name: 'Dachser', prefix: 'DAC' },
    { name: 'DB Schenker', prefix: 'SCH' },
  ],
  ftl: [
    { name: 'XPO Logistics', prefix: 'XPO' },
    { name: 'Girteka', prefix: 'GIR' },
  ],
  ocean: [
    { name: 'Maersk', prefix: 'MAEU' },
    { name: 'Hapag-Lloyd', prefix: 'HLCU' },
    { name: 'MSC', prefix: 'MEDU' },
  ],
  air: [
    { name: 'Lufthansa Cargo', prefix: '020-' },
    { name: 'DHL Aviation', prefix: '615-' },
  ],
};

export const europeanCities = [
  'Hamburg, DE',
  'Berlin, DE',
  'Munich, DE',
  'Amsterdam, NL',
  'Rotterdam, NL',
  'Brussels, BE',
  'Paris, FR',
  'Lyon, FR',
  'Madrid, ES',
  'Barcelona, ES',
  'Milan, IT',
  'Vienna, AT',
  'Copenhagen, DK',
  'Stockholm, SE',
  'Oslo, NO',
  'Dublin, IE',
  'London, GB',
  'Manchester, GB',
  'Warsaw, PL',
  'Prague, CZ',
] as const;

export const overseasOrigins = ['Shanghai, CN', 'Shenzhen, CN', 'Ho Chi Minh City, VN', 'Chennai, IN', 'Newark, US', 'Busan, KR'] as const;

export const hubsByMode: Record<ShipmentMode, readonly string[]> = {
  parcel: ['Leipzig hub, DE', 'Venlo hub, NL', 'Croydon depot, GB', 'Lyon sorting centre, FR', 'Malmö terminal, SE'],
  ltl: ['Duisburg terminal, DE', 'Antwerp cross-dock, BE', 'Poznań terminal, PL', 'Gothenburg terminal, SE'],
  ftl: ['Duisburg terminal, DE', 'Brennero border, IT', 'Calais, FR'],
  ocean: ['Port of Singapore, SG', 'Suez Canal, EG', 'Port of Rotterdam, NL', 'Port of Hamburg, DE'],
  air: ['Frankfurt airport, DE', 'Leipzig/Halle airport, DE', 'Amsterdam Schiphol, NL'],
};

export const products = [
  ['TENT-2P', 'Two-person trekking tent', 189],
  ['BOOT-HK-42', 'Hiking boots, size 42', 129.9],
  ['SOFA-3S', 'Three-seat sofa', 899],
  ['LAMP-OAK', 'Oak floor lamp', 149.5],
  ['MON-27', '27" monitor', 279],
  ['LAP-14', '14" laptop', 1049],
  ['CABLE-USB', 'USB-C cable, 2 m', 12.99],
  ['WINE-RIOJA', 'Rioja reserva, case of 6', 84],
  ['FLOUR-25', 'Bread flour, 25 kg sack', 31.5],
  ['GLOVE-NIT', 'Nitrile gloves, box of 100', 9.8],
  ['MASK-FFP2', 'FFP2 masks, box of 20', 14.5],
  ['PALLET-MIX', 'Mixed pallet, retail stock', 2400],
  ['VASE-CER', 'Ceramic vase', 59],
  ['JACKET-RN', 'Rain jacket', 99],
] as const;

export const currencies = ['EUR', 'EUR', 'EUR', 'GBP', 'SEK', 'DKK', 'USD'] as const;
