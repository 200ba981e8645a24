import { describe, expect, it } from 'vitest';
import { allowedActions, editRefusal } from './article-transitions.js';

describe('allowedActions', () => {
  it('lets editors save and submit drafts, and save articles in review', () => {
    expect(allowedActions('DRAFT', 'EDITOR')).toEqual(['SAVE', 'SUBMIT']);
    expect(allowedActions('IN_REVIEW', 'EDITOR')).toEqual(['SAVE']);
    expect(allowedActions('PUBLISHED', 'EDITOR')).toEqual([]);
    expect(allowedActions('ARCHIVED', 'EDITOR')).toEqual([]);
  });

  it('lets admins do what editors do, and publish, unpublish, archive and unarchive', () => {
    expect(allowedActions('DRAFT', 'ADMIN')).toEqual(['SAVE', 'SUBMIT', 'PUBLISH', 'ARCHIVE']);
    expect(allowedActions('IN_REVIEW', 'ADMIN')).toEqual(['SAVE', 'PUBLISH', 'ARCHIVE']);
    expect(allowedActions('PUBLISHED', 'ADMIN')).toEqual(['SAVE', 'UNPUBLISH', 'ARCHIVE']);
    expect(allowedActions('ARCHIVED', 'ADMIN')).toEqual(['UNARCHIVE']);
  });
});

describe('editRefusal', () => {
  it('says why a text cannot be changed', () => {
    expect(editRefusal('ARCHIVED', 'ADMIN')).toMatch(/archived article cannot be changed/);
    expect(editRefusal('PUBLISHED', 'EDITOR')).toMatch(/only by an admin/);
    expect(editRefusal('PUBLISHED', 'ADMIN')).toBeNull();
    expect(editRefusal('IN_REVIEW', 'EDITOR')).toBeNull();
  });
});
