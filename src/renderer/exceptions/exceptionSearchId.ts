/** The queue's search box, which `/` focuses. */
export const exceptionSearchId = 'exception-search';
