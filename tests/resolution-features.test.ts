/**
 * Agreement features of an entity (src/resolution/features.ts) when the tagger typed a person's
 * name as an organisation or a place: a title of a sex or a regnal number gives the name away.
 * Entities are built by hand, so each row says exactly what the tagger gave.
 */
import { describe, expect, it } from 'vitest';
import { entityFeatures } from '../src/resolution/features.js';
import type { Entity } from '../src/types.js';

const entity = (name: string, type: Entity['type']): Entity => ({
  kind: 'entity', id: 'e1', type, name, key: name.toLowerCase(),
  mentions: [{ kind: 'mention', entity: 'e1', form: 'name', start: 0, end: name.length, text: name }],
});

describe('a person\'s name the tagger typed a thing', () => {
  it.each([
    ['Princess Anneliese of Brandt', 'organization', 'female'],
    ['Queen Ingrid of Varland', 'place', 'female'],
    ['Lady Amara Okonjo', 'organization', 'female'],
    ['King Harald of Varland', 'place', 'male'],
    ['Pope Gregory XVI', 'organization', 'male'],
    ['Ottokar II', 'organization', null],
    ['Marcus Pell Jr.', 'organization', 'male'],
    ['Ottokar Vrana Jr.', 'place', null],
  ] as const)('%s (%s) is a person, of sex %s', (name, type, gender) => {
    expect(entityFeatures(entity(name, type))).toEqual({ gender, number: 'singular', animacy: 'person' });
  });

  it.each([
    ['Prince Edward Island', 'place'],
    ['Queen Elizabeth Hospital', 'organization'],
    ['Lord Nelson Hotel', 'organization'],
    ['World War II', 'organization'],
    ['Super Bowl XII', 'organization'],
    ['Acme Holdings', 'organization'],
  ] as const)('%s (%s) stays a thing', (name, type) => {
    expect(entityFeatures(entity(name, type)).animacy).not.toBe('person');
  });
});
