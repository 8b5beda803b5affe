// Ingest: inbound webhook payload schemas and pure parsers/mappers (the hub's ingest layer uses these).
export * from './webhookTime';
export * from './channelMessagePayloads';
export * from './toInboundMessage';
export * from './logisticsPayloads';
export * from './ticketReference';
export * from './x12/tokenizeX12';
export * from './x12/x12DateTime';
export * from './x12/at7StatusCodes';
export * from './x12/at7ReasonCodes';
export * from './x12/mapAt7Status';
export * from './x12/X12Shipment214';
export * from './x12/parseX12Shipment214';
export * from './InboundTrackingEvent';
export * from './toInboundTrackingEvents';
export * from './shipmentStatusAfter';
export * from './senderCustomerKind';
