import { createSpotlight } from '@mantine/spotlight';

const [store, actions] = createSpotlight();

/** The command palette's own Spotlight store, so the header button and Ctrl K share one palette. */
export const commandPalette = { store, ...actions };
