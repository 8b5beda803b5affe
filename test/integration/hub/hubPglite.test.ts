import { defineHubSuite } from './hubSuite';

defineHubSuite('pglite');
