/** How a dashboard trend is bucketed: per local day, or per Monday-based local week. */
export type DashboardGranularity = 'day' | 'week';
