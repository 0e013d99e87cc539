/**
 * The speaker rule: a predicted speaker is right when it stands where the gold source stands, or
 * names the same entity (the README's "speaker's text overlaps the gold source span, or names the
 * same entity").
 */
import type { Entity, Speaker } from '../../src/types.js';
import type { GoldQuote } from './gold.js';
import { overlap } from './spans.js';
import { isPronounOnly, sameNameWords } from './words.js';

export function speakerCorrect(gold: GoldQuote, speaker: Speaker | null, entities: readonly Entity[]): boolean {
  if (speaker === null || gold.speaker === null || gold.speakerStart === null || gold.speakerEnd === null) {
    return false;
  }
  const goldRange = { start: gold.speakerStart, end: gold.speakerEnd };
  if (speaker.mention !== null && overlap(speaker.mention, goldRange) > 0) return true;

  const entity = speaker.entity === null ? undefined : entities.find((e) => e.id === speaker.entity);
  // The gold source span is itself a mention of our entity ("he" resolved to the right person).
  if (entity?.mentions.some((m) => overlap(m, goldRange) > 0)) return true;

  // Names only: a pronoun or description elsewhere in the text says nothing about this source.
  const names = [speaker.name, entity?.name, ...(entity?.mentions ?? [])
    .filter((m) => m.form === 'name' || m.form === 'acronym')
    .map((m) => m.text)];
  const goldText = gold.speaker;
  return names.some((n) => n != null && !isPronounOnly(n) && sameNameWords(n, goldText));
}
