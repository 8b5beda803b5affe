import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/spotlight/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installBrowserBridge } from './bridge/installBrowserBridge';

// Electron's preload installs window.relay; in a plain browser the HTTP bridge stands in.
const bridgeReady = installBrowserBridge();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
createRoot(rootElement).render(
  <StrictMode>
    <App bridgeReady={bridgeReady} />
  </StrictMode>,
);
