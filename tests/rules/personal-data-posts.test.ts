import { describe, expect, test } from 'vitest';
import type { MediaItem } from '../../rules/core/types.ts';
import { clean, firing } from './personal-data-posts.ts';
import { defaultLinter } from '../support/linter.ts';

// Realistic posts from a Swedish kommun's channels (personal-data-posts.ts). Half must get a personal-data
// finding (the rule and its severity are given), half must get none at all from the pd- and bild- rules.

const personalData = (text: string, media: MediaItem[] = []) =>
  defaultLinter.lintPost({ text, channels: ['facebook'], media }).messages.filter((message) => message.category === 'personal-data');

describe('realistic posts that must get a personal-data finding', () => {
  test.each(firing.map((post) => [post.text, post] as const))('%s', (_text, post) => {
    const finding = personalData(post.text, post.media).find((message) => message.ruleId === post.rule);
    expect(finding, `${post.rule} should fire`).toBeDefined();
    expect(finding!.severity).toBe(post.severity);
    if (post.actual !== undefined) expect(finding!.actual).toBe(post.actual);
  });
});

describe('realistic posts that must get no personal-data finding', () => {
  test.each(clean.map((post) => [post.text, post] as const))('%s', (_text, post) => {
    expect(personalData(post.text, post.media).map((message) => `${message.ruleId}: ${message.actual}`)).toEqual([]);
  });
});

test('the table holds at least 60 posts, about half of each kind', () => {
  expect(firing.length + clean.length).toBeGreaterThanOrEqual(60);
  expect(firing.length).toBeGreaterThanOrEqual(30);
  expect(clean.length).toBeGreaterThanOrEqual(30);
});
