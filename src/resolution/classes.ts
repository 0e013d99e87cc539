/**
 * What kind of entity a description's head noun stands for: "the company" an organisation, "the
 * administration" a government, "the court" a court, "the account" a handle, "the judge" a person.
 */
import type { Entity, EntityType } from '../types.js';
import { ACCOUNT_NOUNS, COURT_NOUNS, GOVERNMENT_NOUNS, LAW_NOUNS, ORGANISATION_NOUNS, PERSON_ROLE_NOUNS, PLACE_NOUNS, SITE_WORDS } from './words.js';

export type DescriptionClass = 'person' | 'organization' | 'government' | 'place' | 'court' | 'handle' | 'law';

/** The class of a head noun (lower-case lemma), or null for a noun that names no kind of entity. */
export function descriptionClass(noun: string): DescriptionClass | null {
  if (GOVERNMENT_NOUNS.has(noun)) return 'government';
  if (COURT_NOUNS.has(noun)) return 'court';
  if (ACCOUNT_NOUNS.has(noun)) return 'handle';
  if (LAW_NOUNS.has(noun)) return 'law';
  if (PLACE_NOUNS.has(noun)) return 'place';
  if (ORGANISATION_NOUNS.has(noun)) return 'organization';
  if (PERSON_ROLE_NOUNS.has(noun)) return 'person';
  return null;
}

/** A government is an organisation whose name is one: "the U.S. government", "the Trump administration". */
export const isGovernment = (e: Entity): boolean => e.type === 'organization' && /\b(government|administration)\b/i.test(e.name);

const CLASS_TYPES: Record<DescriptionClass, readonly EntityType[]> = {
  person: ['person'], organization: ['organization'], government: ['organization'], place: ['place'],
  court: ['court'], handle: ['handle'], law: ['law'],
};

/** A place that is a site, not an area: its name ends in a street's or a building's word ("Mill Street"). */
export const isSite = (e: Entity): boolean => e.type === 'place' && SITE_WORDS.has(e.name.split(/\s+/).at(-1)!.toLowerCase());

/** Whether an entity is of the kind a description's class names. */
export function fitsClass(e: Entity, c: DescriptionClass): boolean {
  if (!CLASS_TYPES[c].includes(e.type)) return false;
  if (c === 'government') return isGovernment(e);
  if (c === 'organization') return !isGovernment(e);
  if (c === 'place') return !isSite(e);
  return true;
}
