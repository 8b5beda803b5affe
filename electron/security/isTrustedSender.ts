import { isOwnPage } from '../isOwnPage';

export interface SenderFacts {
  /** The request came from our main window's webContents. */
  fromMainWindow: boolean;
  /** Its frame is that window's top frame (not an iframe), and still exists. */
  fromTopFrame: boolean;
  frameUrl: string | null;
}

/** Main answers IPC only from the top frame of its own window showing Relay's own page. */
export function isTrustedSender(sender: SenderFacts, page: { devServerUrl?: string | undefined; indexFileUrl: string }): boolean {
  if (!sender.fromMainWindow || !sender.fromTopFrame || sender.frameUrl === null) return false;
  return isOwnPage(sender.frameUrl, page.devServerUrl ? { devServerUrl: page.devServerUrl, indexFileUrl: page.indexFileUrl } : { indexFileUrl: page.indexFileUrl });
}
