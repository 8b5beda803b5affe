/** What the composer warns about before a file goes to a customer. */
export type AttachmentWarning = 'executable' | 'type_mismatch';

export interface AttachmentSniff {
  warning: AttachmentWarning | null;
  /** The agent-facing sentence, null when nothing is wrong. */
  message: string | null;
}

const executableExtensions = new Set(['exe', 'bat', 'cmd', 'com', 'js', 'jse', 'msi', 'msp', 'scr', 'vbs', 'vbe', 'ps1', 'jar', 'sh', 'dll', 'lnk', 'hta', 'wsf', 'pif', 'cpl', 'reg', 'app', 'dmg']);

type Known = 'pdf' | 'png' | 'jpeg' | 'gif' | 'zip';

// Extension → the container its bytes must be (docx/xlsx/pptx are zip files).
const expectedByExtension: Record<string, Known> = {
  pdf: 'pdf',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  gif: 'gif',
  zip: 'zip',
  docx: 'zip',
  xlsx: 'zip',
  pptx: 'zip',
};

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

function detect(bytes: Uint8Array): Known | 'pe' | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) return 'gif';
  if (startsWith(bytes, [0x50, 0x4b]) && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))) return 'zip';
  if (startsWith(bytes, [0x4d, 0x5a])) return 'pe';
  return null;
}

/**
 * Checks a file's name against its first bytes (16 are enough): a program, or a file whose
 * bytes are not what its extension says (a renamed .exe, a broken PDF), gets a warning the
 * agent sees before sending. Warnings never block: a customer may need the file anyway.
 */
export function sniffAttachment(name: string, head: Uint8Array): AttachmentSniff {
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  const found = detect(head);
  if (executableExtensions.has(ext) || found === 'pe') {
    return { warning: 'executable', message: `"${name}" is a program or script; customers' mail filters often block these and they can carry malware.` };
  }
  const expected = expectedByExtension[ext];
  if (expected && found !== expected) {
    return { warning: 'type_mismatch', message: `"${name}" does not contain what its .${ext} name says; check it is the right file.` };
  }
  return { warning: null, message: null };
}
