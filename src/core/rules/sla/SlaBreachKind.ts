/** The SLA targets a ticket can miss: the first reply, each next reply after a customer waits, the resolution. */
export type SlaBreachKind = 'first_response' | 'next_response' | 'resolution';
