import { isLoopbackHostname } from '../../core/util/isLoopbackHostname';
import { IpcFailure } from '../ipc/IpcFailure';

/**
 * The hub address an agent signs in to, without trailing slashes; throws with the reason when it
 * is not one. http:// is allowed only for a hub on this computer (127.0.0.0/8, localhost,
 * [::1]): anywhere else the password and every reply would cross the network in clear text.
 */
export function checkHubUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new IpcFailure('invalid_input', `hubUrl: "${raw}" is not a web address (e.g. https://relay.example.com)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new IpcFailure('invalid_input', `hubUrl: "${raw}" must start with https://`);
  }
  if (url.protocol === 'http:' && !isLoopbackHostname(url.hostname)) {
    throw new IpcFailure('invalid_input', 'Use https:// for a hub on another machine: passwords would travel in clear text.');
  }
  return raw.replace(/\/+$/, '');
}
