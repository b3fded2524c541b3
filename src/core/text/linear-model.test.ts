import { describe, expect, it } from 'vitest';
import { features, type LinearModel, probabilityOf, stem } from './linear-model.ts';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe('the word model', () => {
  it('reads words, neighbouring pairs, pairs one word apart and stems', () => {
    expect(features(['cut', 'my', 'arm'])).toEqual([
      'cut',
      '~cut',
      'cut my',
      'cut _ arm',
      'my',
      '~my',
      'my arm',
      'arm',
      '~arm',
    ]);
  });

  it('sends the forms of one word to one stem', () => {
    expect(['cutting', 'cuts', 'cut'].map(stem)).toEqual(['cut', 'cut', 'cut']);
    expect(['stabbed', 'stabbing', 'stab'].map(stem)).toEqual(['stab', 'stab', 'stab']);
    expect(['loved', 'loving', 'love'].map(stem)).toEqual(['lov', 'lov', 'lov']);
  });

  it('counts each feature the model knows once, however often it occurs', () => {
    const model: LinearModel = {
      bias: -1,
      threshold: 0.5,
      weights: new Map([
        ['again', 0.25],
        ['~cut', 1],
        ['cut my', 0.5],
        ['cut _ arm', 0.75],
        ['unused', 9],
      ]),
    };
    // "cutting" and "cut" share ~cut; "cut my" and "cut _ arm" occur twice; "again" once.
    const z = -1 + 1 + 0.5 + 0.75 + 0.25;
    expect(probabilityOf('cutting again, cut my arm and cut my arm', model)).toBeCloseTo(sigmoid(z), 12);
    expect(probabilityOf('nothing here', model)).toBeCloseTo(sigmoid(-1), 12);
  });

  it('adds the features read elsewhere from the same text, each once', () => {
    const model: LinearModel = {
      bias: 0,
      threshold: 0.5,
      weights: new Map([
        ['f:begging', 1.5],
        ['please', 0.25],
      ]),
    };
    expect(probabilityOf('please', model, ['f:begging', 'f:begging', 'len:1-3'])).toBeCloseTo(
      sigmoid(1.75),
      12,
    );
    expect(probabilityOf('please', model)).toBeCloseTo(sigmoid(0.25), 12);
  });
});
