import { statSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { fileTokenStore } from '../../../../src/desktop/session/fileTokenStore';
import { tempDir } from '../../../fixtures/desktop/tempDir';

describe('fileTokenStore', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it('keeps the token in an owner-only file, across instances, and forgets it on null', () => {
    const path = dir.file('nested/token');
    expect(fileTokenStore(path).load()).toBeNull();
    fileTokenStore(path).save('secret-token');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(fileTokenStore(path).load()).toBe('secret-token');
    fileTokenStore(path).save(null);
    expect(fileTokenStore(path).load()).toBeNull();
  });

  it('tightens the mode of a file that already existed with a looser one', () => {
    const path = dir.file('loose');
    writeFileSync(path, 'old', { mode: 0o644 });
    fileTokenStore(path).save('new');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(fileTokenStore(path).load()).toBe('new');
  });
});
