import { Alert, createTheme, Modal } from '@mantine/core';

// Text contrast (dimmed grey, filled and tinted colors) is set in contrast/contrastVariablesResolver.ts.
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  components: {
    // Icon-only close buttons need a name for screen readers (axe: button-name).
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Alert: Alert.extend({ defaultProps: { closeButtonLabel: 'Dismiss' } }),
    // The palette fades descriptions and badges to 70%, which drops them below 4.5:1.
    Spotlight: { styles: { action: { '--action-description-opacity': '1' } } },
  },
});
