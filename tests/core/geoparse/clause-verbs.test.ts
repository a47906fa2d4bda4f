import { describe, expect, it } from 'vitest';
import { findClauseVerbs, lemmaOf, verbClassOf } from '../../../src/core/geoparse/clause-verbs.ts';
import { findTriggers } from '../../../src/core/geoparse/triggers.ts';

describe('lemmaOf', () => {
  it('reads regular forms of one verb as one lemma', () => {
    expect(['reached', 'reaches', 'reaching', 'reach'].map(lemmaOf)).toEqual(['reach', 'reach', 'reach', 'reach']);
  });

  it('undoes the spelling changes of English suffixes', () => {
    expect(['closed', 'stopped', 'carried', 'arrived', 'suspended', 'crashes'].map(lemmaOf)).toEqual([
      'close',
      'stop',
      'carry',
      'arrive',
      'suspend',
      'crash',
    ]);
  });

  it('gives back the e a suffix took, and reads irregular past forms from the table', () => {
    expect(['injured', 'invaded', 'escalated', 'visited', 'defeated', 'occurred'].map(lemmaOf)).toEqual([
      'injure',
      'invade',
      'escalate',
      'visit',
      'defeat',
      'occur',
    ]);
    expect(['flew', 'went', 'sank', 'broke'].map(lemmaOf)).toEqual(['fly', 'go', 'sink', 'break']);
  });

  it("reads words named like Object's own properties as words, not as table entries", () => {
    expect(lemmaOf('constructor')).toBe('constructor');
    for (const w of ['tostring', 'valueof', 'hasownproperty']) expect(typeof lemmaOf(w)).toBe('string');
    expect(verbClassOf('constructor')).toBeUndefined();
    expect(verbClassOf('toString')).toBeUndefined();
  });
});

describe('verbClassOf', () => {
  it('types a phrasal verb by its particle before its verb alone', () => {
    expect(verbClassOf('walk', 'off')).toBe('protest');
    expect(verbClassOf('walk')).toBeUndefined();
    expect(verbClassOf('suspend')).toBe('policy');
    expect(verbClassOf('capsize')).toBe('accident');
  });
});

describe('findClauseVerbs', () => {
  const verbs = (clause: string) => findClauseVerbs(clause).map((v) => `${v.text}:${v.lemma}:${v.type}`);

  it('finds a past verb the trigger list does not know, with its particle', () => {
    expect(verbs('Dock workers in Karachi walked off the job on Monday')).toEqual(['walked off:walk:protest']);
    expect(verbs('He flew on to Tehran on Monday')).toEqual(['flew on:fly:visit']);
  });

  it('types an unclassed past verb as other', () => {
    expect(verbs('Farmers blocked the highway near Multan on Friday')).toEqual(['blocked:block:other']);
  });

  it('finds a classed verb in the present or as a participle after a helper', () => {
    expect(verbs('The convoy reaches Herat')).toEqual(['reaches:reach:visit']);
    expect(verbs('Flights were suspended at the airport')).toEqual(['suspended:suspend:policy']);
  });

  it('finds an irregular past the table holds and a passive with a helper', () => {
    expect(verbs('Thousands of mourners drew crowds')).toEqual(['drew:draw:other']);
    expect(verbs('Five people were injured')).toEqual(['injured:injure:other']);
  });

  it('skips reporting verbs, adjectives after a determiner and what has not happened yet', () => {
    expect(verbs('officials said')).toEqual([]);
    expect(verbs('the injured were taken to hospital')).toEqual(['taken:take:other']);
    expect(verbs('an armed man')).toEqual([]);
    expect(verbs('The minister will travel to Kabul and plans to reach Herat')).toEqual([]);
  });

  it('gives offsets in the text when told where the clause starts', () => {
    const [v] = findClauseVerbs('It crashed', 100);
    expect(v).toMatchObject({ start: 103, end: 110, text: 'crashed' });
  });
});

describe('accident and disaster triggers', () => {
  const types = (s: string) => findTriggers(s).map((t) => `${t.text}:${t.type}`);

  it('types fires, floods, quakes and crashes as accidents', () => {
    expect(types('A fire broke out at a refinery')).toEqual(['fire:accident', 'broke out:accident']);
    expect(types('An earthquake shook the valley')).toEqual(['earthquake:accident']);
    expect(types('A bus crashed near Quetta')).toEqual(['crashed:accident']);
  });

  it('reads a natural force that "struck" as a disaster, not a strike', () => {
    expect(types('Heavy rains struck Sindh')).toEqual(['struck:accident']);
    expect(types('A drone struck a house')).toEqual(['struck:strike']);
  });

  it('reads workers on strike as a protest, and a strike from the air as a strike', () => {
    expect(types('Dock workers went on strike')).toEqual(['strike:protest']);
    expect(types('a general strike closed the city')).toEqual(['strike:protest']);
    expect(types('a drone strike on a compound')).toEqual(['strike:strike']);
    expect(types('Teachers went on strike, and the union said the strike would go on')).toEqual([
      'strike:protest',
      'strike:protest',
    ]);
  });

  it('counts the dead of a fire as the fire’s, and keeps shooting fire a shooting', () => {
    expect(types('A fire at a depot killed three men')).toEqual(['fire:accident', 'killed:accident']);
    expect(types('Gunmen opened fire on a bus')).toEqual(['opened fire:shooting']);
    expect(types('The patrol came under fire')).toEqual([]);
    expect(types('Fighting broke out in the south')).toEqual([]);
  });
});

describe('findClauseVerbs, fourth round', () => {
  it('reads "one" after an article or an ordinal as a pronoun: its verb is finite', () => {
    expect(findClauseVerbs('a second one started treating patients').map((v) => v.lemma)).toEqual(['start']);
    expect(findClauseVerbs('one injured man').map((v) => v.lemma)).toEqual([]);
  });

  it('reads no verb whose object is "no …", nor one after a negation', () => {
    expect(findClauseVerbs('the government showed no sign of giving in').map((v) => v.lemma)).toEqual([]);
    expect(findClauseVerbs('the convoy never arrived').map((v) => v.lemma)).toEqual([]);
  });

  it('reads a short -ied past as a verb: "died" is die', () => {
    expect(findClauseVerbs('a patient died in Peshawar').map((v) => v.lemma)).toEqual(['die']);
  });

  it('reads "the signing" and "signed" as one lemma, for anchors named by their verb', () => {
    expect(['signing', 'signed', 'ruling', 'ruled'].map(lemmaOf)).toEqual(['sign', 'sign', 'rul', 'rul']);
  });
});
