export * from './dashboardSchema';
export * from './DashboardGranularity';
export * from './median';
export * from './periodBuckets';
export * from './segmentBuckets';
export * from './segmentCustomers';
export * from './toEur';
