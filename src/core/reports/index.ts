export * from './reportSchema';
export * from './ReportSource';
export * from './computeReport';
export * from './computeAgentReport';
export * from './computeDeliveryReport';
export * from './computeContactReasons';
export * from './toCsv';
export * from './reportCsv';
